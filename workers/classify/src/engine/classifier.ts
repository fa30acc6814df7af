// The classifier: normalise once per item, match per applicable contest, score with the
// model, keep the most partisan reading.
import type { Category, Contest, Item, Judgement, Signal, SignalType, Stance } from './classify-types.js';
import { MatcherCache, type ContestMatcher, type Hit, type TextMatch } from './contest-matcher.js';
import { contestWindow, dateApplies, localDate, DEFAULT_MARGIN_DAYS, type Window } from './applicability.js';
import { DENIED_ATTACK, findCues, NEGATED_VOTE, SEEKS_OFFICE, type CueHit } from './cues.js';
import { normalise } from './normalise.js';
import { SLANG, VOCABULARY } from './lexicon.js';
import type { TokenInfo } from './token-info.js';
import { featureKey, type FeatureInput } from './features.js';
import { targetSource } from './target-source.js';
import { sigmoid } from './logistic-model.js';
import { loadModel, type Model } from './model-store.js';
import { chooseCandidate, reasonFor, ruleCategory } from './decide.js';
import { nameTokens } from './names.js';

export interface ClassifierOptions {
  contests: readonly Contest[];
  model?: Model;
  /** flagged = score >= threshold; default 0.5. */
  threshold?: number;
  /** Days before campaign start during which posts count; default 30. */
  marginDays?: number;
}

export interface Classifier {
  classify(item: Item): Judgement;
  /** Replaces the contest list; only contests whose content changed are recompiled. */
  updateContests(contests: readonly Contest[]): void;
  readonly modelVersion: string;
  readonly threshold: number;
}

/** Engagement with a pair's own account is a violation by itself: the score never falls below this. */
const OFFICIAL_ENGAGEMENT_FLOOR = 0.9;

export interface Compiled {
  matcher: ContestMatcher;
  window: Window;
  /** "31" and "31." precomputed: the region test runs for every item and contest. */
  region: string;
  regionPrefix: string;
}

/** What one contest makes of one item, before the best reading is chosen. */
export interface Reading {
  compiled: Compiled;
  input: FeatureInput;
  own: TextMatch;
  target: TextMatch | undefined;
  ownCues: CueHit[];
  targetCues: CueHit[];
  officialTarget: number | undefined;
}

/** Reads items against contests without scoring them: shared by the classifier and training. */
export class ItemReader {
  private readonly cache = new MatcherCache();
  private compiled: Compiled[] = [];

  constructor(contests: readonly Contest[], private readonly marginDays = DEFAULT_MARGIN_DAYS) {
    this.update(contests);
  }

  update(contests: readonly Contest[]): void {
    this.compiled = this.cache
      .update(contests)
      .map((matcher) => ({
        matcher,
        window: contestWindow(matcher.contest, this.marginDays),
        region: matcher.contest.region.code,
        regionPrefix: matcher.contest.region.code + '.',
      }));
  }

  /** One reading per contest that applies to the item's region and date (empty if none). */
  read(item: Item): Reading[] {
    const date = localDate(item.created_at);
    const region = item.author.region_code;
    let readings: Reading[] | undefined;
    let hitless: Reading | undefined;
    let ownTokens: string[] = [];
    let targetTokens: string[] | undefined;
    let ownInfos: TokenInfo[] = [];
    let targetInfos: TokenInfo[] | undefined;
    let ownCues: CueHit[] = [];
    let targetCues: CueHit[] = [];
    let sameText = false;
    for (const compiled of this.compiled) {
      if (!((region === compiled.region || region.startsWith(compiled.regionPrefix)) && dateApplies(compiled.window, date))) continue;
      if (readings === undefined) {
        // Normalised once, at the first contest that applies.
        readings = [];
        ownTokens = normalise(item.text, ownInfos);
        ownCues = findCues(ownTokens, ownInfos);
        // A share that repeats the target's text word for word is normalised once.
        sameText = item.target !== undefined && item.target.text === item.text;
        if (item.target) {
          if (sameText) {
            targetTokens = ownTokens;
            targetInfos = ownInfos;
          } else targetTokens = normalise(item.target.text, (targetInfos = []));
        }
        targetCues = targetTokens ? (sameText ? ownCues : findCues(targetTokens, targetInfos)) : [];
      }
      const reading = readOne(compiled, item, ownTokens, targetTokens, ownCues, targetCues, ownInfos, targetInfos, sameText);
      const hasHits = reading.own.hits.length > 0 || (reading.target?.hits.length ?? 0) > 0 || reading.officialTarget !== undefined;
      // Readings without any hit look alike whatever the contest: keep just one of them.
      if (hasHits) readings.push(reading);
      else hitless ??= reading;
    }
    if (readings === undefined) return [];
    if (hitless) readings.push(hitless);
    return readings;
  }
}

export function createClassifier(options: ClassifierOptions): Classifier {
  const model = options.model ?? loadModel();
  const threshold = options.threshold ?? 0.5;
  const reader = new ItemReader(options.contests, options.marginDays ?? DEFAULT_MARGIN_DAYS);

  const classify = (item: Item): Judgement => {
    let best: Reading | undefined;
    let bestScore = -1;
    let bestEvidenced = false;
    for (const reading of reader.read(item)) {
      let score = scoreReading(reading, model);
      let evidenced = false;
      // The model's n-grams and priors alone never flag: without a hit or a partisan cue the
      // score stays below the threshold, so score and flag agree and the reason has evidence.
      if (score >= threshold) {
        if (hasEvidence(reading, score >= CERTAIN_SCORE) && (score >= WEAK_EVIDENCE_SCORE || !weakEvidence(reading))) evidenced = true;
        else score = belowThreshold(threshold);
      } else if (organisingForPair(reading) || targetLeaning(reading) !== undefined || leadCheered(reading)) {
        score = ORGANISING_FLOOR;
        evidenced = hasEvidence(reading);
      }
      if (score > bestScore) {
        bestScore = score;
        best = reading;
        bestEvidenced = evidenced;
      }
    }
    if (!best) return notApplicable(item, model.version);
    // hasEvidence was asked once per reading above; judge takes its answer.
    return judge(item, best, bestScore, model, threshold, bestEvidenced);
  };

  return { classify, updateContests: (c) => reader.update(c), modelVersion: model.version, threshold };
}

export function scoreReading(r: Reading, model: Model): number {
  const { a, b } = model.calibration;
  const score = sigmoid(a * model.partisan.score(r.input) + b);
  return r.officialTarget !== undefined ? Math.max(score, OFFICIAL_ENGAGEMENT_FLOOR) : score;
}

/**
 * The score a flag needs when its evidence is weak (weakEvidence): the model must be sure. A
 * post-vote "selamat untuk walikota terpilih, tong satu lagi" or "siapa pun bupatinya, tolong
 * pikirkan dusun" speaks of the office and names nobody; a mockery of "calon yang gelarnya
 * panjang" does the same with a verdict the model reads with near certainty.
 */
const WEAK_EVIDENCE_SCORE = 0.8;

