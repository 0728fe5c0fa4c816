import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, formatRange, formatTable, verdict } from './table.ts';

describe('table formatter', () => {
  const table = formatTable([
    {
      title: 'Build',
      rows: [
        { label: 'build', value: '95.2 s', range: '93.0 s–97.1 s', target: '≤ 120 s', verdict: 'pass' },
        { label: 'peak RSS', value: '2.4 GB', target: '≤ 2.0 GB', verdict: 'FAIL' },
      ],
    },
    { title: 'Empty', rows: [] },
    {
      title: 'Site',
      rows: [{ label: 'largest HTML file', value: '1.2 MB it/directory/places/valmadrera/13/index.html', wide: true }],
    },
  ]);
  const lines = table.split('\n');

  it('prints a header, a rule, and each section’s title before its indented rows', () => {
    expect(lines[0]).toMatch(/^\s+median\s+min–max\s+target$/);
    expect(lines[1]).toMatch(/^─+$/);
    const labels = lines.slice(2).map((line) => /^\s*\S+(?: \S+)*/.exec(line)?.[0]);
    expect(labels).toEqual(['Build', '  build', '  peak RSS', 'Site', '  largest HTML file']);
  });

  it('leaves out sections without rows', () => {
    expect(table).not.toContain('Empty');
  });

  it('lines the columns up', () => {
    const column = (text: string) => lines.map((line) => line.indexOf(text)).filter((index) => index >= 0);
    const [header] = column('median');
    expect(column('95.2 s')[0]).toBe(header);
    expect(column('2.4 GB')[0]).toBe(header);
    expect(column('1.2 MB')[0]).toBe(header);
    expect(column('≤ 120 s')[0]).toBe(column('≤ 2.0 GB')[0]);
    expect(column('pass')[0]).toBe(column('FAIL')[0]);
    const narrow = lines.filter((line) => !line.includes('largest HTML'));
    expect(lines[1]!.length).toBeGreaterThanOrEqual(Math.max(...narrow.map((line) => line.length)));
  });

  it('does not widen the columns for a wide value', () => {
    expect(lines[0]!.indexOf('min–max') - lines[0]!.indexOf('median')).toBeLessThan(20);
    expect(table).toContain('largest HTML file  1.2 MB it/directory/places/valmadrera/13/index.html');
  });

  it('ends no line with spaces', () => {
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });
});

describe('units', () => {
  it('prints bytes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(150_000)).toBe('150 kB');
    expect(formatBytes(45_788)).toBe('45.8 kB');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(2e9)).toBe('2.0 GB');
  });

  it('prints durations in ms below a second, in seconds above', () => {
    expect(formatDuration(174.4)).toBe('174 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
    expect(formatDuration(95_250)).toBe('95.3 s');
  });

  it('prints counts with thousands separators', () => {
    expect(formatCount(60_446)).toBe('60,446');
  });

  it('prints a range only for several samples, and says when they are equal', () => {
    expect(formatRange({ min: 1, max: 1, samples: [1] }, String)).toBeUndefined();
    expect(formatRange({ min: 80, max: 120, samples: [80, 120, 100] }, formatDuration)).toBe('80 ms–120 ms');
    expect(formatRange({ min: 137_400, max: 137_401, samples: [137_400, 137_401] }, formatBytes)).toBe('all equal');
  });

  it('passes a value at or under its limit, fails it above, and has no verdict without a value', () => {
    expect(verdict(120_000, 120_000)).toBe('pass');
    expect(verdict(120_001, 120_000)).toBe('FAIL');
    expect(verdict(undefined, 1)).toBe('n/a');
  });
});
