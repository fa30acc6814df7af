// Per-contest matcher: compiled once from the registry (names without titles, name parts,
// aliases, hashtags, slogans, parties, colours, accounts, the region's name) into a token
// trie. Matching a text yields the hits (what points at which pair) and the text with each
// matched span replaced by a contest-independent placeholder, which is what the model reads.
import { createHash } from 'node:crypto';
import type { Contest } from './classify-types.js';
import { normalise, normalisePhrase } from './normalise.js';
import { isDistinctivePart, nameTokens } from './names.js';
import { addPhrase, lastPhrase, lastValues, longestAt, longestLength, longestLengthFrom, newTrie, type TrieNode } from './phrase-trie.js';
import { distinctTokens, infoOf, memoised, newTableSerial, type TokenInfo } from './token-info.js';
import { BALLOT_BEFORE, NUMBERED_THINGS, NUMBER_PHRASE_AFTER, NUMBER_LOOKALIKE_AFTER, NUMBER_LOOKALIKE_BEFORE, PLACE_BEFORE, SIDE_LINKS, SIDE_WORDS } from './context-words.js';
import { partyForms } from './parties.js';
import { SLANG, VOCABULARY } from './lexicon.js';

export type HitType =
  | 'name'
  | 'name_part'
  | 'alias'
  | 'hashtag'
  | 'slogan'
  | 'party'
  | 'color'
  | 'region'
  | 'account_mention'
  | 'ballot_number'
  | 'finger'
  | 'lookalike';

export interface Hit {
  type: HitType;
  /** Ballot number of the pair, or null when the span is shared by pairs or is a look-alike. */
  candidate: number | null;
  evidence: string;
}

export interface TextMatch {
  modelTokens: string[];
  /** modelTokens without repeats, in order: the unigram features (present or absent). */
  uniqueTokens: string[];
  hits: Hit[];
  /** Set by a linked model head when it scores the text: its table entry per token. */
  entries?: unknown[];
  /** The TokenInfo of each model token, when the tokens came with theirs. */
  modelInfos?: TokenInfo[];
}

export function distinct(tokens: readonly string[]): string[] {
  if (tokens.length > 32) return [...new Set(tokens)];
  // Posts are short: a scan over interned strings is cheaper than building a Set.
  const out: string[] = [];
  for (const t of tokens) if (!out.includes(t)) out.push(t);
  return out;
}

interface Entry {
  type: HitType;
  candidate: number;
  /** A one-word alias the registry writes in capitals (AMAN, MULIA, SEHATI, RIDO). */
  acronym?: true;
  /** An acronym the registry does not list, made the way Indonesians make them from the first
   * syllables of head and deputy (Ridwan + Suswono -> RISU): counts only next to a campaign cue. */
  derived?: true;
  /** An alias made only of everyday words ("Mari-Ya" = "mari ya", "let's"): its registry spelling
   * as a pattern; it names the pair only written that way or next to a campaign cue. */
  everyday?: RegExp;
}

/**
 * Pair acronyms are very often ordinary words ("aman", "mulia", "sehati", "berani"). Written in
 * capitals they name the pair ("Tetap AMAN!"); in lower case they are taken as the word, unless
 * other evidence in the post names the pair. Hashtags are matched separately (#AMAN).
 */
const ACRONYM_ALIAS = /^\p{Lu}{3,}$/u;
/** Words after which a lower-case acronym still names the pair: "relawan aman", "dukung mulia". */
const ACRONYM_CUES = new Set([
  'pilih', 'pilihan', 'memilih', 'dukung', 'dukungan', 'mendukung', 'coblos', 'nyoblos', 'menangkan', 'memenangkan', 'kawal',
  'relawan', 'posko', 'tim', 'timses', 'paslon', 'calon', 'cabup', 'cawalkot', 'cagub', 'deklarasi', 'komit', 'barisan',
  'laskar', 'kader', 'simpatisan', 'pendukung', 'koalisi', 'jagoan', 'sahabat', 'ayo', 'yuk', 'gas', 'gaskeun', 'vote', 'bareng', 'bersama',
  // campaign merchandise: "mug rido", "stiker mulia", "kaos sehati"
  'kaos', 'stiker', 'mug', 'gelas', 'payung', 'kalender', 'twibbon', 'spanduk', 'baliho', 'bendera', 'topi', 'rompi',
  'gelang', 'brosur', 'saksi',
]);
/** A lower-case acronym that is no everyday word also names the pair when such a cue is anywhere
 * in the post ("jadwal sosialisasi henma ... relawan kumpul di posko", "bendera nasdem dan nursu"). */
