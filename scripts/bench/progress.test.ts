import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatElapsed, Progress } from './progress.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, columns: 80, write: (text: string) => written.push(text) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('progress display', () => {
  it('prints elapsed time in seconds, then minutes', () => {
    expect(formatElapsed(12_340)).toBe('12.3 s');
    expect(formatElapsed(125_000)).toBe('2 min 05 s');
  });

  it('updates one line in place on a terminal', () => {
    vi.useFakeTimers();
    const out = stream(true);
    const progress = new Progress(out);
    progress.start('build');
    progress.update('1,234 HTML files');
    vi.advanceTimersByTime(1000);
    progress.end('95.2 s');
    expect(out.written.slice(0, 2).every((text) => text.startsWith('\r\u001b[2K') && !text.includes('\n'))).toBe(true);
    expect(out.written[1]).toContain('build: ');
    expect(out.written[1]).toContain('· 1,234 HTML files');
    expect(out.written.at(-1)).toBe('build: 95.2 s\n');
  });

  it('writes plain lines elsewhere, now and then', () => {
    vi.useFakeTimers();
    const out = stream(false);
    const progress = new Progress(out, { plainEveryMs: 5000 });
    progress.start('index');
    progress.update('12 index files');
    vi.advanceTimersByTime(12_000);
    progress.end('20.0 s');
    expect(out.written.every((text) => text.endsWith('\n') && !text.includes('\r'))).toBe(true);
    expect(out.written[0]).toBe('index…\n');
    expect(out.written.filter((text) => text.includes('12 index files'))).toHaveLength(2);
    expect(out.written.at(-1)).toBe('index: 20.0 s\n');
  });
});
