// From hits and model outputs to the judgement's candidate, stance, category and reason.
import type { Category, Signal, Stance } from './classify-types.js';
import type { Hit, HitType } from './contest-matcher.js';
import type { CueHit } from './cues.js';

/** How strongly a hit names one pair (for choosing `candidate`, not for the score). */
const ATTRIBUTION: Partial<Record<HitType, number>> = {
  hashtag: 4, account_mention: 3, alias: 3, name: 3, ballot_number: 3, slogan: 2, name_part: 2, finger: 1.5,
  party: 1, color: 0.5,
};

export function chooseCandidate(ownHits: Hit[], targetHits: Hit[], officialTarget: number | undefined): number | null {
  // Sums per pair in first-seen order (as a Map would iterate), in scratch arrays.
  let count = 0;
  for (const h of ownHits) if (h.candidate !== null) count = addTo(count, h.candidate, ATTRIBUTION[h.type] ?? 0);
  for (const h of targetHits) if (h.candidate !== null) count = addTo(count, h.candidate, 0.7 * (ATTRIBUTION[h.type] ?? 0));
  if (officialTarget !== undefined) count = addTo(count, officialTarget, 5);
  let best: number | null = null;
  let bestScore = 0;
  let second = 0;
  for (let k = 0; k < count; k++) {
    const n = pairs[k]!;
    const s = sums[k]!;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = n;
    } else if (s > second) second = s;
  }
  if (best === null || bestScore - second < 0.5) return null;
  // A colour or party that belongs to one pair only, with nothing pointing at another, names
  // that pair ("keluarga merah, pilihan tetap"); weaker mixes of symbols do not.
  if (bestScore < 1 && !(second === 0 && bestScore >= 0.5)) return null;
  return best;
}

const pairs: number[] = [];
const sums: number[] = [];

function addTo(count: number, n: number, w: number): number {
  for (let k = 0; k < count; k++) {
    if (pairs[k] === n) {
      sums[k] = sums[k]! + w;
      return count;
    }
  }
  pairs[count] = n;
  sums[count] = 0 + w;
  return count + 1;
}

/** Rule fallback when the model has no category heads. */
export function ruleCategory(stance: Stance, engagement: boolean, hits: Hit[], cues: CueHit[]): Category {
  if (stance === 'oppose') return 'attacking';
  if (engagement) return 'engagement';
  if (cues.some((c) => c.type === 'organising')) return 'organising';
  const naming = hits.some((h) => h.type !== 'finger' && h.type !== 'color' && h.type !== 'party' && h.type !== 'lookalike');
  if (!naming && hits.some((h) => h.type === 'finger' || h.type === 'color' || h.type === 'party')) return 'attributes_symbols';
  return 'social_media_campaign';
}

const TYPE_ID: Record<string, string> = {
  name: 'nama', name_part: 'nama', alias: 'alias', hashtag: 'tagar', slogan: 'slogan', ballot_number: 'nomor urut',
  finger: 'simbol jari', color: 'warna', party: 'partai', account_mention: 'akun', official_account: 'akun resmi paslon',
  call_to_vote: 'ajakan memilih', organising: 'pengorganisasian', attack: 'serangan', neutral_context: 'konteks netral',
  lookalike: 'kemiripan', personal_life: 'kehidupan pribadi', symbol: 'atribut', region: 'wilayah', description: 'gambaran calon',
};
const TYPE_EN: Record<string, string> = {
  name: 'name', name_part: 'name', alias: 'alias', hashtag: 'hashtag', slogan: 'slogan', ballot_number: 'ballot number',
  finger: 'finger sign', color: 'colour', party: 'party', account_mention: 'account', official_account: "pair's official account",
  call_to_vote: 'call to vote', organising: 'organising', attack: 'attack', neutral_context: 'neutral context',
  lookalike: 'look-alike', personal_life: 'personal life', symbol: 'symbol', region: 'region', description: 'description',
};

const FINGER_DISPLAY: Record<string, string> = { '1': '☝️', '2': '✌️', '3': '🤟' };

/** Evidence as a reviewer reads it: the normaliser's gesture and keycap tokens back as symbols. */
function displayEvidence(evidence: string): string {
  if (!evidence.includes('_')) return evidence;
  // The same few gesture spans come back item after item: each is rewritten once.
  let shown = displayed.get(evidence);
  if (shown === undefined) {
    shown = evidence
      .replace(/jari_(\d+)/g, (_, n: string) => FINGER_DISPLAY[n] ?? `${n} jari`)
      .replace(/keycap_(\d)/g, '$1\uFE0F\u20E3');
    if (displayed.size >= 10_000) displayed.clear();
    displayed.set(evidence, shown);
  }
  return shown;
}

const displayed = new Map<string, string>();

export function reasonFor(
  flagged: boolean,
  score: number,
  candidate: number | null,
  stance: Stance | null,
  signals: Signal[],
  applicable: boolean,
): { id: string; en: string } {
  if (!applicable) {
    return {
      id: 'Tidak ada pilkada yang berlaku untuk wilayah dan tanggal unggahan ini.',
      en: 'No contest applies to this region and date.',
    };
  }
  const pct = Math.round(score * 100);
  if (!flagged && signals.length === 0) return { id: `Tidak ada tanda keberpihakan (skor ${pct}%).`, en: `No partisan signal (score ${pct}%).` };
  const top = strongest(signals, 3);
  let evidenceId = '';
  let evidenceEn = '';
  for (let k = 0; k < top.length; k++) {
    const s = top[k]!;
    const sep = k === 0 ? '' : ', ';
    const quoted = ' "' + displayEvidence(s.evidence) + '"';
    evidenceId += sep + (TYPE_ID[s.type] ?? s.type) + quoted;
    evidenceEn += sep + (TYPE_EN[s.type] ?? s.type) + quoted;
  }
  const pairId = candidate === null ? 'paslon' : `paslon ${candidate}`;
  const pairEn = candidate === null ? 'a pair' : `pair ${candidate}`;
  if (flagged) {
    const verbId = stance === 'oppose' ? `Menyerang ${pairId}` : `Mendukung ${pairId}`;
    const verbEn = stance === 'oppose' ? `Attacks ${pairEn}` : `Supports ${pairEn}`;
    return { id: `${verbId} (skor ${pct}%): ${evidenceId}.`, en: `${verbEn} (score ${pct}%): ${evidenceEn}.` };
  }
  if (top.length === 0) return { id: `Tidak ada tanda keberpihakan (skor ${pct}%).`, en: `No partisan signal (score ${pct}%).` };
  return {
    id: `Menyebut ${evidenceId}, tetapi terbaca netral (skor ${pct}%).`,
    en: `Mentions ${evidenceEn}, but reads as neutral (score ${pct}%).`,
  };
}

/** The n signals with the largest |weight|, in that order (a selection, not a full sort). */
function strongest(signals: Signal[], n: number): Signal[] {
  if (signals.length <= 1) return signals;
  const top: Signal[] = [];
  for (const s of signals) {
    const w = Math.abs(s.weight);
    let i = top.length;
    while (i > 0 && Math.abs(top[i - 1]!.weight) < w) i--;
    if (i >= n) continue;
    // Insert at i, dropping the last when full (what splice + pop did, without either).
    let j = top.length < n ? top.length : n - 1;
    if (top.length < n) top.push(s);
    for (; j > i; j--) top[j] = top[j - 1]!;
    top[i] = s;
  }
  return top;
}