const ACRONYM_CUES_ANYWHERE = new Set([...ACRONYM_CUES, 'pemenangan', 'kampanye', 'sosialisasi', 'koordinasi', 'tps']);

function cueAnywhere(tokens: readonly string[]): boolean {
  for (const t of tokens) if (ACRONYM_CUES_ANYWHERE.has(t)) return true;
  return false;
}

/**
 * An alias of everyday words read as the words: written otherwise than the registry writes it
 * ("mari ya kita gotong royong" for "Mari-Ya"), with no campaign cue before it or in the post.
 */
function everydayPhraseOnly(values: readonly Entry[], tokens: readonly string[], i: number, raw: string): boolean {
  for (const v of values) if (v.everyday === undefined || v.everyday.test(raw)) return false;
  const before = tokens[i - 1];
  if (before !== undefined && ACRONYM_CUES.has(before)) return false;
  return !cueAnywhere(tokens);
}

/** The registry's spelling of an alias: its case as written, or any case when it carries a hyphen. */
function writtenForm(alias: string): RegExp {
  const parts = alias.trim().split(/[\s\-–—]+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const bound = (body: string) => `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
  if (/[-–—]/.test(alias)) return new RegExp(bound(parts.join('[-–—]')), 'iu');
  return new RegExp(bound(parts.join('\\s+')), 'u');
}

const QUEUE_WORDS = new Set(['antrian', 'antrean', 'antri', 'antre', 'ngantri', 'ngantre', 'mengantri', 'mengantre', 'antriannyo', 'antrianna']);

/** A queue word within six tokens before or three after a number. */
function queueNear(tokens: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 6); k <= Math.min(tokens.length - 1, i + 3); k++) if (QUEUE_WORDS.has(tokens[k]!)) return true;
  return false;
}

function everyday(token: string): boolean {
  return VOCABULARY.has(token) || SLANG.has(token);
}

// When one span matches several kinds of phrase, the most specific kind names it.
const PRIORITY: Record<HitType, number> = {
  hashtag: 9, account_mention: 9, alias: 8, name: 7, slogan: 6, name_part: 5, party: 4, color: 3, region: 2,
  ballot_number: 1, finger: 1, lookalike: 0,
};

const PLACEHOLDER: Record<HitType, string> = {
  name: '__NAME__', name_part: '__NAMEPART__', alias: '__ALIAS__', hashtag: '__HASHTAG__', slogan: '__SLOGAN__',
  party: '__PARTY__', color: '__COLOR__', region: '__REGION__', account_mention: '__ACCOUNT__',
  ballot_number: '__BALLOT__', finger: '__FINGER__', lookalike: '__LOOKALIKE__',
};

const PLACEHOLDER_INFO = Object.fromEntries(Object.entries(PLACEHOLDER).map(([k, v]) => [k, infoOf(v)])) as Record<HitType, TokenInfo>;
const NUMX_INFO = infoOf('__NUMX__');

/** The office an incumbent holds, as people write it (Minang "wako", "walkot", the deputy's too). */
const INCUMBENT_OFFICES = {
  provinsi: ['gubernur', 'gub', 'wagub', 'wakil gubernur'],
  kota: ['walikota', 'wali kota', 'wako', 'walkot', 'wawako', 'wakil walikota', 'wakil wali kota'],
  kabupaten: ['bupati', 'wabup', 'wakil bupati'],
};
/** "bupati yang sekarang", "wako lamo", "gubernur kini", "walikota kemaren", "bupati nu ayeuna". */
const INCUMBENT_TAILS = [
  'yang sekarang', 'sekarang', 'saat ini', 'yang menjabat', 'yang lama', 'lama', 'lamo', 'nan lamo', 'kini', 'nan kini',
  'yang kini', 'kemaren', 'nan kapatang', 'kapatang', 'sing saiki', 'saiki', 'nu ayeuna', 'ayeuna', 'sekarang ini',
  'periode ini', 'yang kemaren', 'skrg', 'wayah ini',
  // the one who held it before: "wali kota yg dulu", "gubernur kita ini", "bupati yang kemarin"
  'yang dulu', 'kita ini', 'yang kemarin', 'kemarin',
];
const REGION_PREFIXES = new Set(['kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'dki', 'daerah', 'istimewa', 'administrasi']);
const NUMERIC = /^\d{1,2}$/;
const LOWER_WORD = /^[a-z]+$/;

export class ContestMatcher {
  readonly contest: Contest;
  readonly hash: string;
  private readonly trie: TrieNode<Entry> = newTrie();
  /** Identifies this trie's root in the answers memoised on tokens. */
  private readonly serial = newTableSerial();
  /** handle (lower case, no @) -> ballot number */
  readonly accounts = new Map<string, number>();
  readonly numbers: ReadonlySet<number>;
  /** Strings that identify a pair inside an unknown hashtag (#FALESmenang, #cobloshensam). */
  private readonly hashtagKeys: { key: string; candidate: number }[] = [];

  /** Words that describe one pair by a title its ballot names carry ("dokter" for "dr.", "jenderal" for "Letjen TNI"). */
  readonly descriptors: ReadonlyMap<string, number>;

  constructor(contest: Contest, hash = contestHash(contest)) {
    this.contest = contest;
    this.hash = hash;
    this.numbers = new Set(contest.candidates.map((c) => c.number));
    this.compile();
    this.descriptors = compileDescriptors(contest);
  }

  /** The pair a description in the text points at ("sang jenderal", "dokter kita"), if exactly one does. */
  describedPair(tokens: readonly string[]): number | undefined {
    if (this.descriptors.size === 0) return undefined;
    let found: number | undefined;
    for (const t of tokens) {
      const n = this.descriptors.get(t);
      if (n === undefined) continue;
      if (found !== undefined && found !== n) return undefined;
      found = n;
    }
    return found;
  }

  /** HESOL-style forms (2 or 3 letters of each first name) the registry does not list, as weak aliases. */
  private addDerivedAcronyms(head: string, deputy: string, n: number): void {
    const a = head.replace(/[^a-z]/g, '');
    const b = deputy.replace(/[^a-z]/g, '');
    if (a.length < 2 || b.length < 2) return;
    for (const [i, j] of [[2, 2], [3, 2], [2, 3], [3, 3]] as const) {
      const form = a.slice(0, i) + b.slice(0, j);
      if (form.length < 4 || everyday(form) || longestLength(this.trie, [form], 0) > 0) continue;
      addPhrase(this.trie, [form], { type: 'alias', candidate: n, acronym: true, derived: true });
    }
  }

  private add(phrase: readonly string[], type: HitType, candidate: number): void {
    addPhrase(this.trie, phrase, { type, candidate });
    if (type === 'name' || type === 'name_part' || type === 'alias') this.doubledVariants.push([phrase, type, candidate]);
  }

  /** Name phrases to add once more with the last letter doubled for emphasis ("Hasann"). */
  private doubledVariants: [readonly string[], HitType, number][] = [];

  /**
   * "Lucianty menangg", "pilih Hasann": a registry name whose final letter is doubled for emphasis
   * names the pair like the plain name (the normaliser undoubles only lexicon and number words).
   * Added last, and only where the doubled form is no phrase of this contest and no word the
   * normaliser changes; compiled into the trie, so matching costs nothing more.
   */
  private addDoubledVariants(): void {
    for (const [phrase, type, candidate] of this.doubledVariants) {
      const last = phrase[phrase.length - 1]!;
      if (last.length < 3 || !LOWER_WORD.test(last) || !/[aeiou]/.test(last)) continue;
      const doubled = last + last[last.length - 1];
      const read = normalise(doubled);
      if (read.length !== 1 || read[0] !== doubled) continue;
      const variant = [...phrase.slice(0, -1), doubled];
      if (longestLength(this.trie, variant, 0) === variant.length) continue;
      addPhrase(this.trie, variant, { type, candidate });
    }
    this.doubledVariants = [];
  }

  /** The pair an unknown hashtag names by containing one of its aliases or name parts. */
  private hashtagCandidate(tag: string): number | null | undefined {
    let best: { key: string; candidate: number } | undefined;
    let ambiguous = false;
    for (const k of this.hashtagKeys) {
      if (!tag.includes(k.key)) continue;
      if (!best || k.key.length > best.key.length) {
        ambiguous = false;
        best = k;
      } else if (k.key.length === best.key.length && k.candidate !== best.candidate) ambiguous = true;
    }
    if (!best) return undefined;
    return ambiguous ? null : best.candidate;
  }

  private compile(): void {
    const regionTokens = normalisePhrase(this.contest.region.name);
    this.add(regionTokens, 'region', 0);
    const bareRegion = regionTokens.filter((t) => !REGION_PREFIXES.has(t));
    if (bareRegion.length > 0) this.add(bareRegion, 'region', 0);

    this.compileIncumbent();
    const derived: [string, string, number][] = [];
    for (const c of this.contest.candidates) {
      const n = c.number;
      const head = normalisePhrase(nameTokens(c.head).join(' '));
      const deputy = normalisePhrase(nameTokens(c.deputy).join(' '));
      const hashtagBodies = new Set<string>();
      for (const person of [head, deputy]) {
        if (person.length === 0) continue;
        if (person.length >= 2) {
          this.add(person, 'name', n);
          this.add([person[0]!, person[person.length - 1]!], 'name', n);
          this.add(person.slice(0, 2), 'name', n);
          this.add(person.slice(-2), 'name', n);
        }
        for (const part of person) if (isDistinctivePart(part)) this.add([part], 'name_part', n);
        hashtagBodies.add(person.join(''));
      }
      if (head[0] && deputy[0]) {
        // pairs are hashtagged by first or last names glued together: #PramonoRano
        hashtagBodies.add(head[0] + deputy[0]);
        hashtagBodies.add(head[head.length - 1]! + deputy[deputy.length - 1]!);
        this.add([head[0], deputy[0]], 'alias', n);
        this.add([head[head.length - 1]!, deputy[deputy.length - 1]!], 'alias', n);
      }
      for (const alias of c.aliases ?? []) {
        const tokens = normalisePhrase(alias);
        if (tokens.length === 1 && ACRONYM_ALIAS.test(alias.trim())) addPhrase(this.trie, tokens, { type: 'alias', candidate: n, acronym: true });
        else if (tokens.length >= 2 && tokens.every((t) => everyday(t) && !head.includes(t) && !deputy.includes(t))) addPhrase(this.trie, tokens, { type: 'alias', candidate: n, everyday: writtenForm(alias) });
        else this.add(tokens, 'alias', n);
        hashtagBodies.add(tokens.join(''));
      }
      if (head[0] && deputy[0]) derived.push([head[0], deputy[0], n]);
      for (const slogan of c.slogans ?? []) {
        const tokens = normalisePhrase(slogan);
        this.add(tokens, 'slogan', n);
        hashtagBodies.add(tokens.join(''));
      }
      for (const tag of c.hashtags ?? []) hashtagBodies.add(tag.replace(/^#/, '').toLowerCase());
      for (const body of hashtagBodies) if (body.length >= 3) this.add(['#' + body], 'hashtag', n);
      for (const alias of c.aliases ?? []) {
        const key = normalisePhrase(alias).join('');
        if (key.length >= 4) this.hashtagKeys.push({ key, candidate: n });
      }
      for (const part of [...head, ...deputy]) if (part.length >= 5 && isDistinctivePart(part)) this.hashtagKeys.push({ key: part, candidate: n });
      for (const party of c.parties ?? []) for (const form of partyForms(party)) this.add(form, 'party', n);
      for (const color of c.colors ?? []) this.add(normalisePhrase(color), 'color', n);
      for (const acc of c.accounts ?? []) {
        const handle = acc.handle.replace(/^@/, '').toLowerCase();
        this.accounts.set(handle, n);
        this.add(['@' + handle], 'account_mention', n);
      }
    }
    for (const [h, d, n] of derived) this.addDerivedAcronyms(h, d, n);
    this.addDoubledVariants();
  }

  /**
   * "bupati yang sekarang", "gubernur sing saiki", "petahana": the incumbent pair, when the
   * registry marks exactly one. Read as a name part: it names the person, not the pair's brand.
   */
  private compileIncumbent(): void {
    const incumbents = this.contest.candidates.filter((c) => c.incumbent === true);
    if (incumbents.length !== 1) return;
    const n = incumbents[0]!.number;
    const level = this.contest.level;
    const offices = level === 'provinsi' ? INCUMBENT_OFFICES.provinsi : level === 'kota' ? INCUMBENT_OFFICES.kota : INCUMBENT_OFFICES.kabupaten;
    for (const office of offices) {
      const words = normalisePhrase(office);
      for (const tail of INCUMBENT_TAILS) this.add([...words, ...normalisePhrase(tail)], 'name_part', n);
      for (const head of ['mantan', 'eks']) this.add([head, ...words], 'name_part', n);
    }
    this.add(['petahana'], 'name_part', n);
    this.add(['incumbent'], 'name_part', n);
  }

  /** The pair whose official account this is, if any. */
  officialAccount(handle: string | undefined): number | undefined {
    if (!handle) return undefined;
    return this.accounts.get(handleKey(handle));
  }

  /**
   * `raw` is the text the tokens came from: with it, a pair acronym counts only where the text
   * writes it in capitals.
   */
  match(tokens: readonly string[], raw?: string, infos?: readonly TokenInfo[]): TextMatch {
    const modelTokens: string[] = [];
    const modelInfos: TokenInfo[] | undefined = infos !== undefined ? [] : undefined;
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i]!;
      const length = infos !== undefined
        ? longestLengthFrom(memoised(infos[i]!, this.serial, this.trie.next, token), tokens, i)
        : longestLength(this.trie, tokens, i);
      if (length > 0 && !(length === 1 && (raw !== undefined || (lastValues as Entry[]).some((v) => v.derived)) && this.isLowerCaseAcronym(lastValues as Entry[], token, tokens, i, raw ?? ''))
        && !(length > 1 && raw !== undefined && everydayPhraseOnly(lastValues as Entry[], tokens, i, raw))) {
        const values = lastValues as Entry[];
        const evidence = length === 1 ? token : lastPhrase;
        const hit = this.pickHit(values, evidence, tokens[i - 1]);
        if (hit.type !== 'region') hits.push(hit);
        modelTokens.push(PLACEHOLDER[hit.type]);
        modelInfos?.push(PLACEHOLDER_INFO[hit.type]);
        i += length;
        continue;
      }
      if (token.startsWith('#') && token.length > 4) {
        const candidate = this.hashtagCandidate(token.slice(1));
        if (candidate !== undefined) {
          hits.push({ type: 'hashtag', candidate, evidence: token });
          modelTokens.push(PLACEHOLDER.hashtag);
          modelInfos?.push(PLACEHOLDER_INFO.hashtag);
          i++;
          continue;
        }
      }
      if (isShortNumber(token) || token.startsWith('jari_') || token.startsWith('keycap_')) {
        const hit = this.numberHit(tokens, i);
        if (hit) {
          hits.push(hit);
          modelTokens.push(hit.type === 'lookalike' ? '__NUMX__' : PLACEHOLDER[hit.type]);
          modelInfos?.push(hit.type === 'lookalike' ? NUMX_INFO : PLACEHOLDER_INFO[hit.type]);
          i++;
          continue;
        }
      }
      modelTokens.push(token);
      modelInfos?.push(infos![i]!);
      i++;
    }
    const match: TextMatch = { modelTokens, uniqueTokens: modelInfos !== undefined ? distinctTokens(modelTokens, modelInfos) : distinct(modelTokens), hits };
    if (modelInfos !== undefined) match.modelInfos = modelInfos;
    return match;
  }

  private readonly capsPatterns = new Map<string, RegExp>();

  /** Every entry of the span is a pair acronym, not after a campaign cue, and not written in capitals. */
  private isLowerCaseAcronym(values: readonly Entry[], token: string, tokens: readonly string[], i: number, raw: string): boolean {
    if (!values.every((v) => v.acronym)) return false;
    const before = tokens[i - 1];
    if (before !== undefined && ACRONYM_CUES.has(before)) return false;
    // A derived form (not in the registry) counts only next to a campaign cue, in any case.
    if (values.some((v) => v.derived)) return !(tokens[i + 1] !== undefined && ACRONYM_CUES.has(tokens[i + 1]!)) && !cueAnywhere(tokens);
    if (!everyday(token) && cueAnywhere(tokens)) return false;
    let pattern = this.capsPatterns.get(token);
    if (!pattern) {
      pattern = new RegExp(`(?<![\\p{L}\\p{N}])${token.toUpperCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      this.capsPatterns.set(token, pattern);
    }
    return !pattern.test(raw);
  }

  private pickHit(values: Entry[], evidence: string, before: string | undefined): Hit {
    let best = values[0]!;
    for (const v of values) if (PRIORITY[v.type] > PRIORITY[best.type]) best = v;
    // The pair, when every entry of the best kind names the same one (no arrays per hit).
    let candidate: number | null = best.candidate;
    for (const v of values) if (v.type === best.type && v.candidate !== best.candidate) candidate = null;
    const personal = best.type === 'name' || best.type === 'name_part' || best.type === 'alias';
    // "Jl. Sudirman", "Stadion Kanjuruhan": a place named after someone is not the candidate.
    if (personal && before !== undefined && PLACE_BEFORE.has(before)) return { type: 'lookalike', candidate: null, evidence };
    return { type: best.type, candidate, evidence };
  }

  // A ballot number counts only in context: "nomor 2", "no. 02", "coblos 3", "#02", "2️⃣",
  // "salam 2 jari"; never "lantai 2", "juara 1", "tanggal 2", "nomor 2 dari kiri", "2 kali".
  private numberHit(tokens: readonly string[], i: number): Hit | undefined {
    const token = tokens[i]!;
    if (token.startsWith('jari_')) {
      const n = Number(token.slice(5));
      return { type: 'finger', candidate: this.numbers.has(n) ? n : null, evidence: token };
    }
    if (token.startsWith('keycap_')) {
      const n = Number(token.slice(7));
      const evidence = n + '\uFE0F\u20E3';
      // "1️⃣ beli kertas, 1️⃣ fotokopi": keycaps that bullet a list of tasks are not ballot numbers.
      if (isListBullet(tokens, i) && !longestAt(this.trie, tokens, i + 1)) return { type: 'lookalike', candidate: null, evidence };
      return this.numbers.has(n) ? { type: 'ballot_number', candidate: n, evidence } : undefined;
    }
    const n = Number(token);
    if (!this.numbers.has(n)) return undefined;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (after !== undefined && NUMBER_PHRASE_AFTER.has(after)) return undefined;
    const evidence = (before ? before + ' ' : '') + token + (after ? ' ' + after : '');
    if (before !== undefined && NUMBER_LOOKALIKE_BEFORE.has(before)) return { type: 'lookalike', candidate: null, evidence };
    if (after !== undefined && NUMBER_LOOKALIKE_AFTER.has(after)) return { type: 'lookalike', candidate: null, evidence };
    if (after !== undefined && (SIDE_WORDS.has(after) || (SIDE_LINKS.has(after) && SIDE_WORDS.has(tokens[i + 2] ?? '')))) return { type: 'lookalike', candidate: null, evidence };
    if (after !== undefined && isListEmphasis(tokens, i)) return { type: 'lookalike', candidate: null, evidence };
    // "dapek nomor 3 di antrian", "nomor 2 antre di loket": a place in a queue, not a ballot number.
    if (queueNear(tokens, i)) return { type: 'lookalike', candidate: null, evidence };
    if (after === 'jari') return { type: 'finger', candidate: n, evidence };
    if ((before === 'nomor' || before === 'no') && NUMBERED_THINGS.has(tokens[i - 2] ?? '')) {
      return { type: 'lookalike', candidate: null, evidence: tokens[i - 2] + ' ' + evidence };
    }
    if ((before === 'nomor' || before === 'no') && nearAddress(tokens, i)) return { type: 'lookalike', candidate: null, evidence };
    const padded = token.length === 2 && token.startsWith('0');
    if (padded || (before !== undefined && BALLOT_BEFORE.has(before))) return { type: 'ballot_number', candidate: n, evidence };
    // "paslon 1, 2 dan 3": numbers listed after a ballot word are ballot numbers too
    if (continuesBallotList(tokens, i)) return { type: 'ballot_number', candidate: n, evidence };
    return undefined;
  }
}

