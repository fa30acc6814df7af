// Shape checks for items and contests with paths a person can act on
// ("author.region_code: expected a Kemendagri code like \"31\" or \"63.71\"").

export interface ValidationError {
  path: string;
  message: string;
}

const KINDS = new Set(['post', 'comment', 'like', 'share']);
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const ISO_WITH_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const LEVELS = new Set(['provinsi', 'kabupaten', 'kota']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function requireString(obj: Record<string, unknown>, key: string, path: string, errors: ValidationError[], allowEmpty = false): void {
  const v = obj[key];
  if (typeof v !== 'string') errors.push({ path: path + key, message: 'expected a string' });
  else if (!allowEmpty && v.trim() === '') errors.push({ path: path + key, message: 'must not be empty' });
}

export function validateItem(obj: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  if (!isObject(obj)) return [{ path: '', message: 'expected a JSON object' }];
  requireString(obj, 'id', '', errors);
  requireString(obj, 'platform', '', errors);
  if (typeof obj.kind !== 'string' || !KINDS.has(obj.kind)) errors.push({ path: 'kind', message: 'expected one of post, comment, like, share' });
  if (!isObject(obj.author)) errors.push({ path: 'author', message: 'expected an object { id, region_code }' });
  else {
    requireString(obj.author, 'id', 'author.', errors);
    const code = obj.author.region_code;
    if (typeof code !== 'string' || !REGION_CODE.test(code)) {
      errors.push({ path: 'author.region_code', message: 'expected a Kemendagri code like "31" or "63.71"' });
    }
  }
  const created = obj.created_at;
  if (typeof created !== 'string' || !ISO_WITH_TIME.test(created) || Number.isNaN(Date.parse(created))) {
    errors.push({ path: 'created_at', message: 'expected an ISO 8601 date-time like "2024-10-01T09:00:00+07:00"' });
  }
  requireString(obj, 'text', '', errors, true);
  if (obj.target !== undefined) {
    if (!isObject(obj.target)) errors.push({ path: 'target', message: 'expected an object { author_handle, text }' });
    else {
      requireString(obj.target, 'author_handle', 'target.', errors, true);
      requireString(obj.target, 'text', 'target.', errors, true);
    }
  } else if (obj.kind === 'like' || obj.kind === 'share' || obj.kind === 'comment') {
    errors.push({ path: 'target', message: `a ${String(obj.kind)} needs the target it engages with` });
  }
  if (obj.media !== undefined) {
    if (!Array.isArray(obj.media)) errors.push({ path: 'media', message: 'expected an array' });
    else obj.media.forEach((m, i) => {
      if (!isObject(m) || typeof m.type !== 'string') errors.push({ path: `media[${i}].type`, message: 'expected a string' });
    });
  }
  return errors;
}

function stringArray(obj: Record<string, unknown>, key: string, path: string, errors: ValidationError[]): void {
  const v = obj[key];
  if (v === undefined) return;
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) errors.push({ path: path + key, message: 'expected an array of strings' });
}

export function validateContests(obj: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  if (!Array.isArray(obj)) return [{ path: '', message: 'expected a JSON array of contests' }];
  const ids = new Set<string>();
  obj.forEach((c, i) => {
    const p = `[${i}].`;
    if (!isObject(c)) {
      errors.push({ path: `[${i}]`, message: 'expected a contest object' });
      return;
    }
    requireString(c, 'id', p, errors);
    if (typeof c.id === 'string') {
      if (ids.has(c.id)) errors.push({ path: p + 'id', message: `duplicate contest id "${c.id}"` });
      ids.add(c.id);
    }
    requireString(c, 'name', p, errors);
    if (typeof c.level !== 'string' || !LEVELS.has(c.level)) errors.push({ path: p + 'level', message: 'expected provinsi, kabupaten or kota' });
    if (!isObject(c.region) || typeof c.region.code !== 'string' || !REGION_CODE.test(c.region.code)) {
      errors.push({ path: p + 'region.code', message: 'expected a Kemendagri code like "31" or "63.71"' });
    }
    if (isObject(c.region)) requireString(c.region, 'name', p + 'region.', errors);
    for (const key of ['campaign_start', 'campaign_end', 'voting_day']) {
      const v = c[key];
      if (typeof v !== 'string' || !DATE_ONLY.test(v) || Number.isNaN(Date.parse(v))) errors.push({ path: p + key, message: 'expected a date YYYY-MM-DD' });
    }
    if (!Array.isArray(c.candidates) || c.candidates.length === 0) {
      errors.push({ path: p + 'candidates', message: 'expected a non-empty array of pairs' });
      return;
    }
    const numbers = new Set<number>();
    c.candidates.forEach((cand, j) => {
      const q = `${p}candidates[${j}].`;
      if (!isObject(cand)) {
        errors.push({ path: q.slice(0, -1), message: 'expected a pair object' });
        return;
      }
      if (typeof cand.number !== 'number' || !Number.isInteger(cand.number) || cand.number < 1) {
        errors.push({ path: q + 'number', message: 'expected a ballot number (integer >= 1)' });
      } else if (numbers.has(cand.number)) errors.push({ path: q + 'number', message: `duplicate ballot number ${cand.number}` });
      else numbers.add(cand.number);
      requireString(cand, 'head', q, errors);
      requireString(cand, 'deputy', q, errors, true);
      for (const key of ['aliases', 'parties', 'slogans', 'hashtags', 'colors']) stringArray(cand, key, q, errors);
      if (cand.accounts !== undefined) {
        if (!Array.isArray(cand.accounts)) errors.push({ path: q + 'accounts', message: 'expected an array of { platform, handle }' });
        else cand.accounts.forEach((a, k) => {
          if (!isObject(a) || typeof a.handle !== 'string' || typeof a.platform !== 'string') {
            errors.push({ path: `${q}accounts[${k}]`, message: 'expected { platform, handle }' });
          }
        });
      }
    });
  });
  return errors;
}