/**
 * The score at which the look-alike vetoes of hasEvidence (a bare like of news, a namesake, an
 * everyday thing, a slogan's words, an aside) no longer hold a flag back. They were written for
 * look-alikes the model scores in the middle; at 0.95 it is reading something they do not see:
 * "Bu Sumarni ... sawah be dak pernah jingok 🤣" (a farm word made it a namesake), a like of
 * "Paslon 4 tara laku 😂" from a news page. Warnings that list every pair stay a veto.
 */
const CERTAIN_SCORE = 0.95;

/**
 * Evidence that points at no pair and says nothing partisan outright: no pair hit in either text,
 * no engagement with a pair's account, and no partisan cue but everyday calls ("butuh pemimpin",
 * "menang") or an attack word denied ("bukan cuma janji"), which praise a pair only when one is named.
 */
export function weakEvidence(r: Reading): boolean {
  if (r.officialTarget !== undefined || eitherPointsAtPair(r)) return false;
  return weakCues(r.ownCues) && weakCues(r.targetCues);
}

function weakCues(cues: readonly CueHit[]): boolean {
  for (const c of cues) {
    if (c.type === 'neutral_context' || c.type === 'personal_life' || GENERIC_CUES.has(c.evidence) || c.evidence === DENIED_ATTACK) continue;
    if (c.type === 'call_to_vote' && !VOTE_VERBS.has(c.evidence)) continue;
    return false;
  }
  return true;
}

/**
 * Evidence a flag can rest on (with `sure`, the model is near certain: CERTAIN_SCORE): engagement with a pair's account, a hit that points at a pair
 * (a name, number, tag, colour or party; not a look-alike, not a gesture for a number no pair
 * has), or a partisan cue (a call to vote, organising, an attack, a symbol) in either text.
 */
export function hasEvidence(r: Reading, sure = false): boolean {
  if (r.officialTarget !== undefined) return true;
  // approval of a target that leans names the pair, whatever personal words come with it ("Masya Allah Bu X")
  if (!sure && (bareNewsEngagement(r) || namesakeOnly(r) || uniformDay(r) || everydayThing(r) || asideOnly(r)) && targetLeaning(r) === undefined) return false;
  if (partisanCue(r.ownCues) || partisanCue(r.targetCues)) return true;
  if (!eitherPointsAtPair(r)) return describedPair(r) !== undefined || electionTalk(r);
  return !everyNumberWarned(r) && (sure || !everydaySloganOnly(r));
}

/**
 * A bare like or share of a news outlet's (or an election body's, a government's) report that
 * names a pair (LABELLING.md, neutral engagement): no evidence unless the report itself attacks
 * or calls to vote. Organising words in a report ("relawan X gelar cek kesehatan") are reported.
 */
export function bareNewsEngagement(r: Reading): boolean {
  const input = r.input;
  if ((input.kind !== 'like' && input.kind !== 'share') || r.officialTarget !== undefined || r.target === undefined) return false;
  if (input.targetSource !== 'news' && input.targetSource !== 'election_body' && input.targetSource !== 'government') return false;
  if (r.own.modelTokens.length > 0 || r.ownCues.length > 0) return false;
  for (const c of r.targetCues) if ((c.type === 'attack' || c.type === 'call_to_vote' || c.type === 'symbol') && !GENERIC_CUES.has(c.evidence)) return false;
  return true;
}

/**
 * "Alhamdulillah Pekanbaru aman semalam": a slogan of everyday words (and the region's name) is
 * the only hit and no cue is partisan: the words are used literally.
 */
export function everydaySloganOnly(r: Reading): boolean {
  const region = r.compiled.matcher.contest.region.name;
  const own = everydaySlogans(r.own.hits, region);
  const target = r.target === undefined ? undefined : everydaySlogans(r.target.hits, region);
  if (own === false || target === false || !(own === true || target === true)) return false;
  if (partisanCue(r.ownCues) || partisanCue(r.targetCues) || r.officialTarget !== undefined) return false;
  for (const c of r.ownCues) if (c.type === 'symbol') return false;
  for (const c of r.targetCues) if (c.type === 'symbol') return false;
  return true;
}

/** true: everyday-word slogans and nothing else pointing at a pair; false: anything else does; undefined: nothing does. */
function everydaySlogans(hits: readonly Hit[], region: string): boolean | undefined {
  let slogan: boolean | undefined;
  for (const h of hits) {
    if (h.type === 'slogan') {
      if (!everydayWords(h.evidence, region)) return false;
      slogan = true;
    } else if (h.type !== 'lookalike' && h.type !== 'region') return false;
  }
  return slogan;
}

function everydayWords(phrase: string, regionName: string): boolean {
  const region = regionName.toLowerCase();
  for (const w of phrase.split(' ')) if (!(VOCABULARY.has(w) || SLANG.has(w) || region.includes(w))) return false;
  return true;
}

/**
 * "Sang jenderal mo jadi gubernur", "dokter kita": a pair described by the title its ballot name
 * carries (see ContestMatcher.descriptors), in the ASN's words or the target's.
 */
export function describedPair(r: Reading): number | undefined {
  const matcher = r.compiled.matcher;
  const own = matcher.describedPair(r.own.modelTokens);
  if (own !== undefined || r.target === undefined) return own;
  return matcher.describedPair(r.target.modelTokens);
}

/**
 * Words that put a post about a person in the election: a candidate, an office, a term, the
 * campaign ("calon wakil nang mantan ketua dewan", "yg dulu 5 thn jadi gubernur", "kandidat yg
 * so pernah jadi wali kota"). With them, an attack or praise by description rests on evidence even
 * though no pair is named (the candidate then stays null unless the incumbent rule names one).
 */
const ELECTION_WORDS = new Set([
  'calon', 'cagub', 'cawagub', 'cabup', 'cawabup', 'cawalkot', 'cawawali', 'paslon', 'kandidat', 'petahana', 'pj', 'gubernur', 'wagub',
  'walikota', 'wali', 'wawali', 'wako', 'wawako', 'bupati', 'wabup', 'pilkada', 'pilgub', 'pilwalkot', 'pilwali', 'pilwako', 'pilbup',
  'nyalon', 'nyagub', 'periode', 'kampanye', 'kampanyenya',
  // coalitions, billboards, dynasties: the campaign's own subjects (not debates: "debat semalam seru" is talk of a show)
  'koalisi', 'baliho', 'dinasti', 'pencalonan', 'dicalonkan', 'mencalonkan',
  // holding office: "sing wes tau njabat ae gak iso" (the one who held office could not)
  'menjabat', 'njabat', 'jabatan',
]);

function electionTalk(r: Reading): boolean {
  return firstToken(r, ELECTION_WORDS) !== undefined;
}

interface Lookup { has(key: string): boolean }

/** The first token of the ASN's words, then of the target's, found in `a` or `b` (sets or maps). */
function firstToken(r: Reading, a: Lookup, b?: Lookup): string | undefined {
  for (const t of r.own.modelTokens) if (a.has(t) || b?.has(t)) return t;
  if (r.target) for (const t of r.target.modelTokens) if (a.has(t) || b?.has(t)) return t;
  return undefined;
}

