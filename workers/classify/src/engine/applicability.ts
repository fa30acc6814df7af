// Which contests apply to an item: the author's region is the contest's region or lies
// inside it, and the item was written during the contest's relevant stages: from a margin
// before the campaign starts (about when pairs are registered and determined) through voting
// day and the count, recapitulation and determination of the winners that follow it. ASN
// neutrality holds for every stage, and a civil servant cheering a pair's lead in the count
// is as partisan as one campaigning for it.
import type { Contest } from './classify-types.js';

/** Days before campaign start that count. Pilkada 2024: registration 27-29 Aug, campaign from 25 Sep. */
export const DEFAULT_MARGIN_DAYS = 30;

/**
 * Days after voting day that count: the count, recapitulation and determination of the winners.
 * Pilkada 2024: voting 27 Nov, KPU recapitulation until mid-December, winners determined after.
 */
export const POST_VOTE_DAYS = 30;

export function regionApplies(contestRegion: string, authorRegion: string): boolean {
  return authorRegion === contestRegion || authorRegion.startsWith(contestRegion + '.');
}

const DATE_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T[^Z+-]*([+-]\d{2}:?\d{2})$/;
const WIB_MS = 7 * 3600_000;

/** The author's local calendar date (as written with its offset; UTC times read as WIB). */
export function localDate(createdAt: string): string | undefined {
  const fast = localDateFast(createdAt);
  if (fast !== undefined) return fast;
  const m = DATE_WITH_OFFSET.exec(createdAt);
  if (m) return m[1];
  const t = Date.parse(createdAt);
  if (Number.isNaN(t)) return undefined;
  return new Date(t + WIB_MS).toISOString().slice(0, 10);
}

// DATE_WITH_OFFSET by hand (every item passes here): the date, "T", no Z/+/- until the
// offset, then [+-]HH:?MM at the end. Anything else goes to the regex and Date.parse.
function localDateFast(s: string): string | undefined {
  const n = s.length;
  if (n < 16 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || s.charCodeAt(10) !== 0x54) return undefined;
  for (let k = 0; k < 10; k++) if (k !== 4 && k !== 7 && !digit(s.charCodeAt(k))) return undefined;
  let i = 11;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x5a || c === 0x2b || c === 0x2d) break;
    i++;
  }
  if (i >= n || s.charCodeAt(i) === 0x5a) return undefined;
  const rest = n - i - 1;
  if (rest === 4) {
    if (!(digit(s.charCodeAt(i + 1)) && digit(s.charCodeAt(i + 2)) && digit(s.charCodeAt(i + 3)) && digit(s.charCodeAt(i + 4)))) return undefined;
  } else if (rest === 5) {
    if (!(digit(s.charCodeAt(i + 1)) && digit(s.charCodeAt(i + 2)) && s.charCodeAt(i + 3) === 0x3a && digit(s.charCodeAt(i + 4)) && digit(s.charCodeAt(i + 5)))) return undefined;
  } else return undefined;
  return s.slice(0, 10);
}

function digit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
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
  return { from: addDays(contest.campaign_start, -marginDays), to: addDays(contest.voting_day, POST_VOTE_DAYS) };
}

export function dateApplies(window: Window, date: string | undefined): boolean {
  return date !== undefined && date >= window.from && date <= window.to;
}
