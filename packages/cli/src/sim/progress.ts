/** A progress bar with rate and time left, drawn on stderr only when it is a terminal. */
import { BLOCK_SIZE } from '@casus/core';
import type { Io } from '../command.ts';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const quiet: Progress = { update() {}, stop() {} };

const seconds = (s: number): string =>
  !Number.isFinite(s)
    ? '?'
    : s < 60
      ? `${Math.ceil(s)}s`
      : `${Math.floor(s / 60)}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;

/**
 * A bar counting trial blocks, showing trials per second and the estimated time left.
 * @example const p = progressBar(io, 'trials', 4096); p.update(10, 100); p.stop();
 */
export function progressBar(
  io: Io,
  label: string,
  unitsPerStep: number,
  write = (s: string) => process.stderr.write(s),
): Progress {
  if (!io.interactive) return quiet;
  const start = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const elapsed = (now - start) / 1000;
      const frac = total === 0 ? 1 : done / total;
      const width = 30;
      const filled = Math.round(frac * width);
      const rate = (done * unitsPerStep) / Math.max(elapsed, 1e-9);
      const eta = frac > 0 ? (elapsed / frac) * (1 - frac) : Number.POSITIVE_INFINITY;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      write(
        `\r${label} ${bar} ${(frac * 100).toFixed(0).padStart(3)}%  ${Math.round(rate).toLocaleString('en-US')}/s  ETA ${seconds(eta)}   `,
      );
      drawn = true;
    },
    stop() {
      if (drawn) write('\n');
    },
  };
}

/**
 * Runs a simulation with a bar of its trial blocks on `io` (when it is a terminal), stopped when it ends.
 * @example await withProgressBar(io, (onProgress) => runBattery(ctx, scenarios, archs, {...flags, onProgress}))
 */
export async function withProgressBar<T>(
  io: Io,
  run: (onProgress: (done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  const bar = progressBar(io, 'trials', BLOCK_SIZE);
  try {
    return await run((done, total) => bar.update(done, total));
  } finally {
    bar.stop();
  }
}