const WEEKDAYS_AND_OFFICE = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'sekantor', 'korpri',
  // work gear: "helm kuning, rompi oranye, sepatu safety, inspeksi K3"
  'helm', 'safety', 'k3', 'inspeksi', 'proyek',
]);
const DRESS_CUES = new Set(['seragam', 'warna', 'dresscode', 'dress code', 'serba', 'rompi']);

/**
 * "Seragam hijau hari Kamis, kompak sekantor": the office's colour of the day. A colour is the
 * only hit, the only cues are dress words, and a weekday or the office is named; a wink
 * ("kebetulan", "tau lah maksudnya") or any call keeps the colour a pair's.
 */
export function uniformDay(r: Reading): boolean {
  if (r.target !== undefined || r.officialTarget !== undefined) return false;
  let colour = false;
  for (const h of r.own.hits) {
    if (h.type === 'color') colour = true;
    else if (h.type !== 'lookalike') return false;
  }
  if (!colour) return false;
  for (const c of r.ownCues) if (c.type !== 'neutral_context' && c.type !== 'personal_life' && !(c.type === 'symbol' && DRESS_CUES.has(c.evidence))) return false;
  for (const t of r.own.modelTokens) if (WEEKDAYS_AND_OFFICE.has(t)) return true;
  return false;
}

/**
 * "Jangan ikut pose jari satu, due atau tige": numbers or gestures of two or more pairs, nothing
 * else pointing at a pair, in a warning or a report (a neutral cue, no partisan one).
 */
export function everyNumberWarned(r: Reading): boolean {
  if (r.officialTarget !== undefined) return false;
  const own = numberPairs(r.own.hits, null);
  if (own === false) return false;
  const all = r.target === undefined ? own : numberPairs(r.target.hits, own);
  if (all !== SEVERAL) return false;
  const a = neutralOnly(r.ownCues);
  const b = neutralOnly(r.targetCues);
  return a !== false && b !== false && (a === true || b === true);
}

const SEVERAL = -1;

/** The one pair the numbers and gestures name, SEVERAL, null for none, false if another kind of hit points at a pair. */
function numberPairs(hits: readonly Hit[], seen: number | null): number | null | false {
  let first = seen;
  for (const h of hits) {
    if (h.type === 'lookalike' || h.candidate === null) continue;
    if (h.type !== 'ballot_number' && h.type !== 'finger') return false;
    if (first === null) first = h.candidate;
    else if (h.candidate !== first) first = SEVERAL;
  }
  return first;
}

/** true: a neutral cue and nothing partisan; false: a partisan cue; undefined: neither. */
function neutralOnly(cues: readonly CueHit[]): boolean | undefined {
  let neutral: boolean | undefined;
  for (const c of cues) {
    if (c.type === 'neutral_context') neutral = true;
    else if (c.type !== 'personal_life' && !GENERIC_CUES.has(c.evidence)) return false;
  }
  return neutral;
}

/**
 * A pair's nickname worn by an ordinary person: the only hits are personal names, the item speaks
 * of personal life (a trade, a baptism, a wedding, a condolence) and nothing else points at the
 * election (no cue but personal ones, no number, tag, colour or party). The names then do not
 * name the pair (LABELLING.md), so they are no evidence for a flag.
 */
function namesakeOnly(r: Reading): boolean {
  let personal = false;
  // Everyday phrases ("mari", "amanah", "pemimpin") do not make a neighbour's or an imam's name a pair's.
  for (const c of r.ownCues) {
    if (c.type === 'personal_life') personal = true;
    else if (!GENERIC_CUES.has(c.evidence) && !COMMUNITY_CUES.has(c.evidence)) return false;
  }
  for (const c of r.targetCues) {
    if (c.type === 'personal_life') personal = true;
    else if (!GENERIC_CUES.has(c.evidence)) return false;
  }
  if (!personal && !orderOfGoods(r.own.modelTokens)) return false;
  // "Tanta Susi bae-bae, mar urus kabupaten beda deng urus arisan": talk of office or governing
  // puts the name in the election, whatever personal word comes with it.
  if (electionTalk(r) || r.own.modelTokens.some((t) => GOVERNING_WORDS.has(t))) return false;
  const contest = r.compiled.matcher.contest;
  // At least one name: a post with no hit at all is no namesake's ("mantan gubernur ... warisan keluarga").
  const own = personalNames(r.own.hits, contest);
  const target = r.target === undefined ? undefined : personalNames(r.target.hits, contest);
  return own !== false && target !== false && (own === true || target === true);
}

/** Words of governing that a neighbour's or a seller's post does not use. */
const GOVERNING_WORDS = new Set(['pemerintahan', 'memimpin', 'pimpin', 'dipimpin', 'kepemimpinan', 'pemkab', 'pemkot', 'pemprov']);

const ORDER_VERBS = new Set(['pesan', 'pesen', 'order', 'beli', 'tuku']);

/** "Pesen 2 besek Ning X", "order 3 porsi": goods ordered from a seller who shares a nickname. */
function orderOfGoods(tokens: readonly string[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) if (ORDER_VERBS.has(tokens[k]!) && /^\d+$/.test(tokens[k + 1]!)) return true;
  return false;
}

/** Organising words a neighbourhood uses too ("Rapat RW: kumpul jam 7, sing koordinir Mas X"): with a personal cue, no evidence. */
const COMMUNITY_CUES = new Set(['kumpul', 'rapat', 'koordinator', 'gabung', 'bergabung']);

/**
 * true: the hits are names one person may share with a neighbour; false: some hit is more;
 * undefined: no hit. An alias that names the pair as a pair ("Duo Husaini", "Susi-Perly": the
 * head's and the deputy's names together) and an office read as a name are nobody's namesake.
 */
function personalNames(hits: readonly Hit[], contest: Contest): boolean | undefined {
  let names: boolean | undefined;
  for (const h of hits) {
    if (h.type === 'lookalike') continue;
    if (h.type !== 'name' && h.type !== 'name_part' && h.type !== 'alias') return false;
    if ((h.type === 'alias' && pairAlias(h, contest)) || officeWords(h.evidence)) return false;
    names = true;
  }
  return names;
}

/** "mantan wali kota" read as the incumbent's name: an office is nobody's namesake. */
function officeWords(evidence: string): boolean {
  for (const w of evidence.split(' ')) if (ELECTION_WORDS.has(w)) return true;
  return false;
}

const PAIR_WORDS = new Set(['duo', 'paslon', 'pasangan']);

function pairAlias(h: Hit, contest: Contest): boolean {
  const words = h.evidence.split(' ');
  if (PAIR_WORDS.has(words[0]!)) return true;
  const pair = contest.candidates.find((c) => c.number === h.candidate);
  if (!pair || words.length < 2) return false;
  const { head, deputy } = pairNames(pair);
  return words.some((w) => head.includes(w)) && words.some((w) => deputy.includes(w));
}

