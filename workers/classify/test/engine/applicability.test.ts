import { describe, expect, it } from 'vitest';
import { contestWindow, dateApplies, localDate, regionApplies } from '../../src/engine/applicability.js';
import { KOTA_CONTEST } from './fixtures.js';

describe('region applicability', () => {
  it('applies in the region and inside it, not in a sibling or parent', () => {
    expect(regionApplies('31', '31')).toBe(true);
    expect(regionApplies('31', '31.73')).toBe(true);
    expect(regionApplies('63.71', '63.71')).toBe(true);
    expect(regionApplies('63.71', '63')).toBe(false);
    expect(regionApplies('63.71', '63.72')).toBe(false);
    expect(regionApplies('3', '31.73')).toBe(false);
    expect(regionApplies('31', '311')).toBe(false);
  });
});

describe('date applicability', () => {
  const window = contestWindow(KOTA_CONTEST, 30);
  it('covers a margin before the campaign through the count and determination after voting day, in the author\'s local date', () => {
    expect(window).toEqual({ from: '2024-08-26', to: '2024-12-27' });
    expect(dateApplies(window, localDate('2024-10-01T09:00:00+07:00'))).toBe(true);
    expect(dateApplies(window, localDate('2024-11-28T00:10:00+08:00'))).toBe(true); // the count
    expect(dateApplies(window, localDate('2024-12-27T23:30:00+09:00'))).toBe(true);
    expect(dateApplies(window, localDate('2024-12-28T00:10:00+08:00'))).toBe(false);
    expect(dateApplies(window, localDate('2024-08-01T09:00:00+07:00'))).toBe(false);
    expect(dateApplies(window, localDate('2024-12-27T18:00:00Z'))).toBe(false); // 01:00 WIB on the 28th
  });
});
