import type { Queryable } from '@netra/shared';
import type { ReviewConfig } from './review-config.js';
import { t, type Locale } from './review-i18n.js';
import { countStats } from './stats-repo.js';

export type Zone = 'green' | 'yellow' | 'red';

/** Green: no case; yellow: fewer than `redMin`; red: `redMin` or more (KASN's zoning). */
export function zoneOf(cases: number, redMin: number): Zone {
  if (cases <= 0) return 'green';
  return cases < redMin ? 'yellow' : 'red';
}

/** Percent with one decimal, cut not rounded, as published (99 of 283 is 34.9 %). */
export function followUpRate(done: number, of: number): number | null {
  if (of <= 0) return null;
  return Math.floor((done * 1000) / of) / 10;
}

export function followUpText(locale: Locale, done: number, of: number): string {
  const rate = followUpRate(done, of);
  if (rate === null) return locale === 'id' ? `${done} dari ${of}` : `${done} of ${of}`;
  return locale === 'id' ? `${done} dari ${of} (${rate.toFixed(1).replace('.', ',')} %)` : `${done} of ${of} (${rate.toFixed(1)} %)`;
}

const toRecord = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.n]));

export async function computeStats(db: Queryable, input: { scope: string | null; from: string; to: string }, config: Pick<ReviewConfig, 'zoneRedMin'>, locale: Locale) {
  const toExclusive = new Date(`${input.to}T00:00:00+07:00`);
  toExclusive.setUTCDate(toExclusive.getUTCDate() + 1);
  // Calendar days in Indonesia (WIB) for the period bounds.
  const counts = await countStats(db, input.scope, `${input.from}T00:00:00+07:00`, toExclusive.toISOString());
  const byStage = toRecord(counts.byStage);
  const dismissed = byStage.dismissed ?? 0;
  const total = counts.byStage.reduce((sum, r) => sum + r.n, 0) - dismissed;
  const { escalated, recommendation, sanction } = counts.milestones;
  return {
    region: input.scope,
    from: input.from,
    to: input.to,
    violations: {
      total: counts.byCategory.reduce((sum, r) => sum + r.n, 0),
      byCategory: toRecord(counts.byCategory),
      byPlatform: toRecord(counts.byPlatform),
    },
    cases: {
      total,
      dismissed,
      byPositionClass: toRecord(counts.byPositionClass),
      byStage,
      escalated,
      withRecommendation: recommendation,
      withSanction: sanction,
    },
    followUp: { recommended: recommendation, sanctioned: sanction, ratePercent: followUpRate(sanction, recommendation), text: followUpText(locale, sanction, recommendation) },
    thresholds: { yellowMin: 1, redMin: config.zoneRedMin },
    zones: counts.zones.map((z) => {
      const zone = zoneOf(z.n, config.zoneRedMin);
      return { regionCode: z.code, name: z.name, cases: z.n, zone, zoneLabel: t(locale, `zone.${zone}`) };
    }),
  };
}
