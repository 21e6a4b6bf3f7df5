/** Progress bars on stderr, shown only when stderr is a terminal. */
import cliProgress from 'cli-progress';
import type { OutputStream } from './io.ts';

export interface Progress {
  update(value: number, label?: string): void;
  setTotal(total: number): void;
  stop(): void;
}

const silent: Progress = { update() {}, setTotal() {}, stop() {} };

/**
 * A bar counting to `total` with a label; a no-op unless `stream` is a TTY.
 * @example const bar = startProgress(io.stderr, 9, 'import'); bar.update(3, 'cow-nmc'); bar.stop();
 */
export function startProgress(stream: OutputStream, total: number, label: string): Progress {
  if (!stream.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% {value}/{total} {label}`,
      stream: stream as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    update: (value, text = '') => bar.update(value, { label: text }),
    setTotal: (n) => bar.setTotal(n),
    stop: () => bar.stop(),
  };
}
