import { describe, expect, it } from 'vitest';
import { contentHash, normaliseContent } from '../src/items/content-hash.js';
import { diffContent } from '../src/items/item-diff.js';
import { validateIncomingItem } from '../src/items/item-validate.js';

describe('validateIncomingItem', () => {
  it('accepts a complete item', () => {
    expect(validateIncomingItem({
      platform: 'x', platformItemId: '1', kind: 'share', authorHandle: '@budi', postedAt: '2024-10-01T09:00:00+07:00', text: 'Setuju!',
      target: { authorHandle: 'ridwankamil', text: 'Program RIDO', url: 'https://x.com/rk/1' }, media: [{ type: 'image', sha256: 'a'.repeat(64) }],
      url: 'https://x.com/budi/1', raw: { anything: true },
    }, 0)).toEqual([]);
  });

  it('reports every problem with a JSON-pointer path under the item index', () => {
    const problems = validateIncomingItem({
      platform: 'myspace', kind: 'tweet', postedAt: '2024-10-01 09:00', text: 5, target: { text: 'x' },
      media: [{ url: 'ftp://a' }], colour: 'kuning',
    }, 3);
    expect(problems.map((p) => p.path).sort()).toEqual([
      '/3/authorHandle', '/3/colour', '/3/kind', '/3/media/0/type', '/3/media/0/url', '/3/platform', '/3/platformItemId', '/3/postedAt', '/3/target/authorHandle', '/3/text',
    ]);
    expect(problems.find((p) => p.path === '/3/postedAt')?.message).toContain('offset');
    expect(validateIncomingItem('nope', 7)).toEqual([{ path: '/7', message: 'must be an object' }]);
  });

  it('rejects the NUL character, which PostgreSQL text cannot hold, with the path of each field carrying it', () => {
    const problems = validateIncomingItem({
      platform: 'x', platformItemId: 'a\u0000b', kind: 'share', authorHandle: 'budi', postedAt: '2024-10-01T09:00:00+07:00', text: 'halo\u0000',
      target: { authorHandle: 'kpu', text: 'x\u0000' }, media: [{ type: 'image', alt: '\u0000' }],
    }, 2);
    expect(problems.map((p) => p.path).sort()).toEqual(['/2/media/0/alt', '/2/platformItemId', '/2/target/text', '/2/text']);
    expect(problems[0]!.message).toMatch(/NUL/);
  });
});

describe('content hash and diff', () => {
  it('ignores line-ending, outer whitespace, handle @ and key order; sees real changes', () => {
    const a = normaliseContent({ text: 'Halo\r\nsemua ', target: { authorHandle: '@kpu', text: 'Ayo' } });
    const b = normaliseContent({ text: ' Halo\nsemua', target: { text: 'Ayo', authorHandle: 'kpu' } });
    expect(contentHash(a)).toBe(contentHash(b));
    const c = normaliseContent({ text: 'Halo semua', target: { authorHandle: 'kpu', text: 'Ayo' }, media: [{ type: 'image' }] });
    expect(contentHash(c)).not.toBe(contentHash(a));
    expect(diffContent(a, c)).toEqual({ text: { before: 'Halo\nsemua', after: 'Halo semua' }, media: { before: [], after: [{ type: 'image' }] } });
  });
});
