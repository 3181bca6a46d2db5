// Synthesizes the stack and starts the world its bundles run in (shared by the rehearsal tests).
import { RehearsalWorld } from './rehearsal-world.js';
import { synthesizeStack } from './synthesized-stack.js';

export type { RehearsalWorld };

export async function startRehearsal(): Promise<RehearsalWorld> {
  const world = new RehearsalWorld(synthesizeStack());
  try {
    await world.start();
  } catch (error) {
    await world.stop();
    throw error;
  }
  return world;
}