/** The head's and the deputy's name words, worked out once per registry entry. */
const pairNameCache = new WeakMap<Contest['candidates'][number], { head: string[]; deputy: string[] }>();
function pairNames(pair: Contest['candidates'][number]): { head: string[]; deputy: string[] } {
  let names = pairNameCache.get(pair);
  if (names === undefined) pairNameCache.set(pair, (names = { head: nameTokens(pair.head), deputy: nameTokens(pair.deputy) }));
  return names;
}

/** A hit in the ASN's words or in the target's points at a pair. */
function eitherPointsAtPair(r: Reading): boolean {
  return pointsAtPair(r.own.hits) || (r.target !== undefined && pointsAtPair(r.target.hits));
}

function pointsAtPair(hits: readonly Hit[]): boolean {
  for (const h of hits) if (h.type !== 'lookalike' && !(h.type === 'finger' && h.candidate === null)) return true;
  return false;
}

function partisanCue(cues: readonly CueHit[]): boolean {
  for (const c of cues) if (c.type !== 'neutral_context' && c.type !== 'personal_life' && !GENERIC_CUES.has(c.evidence)) return true;
  return false;
}

/**
 * Cue phrases that are everyday phrases too ("kerja nyata itu kerja ikhlas", "pemimpin yang
 * amanah", "ayo", "setuju"): next to a pair they read as support, alone they are no evidence.
 */
const GENERIC_CUES = new Set([
  'kerja nyata', 'amanah', 'merakyat', 'pemimpin', 'bersama', 'salam', 'ayo', 'mari', 'terbukti', 'sudah terbukti', 'lanjut',
  'titik', 'setuju', 'sepakat', 'the best', 'ini dia', 'ini baru', 'idola', 'pantas',
]);

/** Campaign machinery by name (LABELLING.md, organising): a volunteers' meeting, a posko, TPS witnesses. */
const ORGANISING_STRONG = new Set([
  'relawan', 'posko', 'tim sukses', 'timses', 'tim pemenangan', 'pemenangan', 'posko pemenangan', 'saksi tps', 'koordinator relawan',
  'rapat relawan', 'rapat koordinasi relawan', 'koordinasi relawan', 'relawan kumpul', 'door to door', 'korcam', 'kordes',
  'jadi saksi', 'janten saksi',
]);
/** Organising for a pair with no pair named: only words no disaster posko or charity volunteer uses. */
const ORGANISING_ELECTORAL = new Set(['tim sukses', 'timses', 'tim pemenangan', 'pemenangan', 'posko pemenangan', 'saksi tps', 'koordinator relawan']);
/** Neutral cues of a report, a warning or a news item: organising words there are reported, not done. */
const REPORTING = /info|macet|tertib|lalu lintas|mana pun|manapun|siapa pun|siapapun|semua paslon|seluruh paslon|para calon|masing masing|netral|bawaslu|kpu|panwas|kasn|lapor|langgar|larang|sanksi|imbau|diduga|dugaan|oknum|temuan|aduan|teguran|periksa|dipanggil|berita|dilansir|dikutip|menurut|hoaks|hoax|cek fakta|asn|gugat|sengketa|mahkamah|damai|ditangkap|sidang|klarifikasi/;
const ORGANISING_FLOOR = 0.62;

/**
 * The ASN's own words organise for a pair: a strong organising cue, with a pair named (or an
 * electoral organising word when none is), no report or warning around it, no attack and no
 * personal-life namesake. Such a post is partisan even when the n-grams read it as neutral
 * (the "rapat koordinasi" and "jadwal sosialisasi" of a volunteers' post look official).
 */
export function organisingForPair(r: Reading): boolean {
  let strong = false;
  let electoral = false;
  for (const c of r.ownCues) {
    if (c.type === 'organising' && ORGANISING_STRONG.has(c.evidence)) {
      strong = true;
      if (ORGANISING_ELECTORAL.has(c.evidence)) electoral = true;
    } else if (c.type === 'neutral_context' && REPORTING.test(c.evidence)) return false;
    else if (c.type === 'attack' || c.type === 'personal_life') return false;
  }
  if (!strong) return false;
  for (const c of r.targetCues) if (c.type === 'neutral_context' && REPORTING.test(c.evidence)) return false;
  const named = pairNamed(r.own.hits);
  // "relawan 01, 02, 03 kabeh bagi brosur": several pairs' machinery seen, not one pair's joined
  if (named === SEVERAL) return false;
  return named !== null || electoral;
}

/** The one pair named by name, alias, number or tag (colours and gestures aside): null for none, SEVERAL for more. */
function pairNamed(hits: readonly Hit[]): number | null {
  let named: number | null = null;
  for (const h of hits) {
    if (h.candidate === null || h.type === 'lookalike' || h.type === 'color' || h.type === 'finger') continue;
    if (named !== null && h.candidate !== named) return SEVERAL;
    named = h.candidate;
  }
  return named;
}

/** Just below the threshold, and shown below it once rounded (49%, not 50%). */
function belowThreshold(threshold: number): number {
  return Math.max(0, threshold - 0.01);
}

function readOne(
  compiled: Compiled,
  item: Item,
  ownTokens: string[],
  targetTokens: string[] | undefined,
  ownCues: CueHit[],
  targetCues: CueHit[],
  ownInfos: TokenInfo[],
  targetInfos: TokenInfo[] | undefined,
  sameText: boolean,
): Reading {
  const { matcher } = compiled;
  const own = matcher.match(ownTokens, item.text, ownInfos);
  // A share that repeats the target's text word for word matches it once (see sharedMatch).
  const target = targetTokens ? (sameText ? sharedMatch(own) : matcher.match(targetTokens, item.target?.text, targetInfos)) : undefined;
  const officialTarget = item.kind !== 'post' ? matcher.officialAccount(item.target?.author_handle) : undefined;
  const input: FeatureInput = {
    kind: item.kind,
    own,
    ownCues,
    target,
    targetCues,
    officialTarget,
    candidateCount: matcher.contest.candidates.length,
    targetSource: item.kind === 'post' ? undefined : targetSource(item.target?.author_handle),
  };
  return { compiled, input, own, target, ownCues, targetCues, officialTarget };
}

/**
 * The target's match when its text is the ASN's own: the same tokens, hits and infos (nothing
 * changes them once matched), in an object of its own, because the partisan head leaves its
 * table entries on each text (TextMatch.entries) and the target's come from another table.
 */
function sharedMatch(own: TextMatch): TextMatch {
  const match: TextMatch = { modelTokens: own.modelTokens, uniqueTokens: own.uniqueTokens, hits: own.hits };
  if (own.modelInfos !== undefined) match.modelInfos = own.modelInfos;
  return match;
}

