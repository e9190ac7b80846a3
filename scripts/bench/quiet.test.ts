import { describe, expect, it } from 'vitest';
import { cpuUsedMs } from './quiet';

describe('cpuUsedMs', () => {
  it('sums the CPU each process used between two samples, in milliseconds', () => {
    const before = new Map([
      [1, 1.5],
      [2, 0.25],
    ]);
    const after = new Map([
      [1, 1.52],
      [2, 0.3],
    ]);
    expect(cpuUsedMs(before, after)).toBeCloseTo(70);
  });

  it('counts a process that appeared in between from zero, and ignores one that exited', () => {
    const before = new Map([[1, 2]]);
    const after = new Map([[3, 0.01]]);
    expect(cpuUsedMs(before, after)).toBeCloseTo(10);
  });

  it('counts a process whose time went down (a reused id) from zero', () => {
    expect(cpuUsedMs(new Map([[1, 5]]), new Map([[1, 0.001]]))).toBeCloseTo(1);
    expect(cpuUsedMs(new Map([[1, 5]]), new Map([[1, 5]]))).toBe(0);
  });
});
