import type { Platform } from './vocabulary.js';

export const ITEM_KINDS = ['post', 'comment', 'like', 'share'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_SOURCES = ['connector', 'push', 'csv', 'complaint', 'simulator'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

/** What was liked, shared or commented on. */
export interface ItemTarget {
  authorHandle: string;
  text: string;
  url?: string;
  platformItemId?: string;
}

export interface ItemMedia {
  type: string;
  url?: string;
  sha256?: string;
  alt?: string;
}

/**
 * One activity of a monitored account as a connector, the push API or a CSV import hands it to
 * the item store. The account is named by id, or by platform + handle / platform user id.
 */
export interface IncomingItem {
  platform: Platform;
  platformItemId: string;
  kind: ItemKind;
  accountId?: string;
  authorHandle?: string;
  authorPlatformId?: string;
  url?: string;
  /** ISO 8601 with offset. */
  postedAt: string;
  /** The ASN's own words; '' for a like. */
  text: string;
  target?: ItemTarget | null;
  media?: ItemMedia[];
  /** The platform's payload as received; stored compressed. */
  raw?: unknown;
}

export interface IngestItemResult {
  index: number;
  status: 'created' | 'edited' | 'unchanged' | 'rejected';
  itemId?: string;
  version?: number;
  error?: { path: string; message: string };
}