/**
 * Titles KPU prints in ballot names and the words people use for them: a retired general, a
 * police general, a medical doctor ("dr.", lower case), a professor, an engineer, a cleric, a
 * ship's captain. A word that fits more than one pair of the contest describes none.
 */
const TITLE_DESCRIPTORS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(Jenderal|Jendral|Letjen|Mayjen|Brigjen|Laksamana|Laksdya|Laksda|Marsekal|Marsdya|Marsda)\b\.?\s*(TNI)?\b(?!\.?\s*Pol)/, ['jenderal', 'jendral', 'tentara', 'purnawirawan', 'militer']],
  [/\b(Irjen|Komjen|Brigjen|Jenderal)\.?\s*(Pol|Polisi)\b|S\.I\.K\./, ['jenderal', 'jendral', 'polisi', 'kapolda', 'purnawirawan']],
  [/(^|[\s,.])dr\.\s|\bSp\.[A-Z]/, ['dokter']],
  [/\bProf\./, ['profesor', 'prof', 'akademisi']],
  [/\bIr\./, ['insinyur']],
  [/\b(TGH|Tgk|KH|K\.H\.|Kyai|Kiai|Habib|Buya)\b/, ['ulama', 'kiai', 'kyai']],
  [/\bCapt\./, ['kapten', 'pelaut']],
];