function judge(item: Item, r: Reading, score: number, model: Model, threshold: number, evidenced: boolean): Judgement {
  const flagged = score >= threshold && evidenced;
  const signals = collectSignals(r, model, item.target?.author_handle ?? '');
  let stance: Stance | null = null;
  let category: Category | null = null;
  let candidate: number | null = null;
  if (flagged) {
    stance = r.officialTarget !== undefined && item.kind !== 'comment'
      ? 'support'
      : sigmoid(model.stance.scoreStanceLinked(r.input)) >= 0.5 ? 'oppose' : 'support';
    const leaning = targetLeaning(r);
    if (leaning !== undefined) stance = leaning.stance;
    else if (stance === 'support' && ((item.kind !== 'like' && resignedAttack(r)) || echoedAttack(r))) stance = 'oppose';
    else if (stance === 'oppose' && item.kind !== 'like' && votesForNamedPair(r)) stance = 'support';
    category = chooseCategory(r, model, stance, item.text);
    // For an attack, the candidate is the pair attacked (null when unclear).
    candidate = leaning !== undefined ? leaning.pair : chooseCandidate(r.own.hits, r.target?.hits ?? [], r.officialTarget);
    if (candidate === null && !eitherPointsAtPair(r)) candidate = describedPair(r) ?? null;
    if (candidate === null && stance === 'oppose') candidate = incumbentByTerm(r);
    if (candidate === null && stance === 'support') candidate = pairOfHandle(r, item.target?.author_handle);
    // A flag resting on a description or on talk of the office alone still says why.
    if (!signals.some(partisanSignal)) {
      const word = describingWord(r);
      if (word !== undefined) signals.push({ type: 'description', weight: Math.round(model.partisan.weight('w:' + word) * 100) / 100, evidence: word, ...(candidate !== null ? { candidate } : {}) });
    }
  }
  return {
    id: item.id,
    flagged,
    score: Math.round(score * 1000) / 1000,
    candidate,
    stance,
    category,
    contest: r.compiled.matcher.contest.id,
    signals,
    model_version: model.version,
    reason: reasonFor(flagged, score, candidate, stance, signals, true),
  };
}

function partisanSignal(s: Signal): boolean {
  return s.type !== 'neutral_context' && s.type !== 'personal_life' && s.type !== 'lookalike' && s.type !== 'region';
}

/** The first word that describes a pair ("dokter", "jenderal") or speaks of the office or the campaign ("calon", "bupati", "koalisi"). */
function describingWord(r: Reading): string | undefined {
  return firstToken(r, r.compiled.matcher.descriptors, ELECTION_WORDS);
}

/** Attacks that only fit the pair now in office: "cukup satu periode", "jangan lanjut", "jang kasi kembali". */
const TERM_ATTACKS = new Set([
  'cukup 1 periode', 'tidak ada hasil', 'tidak ada hasilnya', 'tidak ada hasile', 'tidak usah lanjut', 'tidak usah dilanjut',
  'tidak perlu lanjut', 'jangan lanjut', 'jangan lanjutkan', 'dipimpin lagi', 'jangan kasi kembali', 'jangan kasih kembali',
  'jangan kasih lagi', 'jangan kasi lagi', 'salah pilih lagi', 'nyalon lagi', 'minta lagi', 'minta lanjut', 'tambah lagi', 'nambah lagi', 'menambah lagi',
]);

/**
 * An attack on the record of a term, with no pair named at all in either text: the registry's
 * incumbent, when it marks exactly one (LABELLING.md, incumbent rule).
 */
export function incumbentByTerm(r: Reading): number | null {
  for (const h of r.own.hits) if (h.type !== 'lookalike') return null;
  if (r.target) for (const h of r.target.hits) if (h.type !== 'lookalike') return null;
  if (!r.ownCues.some((c) => c.type === 'attack' && TERM_ATTACKS.has(c.evidence)) && !termRecord(r.own.modelTokens)) return null;
  let incumbent: number | null = null;
  for (const c of r.compiled.matcher.contest.candidates) {
    if (c.incumbent !== true) continue;
    if (incumbent !== null) return null;
    incumbent = c.number;
  }
  return incumbent;
}

/**
 * "Relawan Tadi-Emmy Nusaniwe", "laskar.khairul": support under or of a supporters' account
 * whose name carries one pair's name or alias, when nothing else names a pair.
 */
export function pairOfHandle(r: Reading, handle: string | undefined): number | null {
  if (!handle || r.input.targetSource !== 'supporters') return null;
  // The same supporters' accounts come back item after item: each is read once per contest.
  const matcher = r.compiled.matcher;
  let known = handlePairs.get(matcher);
  if (!known) handlePairs.set(matcher, (known = new Map()));
  let n = known.get(handle);
  if (n === undefined) {
    const tokens = normalise(handle.replace(/[._\-]+/g, ' '));
    n = chooseCandidate(matcher.match(tokens, handle).hits, [], undefined);
    if (known.size >= 10_000) known.clear();
    known.set(handle, n);
  }
  return n;
}
const handlePairs = new WeakMap<object, Map<string, number | null>>();

const YEAR_WORDS = new Set(['tahun', 'taun', 'thn', 'th', 'taong']);

/** "5 tahun mimpin", "sdh 1 periode", "10 taun dicekel": the length of a term in office. */
function termRecord(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t === 'periode') return true;
    if (k > 0 && YEAR_WORDS.has(t)) {
      const n = Number(tokens[k - 1]);
      if (n >= 1 && n <= 10) return true;
    }
  }
  return false;
}

/**
 * Words that carry no content of their own beyond approval ("Alhamdulillah, lanjut bu", "ini yg
 * kita tunggu2", "Bener iki", "setuju", "amin"): CORE words approve, FILLERS go with them.
 */
const APPROVAL_CORE = new Set([
  'alhamdulillah', 'syukur', 'puji', 'amin', 'aamiin', 'amiin', 'lanjut', 'lanjutkan', 'setuju', 'sepakat', 'benar', 'betul',
  'mantap', 'mantab', 'sip', 'tunggu', 'ditunggu', 'terbaik', 'hebat', 'keren', 'cocok', 'akhirnya', 'top', 'salut', 'gas',
  'layak', 'pantas', 'dilanjut', 'dilanjutkan',
]);
const APPROVAL_FILLERS = new Set([
  'masya', 'allah', 'ya', 'tuhan', 'ini', 'itu', 'yang', 'kita', 'kami', 'sekali', 'bu', 'pak', 'ibu', 'bapak', 'bapa', 'mama',
  'kak', 'kaka', 'nah', 'kan', 'wah', 'dong', 'lah', 'mi', 'ji', 'memang', 'sangat', 'banget', 'terus', 'semoga', 'moga', 'yes',
  'luar', 'biasa', 'good', 'nice', 'nih', 'tuh', 'sudah', 'bener', 'pokoknya', 'pas',
  'merah', 'kuning', 'biru', 'hijau', 'putih', 'oranye', 'ungu', 'hitam', 'coklat', 'pink',
]);

/**
 * The ASN's own words are approval and nothing else (names of one pair may come with them):
 * their meaning is the target's (LABELLING.md, comments and shares).
 */
function approvalOnly(r: Reading): boolean {
  const tokens = r.own.modelTokens;
  if (tokens.length === 0 || tokens.length > 12) return false;
  for (const c of r.ownCues) if (c.type === 'attack' || c.type === 'neutral_context' || c.type === 'organising') return false;
  let core = false;
  for (const t of tokens) {
    // a hit's placeholder (the pair's name, colour, number) goes with the approval
    if (APPROVAL_CORE.has(t)) core = true;
    else if (!APPROVAL_FILLERS.has(t) && !t.startsWith('__')) return false;
  }
  return core;
}

