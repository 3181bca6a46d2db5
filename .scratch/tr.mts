import { findTimeRanges } from '#parse/clock-times.js';

for (const t of process.argv.slice(2)) console.log(JSON.stringify(findTimeRanges(t)));
