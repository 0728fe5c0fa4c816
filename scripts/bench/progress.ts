/**
 * Progress of the long steps on stderr (stdout keeps the results): on a terminal one line that
 * updates in place every second, otherwise (CI logs, files) a plain line now and then.
 */

export interface ProgressStream {
  write: (text: string) => unknown;
  isTTY?: boolean;
  columns?: number;
}

export function formatElapsed(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.floor(seconds % 60)).padStart(2, '0')} s`;
}

export class Progress {
  private stream: ProgressStream;
  private readonly tty: boolean;
  /** How often a plain (non-terminal) line is written while a step runs. */
  private readonly plainEveryMs: number;
  private label = '';
  private detail = '';
  private started = 0;
  private lastPlain = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lineShown = false;

  constructor(stream: ProgressStream = process.stderr, { plainEveryMs = 15_000 } = {}) {
    this.stream = stream;
    this.tty = stream.isTTY === true;
    this.plainEveryMs = plainEveryMs;
  }

  /** A step begins: its name, then its elapsed time and detail until end(). */
  start(label: string): void {
    this.stopTimer();
    this.label = label;
    this.detail = '';
    this.started = performance.now();
    this.lastPlain = this.started;
    if (this.tty) {
      this.draw();
      this.timer = setInterval(() => this.draw(), 1000);
      this.timer.unref();
    } else {
      this.stream.write(`${label}…\n`);
      this.timer = setInterval(() => this.plainLine(), 1000);
      this.timer.unref();
    }
  }

  /** What the step has done so far, e.g. "12,345 HTML files". */
  update(detail: string): void {
    this.detail = detail;
  }

  /** The step is over: one last line with its result. */
  end(summary: string): void {
    this.stopTimer();
    this.clearLine();
    this.stream.write(`${this.label}: ${summary}\n`);
  }

  /** A message between steps (clears the updating line first). */
  note(message: string): void {
    this.clearLine();
    this.stream.write(`${message}\n`);
    if (this.timer && this.tty) this.draw();
  }

  stop(): void {
    this.stopTimer();
    this.clearLine();
  }

  /** Stops and prints nothing more (after Ctrl-C, while the steps still running wind down). */
  mute(): void {
    this.stop();
    this.stream = { write: () => true };
  }

  private current(): string {
    const elapsed = formatElapsed(performance.now() - this.started);
    return `${this.label}: ${elapsed}${this.detail ? ` · ${this.detail}` : ''}`;
  }

  private draw(): void {
    // Some terminals (or pseudo-terminals) report 0 columns.
    const width = Math.max(20, (this.stream.columns || 100) - 1);
    this.stream.write(`\r\u001b[2K${this.current().slice(0, width)}`);
    this.lineShown = true;
  }

  private plainLine(): void {
    const now = performance.now();
    if (now - this.lastPlain < this.plainEveryMs) return;
    this.lastPlain = now;
    this.stream.write(`${this.current()}\n`);
  }

  private clearLine(): void {
    if (this.tty && this.lineShown) this.stream.write('\r\u001b[2K');
    this.lineShown = false;
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