function compileDescriptors(contest: Contest): Map<string, number> {
  const owners = new Map<string, Set<number>>();
  for (const c of contest.candidates) {
    const names = c.head + ' | ' + c.deputy;
    for (const [pattern, words] of TITLE_DESCRIPTORS) {
      if (!pattern.test(names)) continue;
      for (const w of words) {
        let set = owners.get(w);
        if (!set) owners.set(w, (set = new Set()));
        set.add(c.number);
      }
    }
  }
  const out = new Map<string, number>();
  for (const [w, set] of owners) if (set.size === 1) out.set(w, [...set][0]!);
  return out;
}

/** NUMERIC (/^\d{1,2}$/) without a regex: it is asked of every unmatched token. */
function isShortNumber(t: string): boolean {
  const n = t.length;
  if (n === 0 || n > 2) return false;
  const a = t.charCodeAt(0);
  if (a < 0x30 || a > 0x39) return false;
  if (n === 1) return true;
  const b = t.charCodeAt(1);
  return b >= 0x30 && b <= 0x39;
}

/** "@Rusa.Official" -> "rusa.official", remembered: the same targets come back item after item. */
const handleKeys = new Map<string, string>();
function handleKey(handle: string): string {
  let k = handleKeys.get(handle);
  if (k === undefined) {
    k = handle.replace(/^@/, '').toLowerCase();
    if (handleKeys.size >= 10_000) handleKeys.clear();
    handleKeys.set(handle, k);
  }
  return k;
}

