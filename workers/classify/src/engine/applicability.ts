// Which contests apply to an item: the author's region is the contest's region or lies
// inside it, and the item was written during the contest's relevant stages (from a margin
// before the campaign starts, by default about the time pairs are registered and
// determined, until the end of voting day).
import type { Contest } from './classify-types.js';

/** Days before campaign start that count. Pilkada 2024: registration 27-29 Aug, campaign from 25 Sep. */
export const DEFAULT_MARGIN_DAYS = 30;

export function regionApplies(contestRegion: string, authorRegion: string): boolean {
  return authorRegion === contestRegion || authorRegion.startsWith(contestRegion + '.');
}

const DATE_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T[^Z+-]*([+-]\d{2}:?\d{2})$/;
const WIB_MS = 7 * 3600_000;

/** The author's local calendar date (as written with its offset; UTC times read as WIB). */
export function localDate(createdAt: string): string | undefined {
  const m = DATE_WITH_OFFSET.exec(createdAt);
  if (m) return m[1];
  const t = Date.parse(createdAt);
  if (Number.isNaN(t)) return undefined;
  return new Date(t + WIB_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const t = Date.parse(isoDate + 'T00:00:00Z') + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export interface Window {
  from: string;
  to: string;
}

export function contestWindow(contest: Contest, marginDays = DEFAULT_MARGIN_DAYS): Window {
  return { from: addDays(contest.campaign_start, -marginDays), to: contest.voting_day };
}

export function dateApplies(window: Window, date: string | undefined): boolean {
  return date !== undefined && date >= window.from && date <= window.to;
}
