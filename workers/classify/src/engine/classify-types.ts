// The classifier's contract: shapes fixed by /work/shared/examples/README.md.

export type ContestLevel = 'provinsi' | 'kabupaten' | 'kota';

export interface Account {
  platform: string;
  handle: string;
}

export interface Candidate {
  number: number;
  head: string;
  deputy: string;
  aliases?: string[];
  parties?: string[];
  slogans?: string[];
  hashtags?: string[];
  colors?: string[];
  accounts?: Account[];
  incumbent?: boolean;
  independent?: boolean;
}

export interface Contest {
  id: string;
  name: string;
  level: ContestLevel;
  region: { code: string; name: string };
  campaign_start: string; // YYYY-MM-DD
  campaign_end: string;
  voting_day: string;
  candidates: Candidate[];
}

export type ItemKind = 'post' | 'comment' | 'like' | 'share';

export interface Media {
  type: string;
  url?: string;
  sha256?: string;
  alt?: string;
}

export interface Item {
  id: string;
  platform: string;
  kind: ItemKind;
  author: { id: string; region_code: string };
  created_at: string; // ISO 8601 with offset
  text: string; // the ASN's own words ("" for a like)
  target?: { author_handle: string; text: string };
  media?: Media[];
}

export type Stance = 'support' | 'oppose';

export const CATEGORIES = [
  'social_media_campaign',
  'engagement',
  'attributes_symbols',
  'organising',
  'attacking',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type SignalType =
  | 'name'
  | 'name_part'
  | 'alias'
  | 'hashtag'
  | 'slogan'
  | 'ballot_number'
  | 'finger'
  | 'color'
  | 'party'
  | 'account_mention'
  | 'official_account'
  | 'call_to_vote'
  | 'organising'
  | 'attack'
  | 'neutral_context'
  | 'personal_life'
  | 'symbol'
  | 'lookalike'
  | 'region'
  // a pair described or the office spoken of, with no name, number or symbol ("calon yang gelarnya panjang")
  | 'description';

export interface Signal {
  type: SignalType;
  /** Contribution to the score's log-odds (the model's weight for this cue); negative pulls down. */
  weight: number;
  /** The matched span (normalised text) or, for engagement, the target account. */
  evidence: string;
  /** The pair this signal points at, when it points at one. */
  candidate?: number;
}

export interface Judgement {
  id: string;
  flagged: boolean;
  score: number;
  candidate: number | null;
  stance: Stance | null;
  category: Category | null;
  contest: string | null;
  signals: Signal[];
  model_version: string;
  reason: { id: string; en: string };
}