/** "nomor 2 yang paling penting", "poin 2 terpenting": an item of a list, not a pair. */
function isListEmphasis(tokens: readonly string[], i: number): boolean {
  let j = i + 1;
  if (tokens[j] === 'yang') j++;
  if (tokens[j] === 'terpenting') return true;
  return tokens[j] === 'paling' && tokens[j + 1] === 'penting';
}

const LIST_JOINERS = new Set(['dan', 'atau', 'maupun', 'serta', 'sampai', 'hingga']);

function continuesBallotList(tokens: readonly string[], i: number): boolean {
  let j = i - 1;
  let sawNumber = false;
  while (j >= 0 && i - j <= 8) {
    const t = tokens[j]!;
    if (NUMERIC.test(t)) sawNumber = true;
    else if (!LIST_JOINERS.has(t)) return sawNumber && BALLOT_BEFORE.has(t);
    j--;
  }
  return false;
}

/** "Jl. Sudirman no. 2": a house number, found by a street word a few tokens back. */
function nearAddress(tokens: readonly string[], i: number): boolean {
  for (let j = i - 2; j >= 0 && i - j <= 5; j--) {
    // "kantor pemenangan paslon nomor 3": the number is the pair's
    if (PAIR_WORDS.has(tokens[j]!)) return false;
    if (ADDRESS_WORDS.has(tokens[j]!)) return true;
  }
  // "kantor kami nomor 3 di jejeran ruko", "kantor lurah nomor 3 dari simpang, cat biru"
  for (let j = i + 1; j < tokens.length && j - i <= 4; j++) if (ADDRESS_WORDS.has(tokens[j]!) || ADDRESS_AFTER.has(tokens[j]!)) return true;
  return false;
}