/** A pair's lead, win or promise reported or told: what approval of it supports. */
const FAVOUR_WORDS = new Set(['unggul', 'menang', 'kemenangan', 'janji', 'berjanji', 'program', 'visi', 'misi', 'terpilih', 'memimpin']);

/**
 * A comment or share whose own words are only approval, under a target that names one pair and
 * leans: agreement with an attack on the pair opposes it; approval of the pair's lead, win,
 * promise or a call to vote for it supports it. The target's pair and stance are the post's.
 * Not for likes (no words of one's own), not under the pair's own account (engagement).
 */
export function targetLeaning(r: Reading): { pair: number; stance: Stance } | undefined {
  if (r.target === undefined || r.officialTarget !== undefined || r.input.kind === 'like' || r.input.kind === 'post') return undefined;
  if (r.target.hits.length === 0 && r.own.hits.length === 0) return undefined;
  if (!approvalOnly(r)) return undefined;
  const pair = chooseCandidate(r.own.hits, r.target.hits, undefined);
  if (pair === null) return undefined;
  for (const h of r.own.hits) if (h.type !== 'lookalike' && h.candidate !== null && h.candidate !== pair) return undefined;
  let attack = false;
  let call = false;
  for (const c of r.targetCues) {
    if (c.type === 'attack' && !GENERIC_CUES.has(c.evidence)) attack = true;
    else if (c.type === 'call_to_vote' && !GENERIC_CUES.has(c.evidence)) call = true;
    else if (c.type === 'neutral_context' && REPORTING.test(c.evidence) && !/berita|menurut|dilansir|dikutip/.test(c.evidence)) return undefined;
  }
  if (attack) return call ? undefined : { pair, stance: 'oppose' };
  if (call) return { pair, stance: 'support' };
  for (const t of r.target.modelTokens) if (FAVOUR_WORDS.has(t)) return { pair, stance: 'support' };
  return undefined;
}

/** A pair's lead or win cheered: "Bapa X gubernur pertama PBD 🙏", "X-Y unggul 🔥 smoga bertahan". */
const LEAD_CUES = new Set([
  'gubernur pertama', 'bupati pertama', 'walikota pertama', 'wali kota pertama', 'semoga bertahan', 'moga bertahan',
  'tetap unggul', 'semoga unggul', 'unggul terus', 'pertahankan keunggulan',
]);
const JOY_WORDS = new Set(['alhamdulillah', 'syukur', 'puji', 'bersyukur', 'akhirnya', 'selamat', 'mantap']);

/**
 * Joy at one pair's lead or win in the ASN's own words (within the window, LABELLING.md): a lead
 * cue, or "unggul/menang" with a word of joy, next to one pair named; no attack, no report.
 */
export function leadCheered(r: Reading): boolean {
  // one pair named in the ASN's own words (asked first: most posts name none)
  const named = pairNamed(r.own.hits);
  if (named === null || named === SEVERAL) return false;
  let lead = false;
  for (const c of r.ownCues) {
    if (c.type === 'call_to_vote' && LEAD_CUES.has(c.evidence)) lead = true;
    else if (c.type === 'attack' || (c.type === 'neutral_context' && REPORTING.test(c.evidence))) return false;
  }
  if (!lead) {
    let won = false;
    let joy = false;
    for (const t of r.own.modelTokens) {
      if (t === 'unggul' || t === 'menang') won = true;
      else if (JOY_WORDS.has(t)) joy = true;
    }
    if (!won || !joy) return false;
  }
  return true;
}

/** Things that carry a colour, a gesture or a number in everyday life: clothes, food, a jersey, a school photo. */
const THING_WORDS = new Set([
  'baju', 'gaun', 'dress', 'rok', 'jilbab', 'kerudung', 'sepatu', 'tas', 'makan', 'masak', 'makanan', 'kue', 'sambal', 'nasi', 'ikan',
  'kuah', 'jajan', 'jersey', 'punggung', 'kostum', 'tk', 'paud', 'sd', 'murid', 'siswa', 'sekolah', 'lare', 'bocah', 'perpustakaan',
  // cloth worn to a wedding or a ceremony: "sarung sutra kuning dipake kondangan 💛"
  'sarung', 'sutra', 'kain', 'songket', 'tenun', 'kebaya', 'mukena', 'peci', 'kopiah', 'hijab',
]);

/**
 * "kuning skali ee, sa mo datang makan", "anak pake baju pink dari tantenya", "jersey nomer 3",
 * "foto bareng lare-lare TK ✌️": the only hits are colours, gestures or numbers, a thing of
 * everyday life carries them, and no cue in either text is partisan.
 */
export function everydayThing(r: Reading): boolean {
  if (r.officialTarget !== undefined) return false;
  // one kind of symbol only: a colour and a gesture together ("baju kuning ... ✌️") wink
  let kind: string | undefined;
  for (const h of r.own.hits) {
    if (h.type === 'lookalike') continue;
    if (h.type !== 'color' && h.type !== 'finger' && h.type !== 'ballot_number') return false;
    if (kind !== undefined && kind !== h.type) return false;
    kind = h.type;
  }
  if (kind === undefined) return false;
  let targetPoints = false;
  if (r.target !== undefined) {
    for (const h of r.target.hits) {
      if (h.type === 'lookalike') continue;
      if (h.type !== kind) return false;
      targetPoints = true;
    }
  }
  if (partisanCue(r.ownCues) || partisanCue(r.targetCues)) return false;
  for (const t of r.own.modelTokens) if (THING_WORDS.has(t)) return true;
  if (r.target !== undefined) for (const t of r.target.modelTokens) if (THING_WORDS.has(t)) return true;
  // "wajib nonton! 🔴" under a football match: a symbol under a post that names no pair and
  // speaks of no election is that post's, not a pair's
  return r.target !== undefined && !targetPoints && !electionTalk(r);
}

/** A vote kept secret, trivia about a candidate's past ("rahasia dong, nanti di bilik", "baru tau Bu X dulu wawali"). */
const ASIDES = new Set(['rahasia', 'baru tahu', 'baru tau']);

/** The ASN's own words are an aside (ASIDES) with no partisan cue of their own: no evidence, whatever the target asks. */
export function asideOnly(r: Reading): boolean {
  if (r.officialTarget !== undefined) return false;
  let aside = false;
  for (const c of r.ownCues) {
    if (c.type === 'neutral_context' && ASIDES.has(c.evidence)) aside = true;
    else if (c.type !== 'neutral_context' && c.type !== 'personal_life' && !GENERIC_CUES.has(c.evidence)) return false;
  }
  return aside;
}

/**
 * Agreement or a bare reaction ("setuju bgt", "betul sekali 👍", "Nah kan 😂") to a post that
 * attacks: the ASN's words name no pair and call for nothing, the target attacks and calls for
 * no vote. The stance is the target's.
 */
