// What kind of account wrote the target of a share, like or comment, from its handle alone.
// A neutral comment under a news outlet's report on a rally is not support; the same words
// under a volunteer group's post are. Contest-independent: handles are matched by pattern.

export type TargetSource = 'news' | 'election_body' | 'government' | 'supporters';

const ELECTION_BODY = /kpu|bawaslu|panwas|kasn|dkpp/;
const GOVERNMENT = /pemkot|pemkab|pemprov|humas|diskominfo|kominfo|komdigi|bkn|bkpsdm|bkd|kemendagri|menpan|setda|dinas|polres|polda|kodim/;
const NEWS = /news|update|today|terkini|online|daily|berita|post$|post\b|pos$|pos\b|\.co$|tribun|detik|kompas|antara|tempo|cnn|cnbc|okezone|liputan|kumparan|suara|jawapos|republika|media|tv$|tv\b|radio|koran|harian|times|warta|info[._]|^info|\.id$|\.com$|idntimes|inews|metro|sindo/;
const SUPPORTERS = /relawan|pendukung|simpatisan|fans|lovers|sahabat|barisan|laskar|sedulur|milenial|emak|srikandi|garda|pejuang|tim[._]?sukses|timses|pemenangan|bersatu|for[._]|untuk/;

// Handles repeat (many ASN like and share the same accounts): each is classified once.
const known = new Map<string, TargetSource | undefined>();

export function targetSource(handle: string | undefined): TargetSource | undefined {
  if (!handle) return undefined;
  if (known.has(handle)) return known.get(handle);
  const source = classifyHandle(handle);
  if (known.size >= 10_000) known.clear();
  known.set(handle, source);
  return source;
}

function classifyHandle(handle: string): TargetSource | undefined {
  const h = handle.toLowerCase();
  if (ELECTION_BODY.test(h)) return 'election_body';
  if (SUPPORTERS.test(h)) return 'supporters';
  if (GOVERNMENT.test(h)) return 'government';
  if (NEWS.test(h)) return 'news';
  return undefined;
}