const ADDRESS_WORDS = new Set([
  'jalan', 'jl', 'jln', 'gang', 'gg', 'blok', 'komplek', 'kompleks', 'perumahan', 'perum', 'rt', 'rw', 'kav', 'kavling', 'ruko', 'alamat',
  'kantor', 'gedung', 'lorong', 'lr',
]);
const PAIR_WORDS = new Set(['paslon', 'pasangan', 'calon', 'urut', 'pemenangan', 'relawan', 'posko', 'timses', 'coblos', 'pilih']);
/** Places an address runs on to after the number: "nomor 3 dari simpang", "nomor 3 di jejeran ruko". */
const ADDRESS_AFTER = new Set(['simpang', 'jejeran', 'deretan', 'sebelah', 'samping', 'seberang', 'pertigaan', 'perempatan', 'cat']);

// Bullets: two or more keycaps, each standing alone (not "2️⃣2️⃣" emphasis), this one before a word.
function isListBullet(tokens: readonly string[], i: number): boolean {
  let bullets = 0;
  for (let j = 0; j < tokens.length; j++) {
    if (!tokens[j]!.startsWith('keycap_')) continue;
    if (tokens[j - 1]?.startsWith('keycap_') || tokens[j + 1]?.startsWith('keycap_')) return false;
    bullets++;
  }
  const next = tokens[i + 1];
  return bullets >= 2 && next !== undefined && WORD.test(next) && !BALLOT_BEFORE.has(next);
}

const WORD = /^\p{L}+$/u;

export function contestHash(contest: Contest): string {
  return createHash('sha1').update(JSON.stringify(contest)).digest('hex').slice(0, 16);
}

/** Compiled matchers keyed by contest content, so a changed contest gets a fresh one. */
export class MatcherCache {
  private readonly byId = new Map<string, ContestMatcher>();

  /** Returns matchers for these contests, rebuilding only those whose content changed. */
  update(contests: readonly Contest[]): ContestMatcher[] {
    const seen = new Set<string>();
    const result: ContestMatcher[] = [];
    for (const contest of contests) {
      const hash = contestHash(contest);
      let matcher = this.byId.get(contest.id);
      if (!matcher || matcher.hash !== hash) {
        matcher = new ContestMatcher(contest, hash);
        this.byId.set(contest.id, matcher);
      }
      seen.add(contest.id);
      result.push(matcher);
    }
    for (const id of [...this.byId.keys()]) if (!seen.has(id)) this.byId.delete(id);
    return result;
  }
}

export { normalise };