export function echoedAttack(r: Reading): boolean {
  if (r.target === undefined || r.officialTarget !== undefined) return false;
  for (const h of r.own.hits) if (h.type !== 'lookalike') return false;
  for (const c of r.ownCues) if (c.type !== 'neutral_context' && !GENERIC_CUES.has(c.evidence)) return false;
  let attack = false;
  for (const c of r.targetCues) {
    if (c.type === 'attack') attack = true;
    else if (c.type === 'call_to_vote' && !GENERIC_CUES.has(c.evidence)) return false;
  }
  return attack;
}

function chooseCategory(r: Reading, model: Model, stance: Stance, text: string): Category {
  // Precedence from the labelling guide: an attack is "attacking" whatever else it is.
  if (stance === 'oppose') return 'attacking';
  const learned = model.category.best(r.input);
  // A share keeps the category of what it shares (LABELLING.md): when the ASN's words only
  // comment on it, a volunteer's recruitment call stays organising and a campaign post stays
  // campaigning, not engagement (which is for the pair's own accounts and for likes).
  if (r.input.kind === 'share' && r.officialTarget === undefined && r.target !== undefined && r.own.hits.length === 0) {
    if (r.targetCues.some((c) => c.type === 'organising')) return 'organising';
    if (learned === 'engagement') return 'social_media_campaign';
  }
  // The guide's precedence (organising > engagement > attributes > campaign) where the model
  // settles for the generic category but the post carries the more specific cue.
  // An explicit call to vote outranks symbols (LABELLING.md): "coblos nomor 1 MULIA ☝️" and
  // "kuning so pas, tgl 27 jang lupa nomor 3 🤟" are campaigning, whichever head scored higher.
  if (learned === 'attributes_symbols' && explicitCall(r)) return 'social_media_campaign';
  // Volunteering for a post in the machinery ("siap jadi koordinator kecamatan, Chek!") under the
  // pair's own post is organising, which the guide ranks above engagement.
  if (learned === 'engagement' && r.ownCues.some((c) => c.type === 'organising' && VOLUNTEERING.has(c.evidence))) return 'organising';
  // "Ketapang siap menangkan nomor 2!", "pulang dari kampanye akbar ..., mari menangkan": a cheer
  // or a rally attended, with a call to vote, is campaigning; only the machinery is organising.
  if (learned === 'organising' && explicitCall(r) && !r.targetCues.some((c) => c.type === 'organising') && r.ownCues.every((c) => c.type !== 'organising' || CHEERING.has(c.evidence))) {
    return 'social_media_campaign';
  }
  if (learned === 'social_media_campaign') {
    if (r.ownCues.some((c) => c.type === 'organising' && !CHEERING.has(c.evidence))) return 'organising';
    if (explicitCall(r)) return learned;
    // A colour written as a word is shown; a coloured heart after praise only decorates it.
    if (r.own.hits.some((h) => h.type === 'finger' || (h.type === 'color' && writtenColour(h.evidence, text))) || r.ownCues.some((c) => c.type === 'symbol')) return 'attributes_symbols';
    // Hashtags and nothing else: the pair's tag worn as a badge.
    if (r.own.modelTokens.length > 0 && r.own.modelTokens.every((t) => t === '__HASHTAG__' || t.startsWith('#'))) return 'attributes_symbols';
    // Only placeholders, one of them a keycap or gesture: "LURIO 2️⃣", "1️⃣1️⃣1️⃣" (no words, no call).
    if (isBadge(r)) return 'attributes_symbols';
  }
  if (learned) return learned;
  const engagement = r.officialTarget !== undefined;
  return ruleCategory(stance, engagement, [...r.own.hits, ...(r.target?.hits ?? [])], r.ownCues);
}

/** Organising cues that name a post in the machinery one volunteers for. */
const VOLUNTEERING = new Set([
  'koordinator', 'korlap', 'korcam', 'kordes', 'koordinator relawan', 'jadi saksi', 'janten saksi', 'saksi tps', 'door to door',
  'kumpulkan ktp', 'fotokopi ktp', 'data pendukung',
]);
/** Organising cues that are also a supporter's cheer or a rally attended. */
const CHEERING = new Set(['siap menangkan', 'kemenangan', 'kampanye', 'kampanye akbar', 'kampanyekan', 'komit dukung']);

/** The colour is in the ASN's words, not only a coloured heart or circle (COLOUR_EMOJI). */
function writtenColour(colour: string, text: string): boolean {
  return text.toLowerCase().includes(colour);
}

function isBadge(r: Reading): boolean {
  const tokens = r.own.modelTokens;
  if (tokens.length === 0) return false;
  for (const t of tokens) if (!(t.startsWith('__') || t.startsWith('#'))) return false;
  for (const h of r.own.hits) if (h.type === 'finger' || (h.type === 'ballot_number' && h.evidence.endsWith('\u20E3'))) return true;
  return false;
}

/** Attacks whose words the stance head reads as the pair's own cheer: "kalo 1 menang, sy pindah kabupaten aja". */
const PLAIN_ATTACKS = new Set([
  'pindah kabupaten', 'pindah kota', 'pindah provinsi', 'pindah negara', 'pindah domisili', 'tidak ada hasil', 'tidak ada hasilnya',
  'tidak ada hasile', 'salah pilih lagi', 'suka bohong', 'tukang bohong', 'pencitraan terus', 'pencitraan melulu', 'pencitraan',
  'pencitraan doang', 'pencitraan saja', 'bohong', 'pembohong', 'omong kosong', 'tidak layak', 'bukti tidak layak', 'no way',
  'no way no', 'jangan percaya', 'amit amit',
  // a vote refused ("bek cuba2 pileh", "jgn dipilih", "jang kasi kembali") and a trade or past
  // office held against the pair ("jang urus kota", "bukan ruang operasi"): no vote word needed
  NEGATED_VOTE, 'tidak usah dipilih', 'jangan coblos', 'ngapain pilih', 'jangan kasi kembali', 'jangan kasih kembali',
  'jangan kasih lagi', 'jangan kasi lagi', 'jangan ulang kesalahan', 'jangan ulangi', 'tidak akan kasi suara',
  'tidak akan kasih suara', 'jangan kasi suara', 'jangan kasih suara', 'jangan kasih kesempatan', 'jangan urus',
  'bukan tempat latihan', 'bukan ruang operasi', 'bukan barak', 'bukan warisan', 'bukan milik', 'tempat latihan',
  // mockery without an attack word: ambition asked after ("kate ngatur Jatim?", "mo atur PBD?"),
  // a win dreamt of ("ngimpi ae"), a record asked for ("realisasine endi?"), the comfy chair
  SEEKS_OFFICE, 'minta lanjut', 'jangan coba coba', 'ngimpi', 'realisasine endi', 'realisasinya mana', 'mana realisasinya', 'mana realisasi', 'kursi empuk', 'penuh drama',
]);
/** Words of support that make an attack a comparison ("X suka bohong, Y lebih layak"), which the stance head judges. */
const SUPPORT_WORDS = new Set(['dukung', 'mendukung', 'lebih percaya', 'lebih pantas', 'lebih layak', 'lebih siap', 'lebih baik', 'fix pilih']);

