// The dev runtime's clock: real time, optionally sped up, that can be moved forward. Its offset
// from real time is persisted so a restart keeps dev time (downtime passes at real speed).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';
import type { Clock } from '#ports/clock.js';

const ClockState = z.object({ offsetMs: z.number().finite() });

export interface DevClockOptions {
  /** Where the offset is kept; no persistence when absent. */
  statePath?: string;
  /** Dev time runs this many times faster than real time (default 1). */
  timeScale?: number;
  /** Start dev time here instead of where it was left (or real time). */
  startAt?: Date;
  /** The real time source, replaceable in tests. */
  realNow?: () => number;
}

export class DevClock implements Clock {
  readonly timeScale: number;
  private readonly realNow: () => number;
  private readonly statePath: string | undefined;
  private anchorReal: number;
  private anchorVirtual: number;

  constructor(options: DevClockOptions = {}) {
    this.timeScale = options.timeScale ?? 1;
    if (!(this.timeScale > 0) || !Number.isFinite(this.timeScale)) {
      throw new Error(`time scale must be a positive number, got ${options.timeScale}`);
    }
    this.realNow = options.realNow ?? Date.now;
    this.statePath = options.statePath;
    this.anchorReal = this.realNow();
    if (options.startAt) {
      if (Number.isNaN(options.startAt.getTime())) throw new Error('start instant is not a date');
      this.anchorVirtual = options.startAt.getTime();
    } else {
      this.anchorVirtual = this.anchorReal + this.loadOffset();
    }
    this.persist();
  }

  now(): Date {
    return new Date(this.anchorVirtual + (this.realNow() - this.anchorReal) * this.timeScale);
  }

  /** Moves dev time forward by `ms` (never backwards: schedules already fired stay fired). */
  advance(ms: number): Date {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new Error(`cannot move the clock by ${ms} ms`);
    const next = this.now().getTime() + ms;
    this.anchorReal = this.realNow();
    this.anchorVirtual = next;
    this.persist();
    return new Date(next);
  }

  /** Writes the current offset from real time; called on every move and on shutdown. */
  persist(): void {
    if (!this.statePath) return;
    const state = { offsetMs: this.now().getTime() - this.realNow() };
    mkdirSync(dirname(this.statePath), { recursive: true });
    const tmp = `${this.statePath}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(state)}\n`);
    renameSync(tmp, this.statePath);
  }

  private loadOffset(): number {
    if (!this.statePath) return 0;
    let text: string;
    try {
      text = readFileSync(this.statePath, 'utf8');
    } catch {
      return 0;
    }
    const parsed = ClockState.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${this.statePath}: not a dev clock state file`);
    return parsed.data.offsetMs;
  }
}
