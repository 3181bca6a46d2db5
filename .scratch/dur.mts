import { findDurations } from '#parse/clock-times.js';

console.log(
  findDurations("pour un entretien d'une heure avec Grégoire"),
  findDurations("> pour un entretien d'une heure avec"),
);