/** The ASN's own words attack (plainly, conditionally or resignedly) and nowhere call to vote. */
function resignedAttack(r: Reading): boolean {
  let attack = false;
  for (const c of r.ownCues) {
    // "#JanganDIA", "#ByeDIA": a tag that opposes is a plain attack too
    if (c.type === 'attack' && (PLAIN_ATTACKS.has(c.evidence) || c.evidence.charCodeAt(0) === 0x23)) attack = true;
    else if (c.type === 'call_to_vote' && (VOTE_VERBS.has(c.evidence) || SUPPORT_WORDS.has(c.evidence))) return false;
  }
  return attack;
}

/** Attacks that refuse a vote, which a vote verb nearby does not turn into support. */
const REFUSALS = new Set([
  NEGATED_VOTE, 'jangan pilih', 'tidak pilih', 'jangan coblos', 'asal jangan', 'asal bukan', 'daripada pilih', 'mending golput',
  'ngapain pilih', 'masa sih mau pilih', 'tidak usah dipilih', 'jangan lanjutkan', 'jangan nomor', 'mending kotak kosong',
  'mending kolom kosong', 'jangan kasih suara', 'jangan kasi suara', 'jangan kasih kesempatan', 'jangan kasi kembali',
  'jangan kasih kembali', 'jangan percaya', 'minta lanjut',
]);

/**
 * "Udah cukup yg lama ... pilih Bang Mul", "yg satu 5 thn gak ada hasil ... nyak pilih yg muda":
 * the ASN's own vote verb next to a pair named in their own words makes the post support, whatever
 * the attacks on the others around it; not a vote refused, not "jangan salah pilih", not a vote
 * for the empty box ("coblos kolom kosong").
 */
export function votesForNamedPair(r: Reading): boolean {
  if (!pointsAtPair(r.own.hits)) return false;
  let call = false;
  for (const c of r.ownCues) {
    if (c.type === 'call_to_vote' && VOTE_VERBS.has(c.evidence) && c.evidence !== 'jangan salah pilih') call = true;
    else if (c.type === 'attack' && REFUSALS.has(c.evidence)) return false;
  }
  if (!call) return false;
  for (const t of r.own.modelTokens) if (t === 'kosong') return false;
  return true;
}

/** Vote verbs that make a post a call to vote, whatever symbols come with it. */
const VOTE_VERBS = new Set([
  'coblos', 'nyoblos', 'dicoblos', 'pilih', 'pilihlah', 'menangkan', 'memenangkan', 'siap memenangkan', 'jangan salah pilih',
  'fix pilih', 'sepakat pilih', 'mantap pilih', 'pilih yang', 'pilih dia', 'lanjutkan', 'dua periode', '2 periode',
  // the guide's other calls (LABELLING.md): "gas", "all in", "harga mati", "X lanjut!", "pilihan tetap"
  'lanjut', 'gas', 'gaspol', 'all in', 'harga mati', 'pilihan tetap', 'tetap pilih', 'siap menangkan',
]);

/** A vote verb, or a reminder ("jangan lupa", "tgl 27") next to a ballot number, in the ASN's own words. */
function explicitCall(r: Reading): boolean {
  let reminder = false;
  for (const c of r.ownCues) {
    if (c.type === 'call_to_vote' && VOTE_VERBS.has(c.evidence)) return true;
    if (c.evidence === 'jangan lupa') reminder = true;
  }
  // "besok ke TPS, satu jari untuk dokter kita ☝️", "tgl 27 jang lupa, yg putih-putih 🤍": a
  // reminder of the vote next to a number, a gesture or a colour is a call to vote.
  if (!r.own.hits.some((h) => h.type === 'ballot_number' || h.type === 'finger' || h.type === 'color')) return false;
  if (reminder) return true;
  for (const t of r.own.modelTokens) if (t === 'tps' || t === 'ingat') return true;
  // "tgl 27" when the contest votes on the 27th
  const day = String(Number(r.compiled.matcher.contest.voting_day.slice(8, 10)));
  const tokens = r.own.modelTokens;
  for (let k = 0; k + 1 < tokens.length; k++) if (tokens[k] === 'tanggal' && tokens[k + 1] === day) return true;
  return false;
}

// Module-level helpers rather than closures: the hot path allocates as little as it can.
function collectSignals(r: Reading, model: Model, targetHandle: string): Signal[] {
  const signals: Signal[] = [];
  const w = signalWeights(model);
  if (r.officialTarget !== undefined) pushSignal(signals, w.official, 'official_account', targetHandle, r.officialTarget);
  for (const h of r.own.hits) pushSignal(signals, w.own, h.type, h.evidence, h.candidate);
  for (const c of r.ownCues) pushSignal(signals, w.ownCue, c.type, c.evidence, null);
  if (r.target) {
    for (const h of r.target.hits) pushSignal(signals, w.target, h.type, h.evidence, h.candidate);
    for (const c of r.targetCues) pushSignal(signals, w.targetCue, c.type, c.evidence, null);
  }
  return signals;
}

/** A signal's weight is the partisan head's weight of its feature ("h:name", "tc:attack"),
 *  rounded for display: looked up once per model and signal type, not per item. */
interface SignalWeights {
  official: WeightOf;
  own: WeightOf;
  ownCue: WeightOf;
  target: WeightOf;
  targetCue: WeightOf;
}
type WeightOf = (type: SignalType) => number;

const signalWeightCache = new WeakMap<Model, SignalWeights>();

function signalWeights(model: Model): SignalWeights {
  let w = signalWeightCache.get(model);
  if (w) return w;
  const table = (feature: (type: string) => string): WeightOf => {
    const cache = new Map<string, number>();
    return (type) => {
      let v = cache.get(type);
      if (v === undefined) cache.set(type, (v = Math.round(model.partisan.weight(feature(type)) * 100) / 100));
      return v;
    };
  };
  w = {
    official: table(() => 'official'),
    own: table((t) => featureKey('h:', t)),
    ownCue: table((t) => featureKey('c:', t)),
    target: table((t) => featureKey('th:', t)),
    targetCue: table((t) => featureKey('tc:', t)),
  };
  signalWeightCache.set(model, w);
  return w;
}

function pushSignal(signals: Signal[], weightOf: WeightOf, type: SignalType, evidence: string, candidate: number | null): void {
  for (const s of signals) if (s.type === type && s.evidence === evidence) return;
  const signal: Signal = { type, weight: weightOf(type), evidence };
  if (candidate !== null) signal.candidate = candidate;
  signals.push(signal);
}

function notApplicable(item: Item, version: string): Judgement {
  return {
    id: item.id,
    flagged: false,
    score: 0,
    candidate: null,
    stance: null,
    category: null,
    contest: null,
    signals: [],
    model_version: version,
    reason: reasonFor(false, 0, null, null, [], false),
  };
}
