import { describe, expect, it } from 'vitest';
import { electionPhase, indonesianDay, pollInterval, type ContestWindow } from '../src/scheduling/poll-interval.js';

const PILKADA_2024: ContestWindow = { campaignStart: '2024-09-25', campaignEnd: '2024-11-23', quietStart: '2024-11-24', quietEnd: '2024-11-26', votingDay: '2024-11-27' };
const base = { contests: [], lastFlagAt: null, lastEditAt: null, lastItemAt: null, monitoredSince: null };
const at = (iso: string) => new Date(iso);

describe('poll interval', () => {
  it('uses the day in Indonesia, not UTC', () => {
    expect(indonesianDay(at('2024-11-23T18:00:00Z'))).toBe('2024-11-24');
  });

  it('knows the phases of Pilkada 2024', () => {
    expect(electionPhase([PILKADA_2024], at('2024-09-01T00:00:00Z'))).toBe('none');
    expect(electionPhase([PILKADA_2024], at('2024-10-10T03:00:00Z'))).toBe('campaign');
    expect(electionPhase([PILKADA_2024], at('2024-11-25T03:00:00Z'))).toBe('quiet');
    expect(electionPhase([PILKADA_2024], at('2024-11-27T10:00:00Z'))).toBe('quiet');
    expect(electionPhase([PILKADA_2024], at('2024-11-28T10:00:00Z'))).toBe('none');
    // Without recorded campaign dates, the quiet period is the three days before voting.
    expect(electionPhase([{ campaignStart: null, campaignEnd: null, quietStart: null, quietEnd: null, votingDay: '2020-12-09' }], at('2020-12-07T03:00:00Z'))).toBe('quiet');
  });

  it('polls more often in the campaign and the quiet period', () => {
    const outside = pollInterval({ ...base, now: at('2024-08-01T03:00:00Z'), contests: [PILKADA_2024] });
    const campaign = pollInterval({ ...base, now: at('2024-10-01T03:00:00Z'), contests: [PILKADA_2024] });
    const quiet = pollInterval({ ...base, now: at('2024-11-25T03:00:00Z'), contests: [PILKADA_2024] });
    expect(outside).toEqual({ intervalMs: 60 * 60_000, reasons: ['base'] });
    expect(campaign.intervalMs).toBeLessThan(outside.intervalMs);
    expect(quiet.intervalMs).toBeLessThan(campaign.intervalMs);
    expect(quiet.reasons).toEqual(['quiet']);
  });

  it('polls dormant accounts less, flagged and just-edited accounts more', () => {
    const now = at('2024-08-01T03:00:00Z');
    const dormant = pollInterval({ ...base, now, lastItemAt: at('2024-05-01T00:00:00Z') });
    expect(dormant).toEqual({ intervalMs: 4 * 60 * 60_000, reasons: ['base', 'dormant'] });
    const neverActive = pollInterval({ ...base, now, monitoredSince: at('2024-01-01T00:00:00Z') });
    expect(neverActive.reasons).toContain('dormant');
    const flagged = pollInterval({ ...base, now, lastItemAt: at('2024-05-01T00:00:00Z'), lastFlagAt: at('2024-07-30T00:00:00Z') });
    expect(flagged).toEqual({ intervalMs: 10 * 60_000, reasons: ['base', 'dormant', 'recent_flag'] });
    const oldFlag = pollInterval({ ...base, now, lastFlagAt: at('2024-06-01T00:00:00Z') });
    expect(oldFlag.intervalMs).toBe(60 * 60_000);
    const edited = pollInterval({ ...base, now, lastEditAt: at('2024-08-01T01:00:00Z'), lastFlagAt: at('2024-07-30T00:00:00Z') });
    expect(edited.intervalMs).toBe(5 * 60_000);
    expect(edited.reasons.at(-1)).toBe('recent_edit');
  });

  it('stays within the policy bounds', () => {
    const r = pollInterval({ ...base, now: at('2024-08-01T03:00:00Z'), lastEditAt: at('2024-08-01T02:00:00Z') }, {
      baseMs: 60_000, campaignMs: 60_000, quietMs: 60_000, recentFlagMs: 1000, recentEditMs: 10, dormantFactor: 100, minMs: 30_000, maxMs: 3600_000,
      recentFlagWindowMs: 1, recentEditWindowMs: 86_400_000, dormantAfterMs: 1,
    });
    expect(r.intervalMs).toBe(30_000);
  });
});
