// The progress bar of a corpus run on stderr: files done of the total, files per second and the
// time left. It appears only once a run has lasted a moment, and lines logged meanwhile (a file
// that failed) are written above it.

export interface ProgressStream {
  write(s: string): unknown;
  /** The terminal width; 0 or absent where the terminal does not say. */
  columns?: number;
}

export interface ProgressOptions {
  enabled: boolean;
  /** A run shorter than this never shows the bar. */
  delayMs?: number;
  /** How often the bar is redrawn. */
  intervalMs?: number;
  now?: () => number;
}

const CLEAR_LINE = "\r\u001b[2K";

function formatDuration(seconds: number): string {
  const s = Math.ceil(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** One line: "[████░░░░] 120/1000 files  35.2 files/s  0:25 left", at most `width` characters. */
export function formatProgress(done: number, total: number, elapsedMs: number, width: number): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const counts = `${done}/${total} files`;
  const speed = `${rate < 10 ? rate.toFixed(1) : Math.round(rate)} files/s`;
  const left = rate > 0 ? `${formatDuration((total - done) / rate)} left` : "--:-- left";
  const text = `${counts}  ${speed}  ${left}`;
  const barWidth = Math.min(30, width - text.length - 4);
  if (barWidth < 5) return text.slice(0, Math.max(0, width - 1));
  const filled = total > 0 ? Math.floor((barWidth * done) / total) : barWidth;
  return `[${"█".repeat(filled)}${"░".repeat(barWidth - filled)}] ${text}`;
}

export class Progress {
  private done = 0;
  private total = 0;
  private shown = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;
  private readonly startedAt: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
  }

  /** The runner's onProgress callback. */
  readonly update = (done: number, total: number): void => {
    this.done = done;
    this.total = total;
    if (this.options.enabled && !this.timer) {
      this.timer = setInterval(() => this.render(), this.options.intervalMs ?? 200);
      // The bar never keeps the process alive on its own.
      this.timer.unref();
    }
  };

  /** Writes a line of its own, keeping the bar below it. */
  log(line: string): void {
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.stream.write(`${line}\n`);
    if (this.shown) this.draw();
  }

  /** Removes the bar; call once the run has ended. */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }

  private render(): void {
    if (this.now() - this.startedAt < (this.options.delayMs ?? 1000)) return;
    this.shown = true;
    this.draw();
  }

  private draw(): void {
    this.stream.write(CLEAR_LINE + formatProgress(this.done, this.total, this.now() - this.startedAt, this.stream.columns || 80));
  }
}
