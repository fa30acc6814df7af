# Sanity check for hand-written labelled sets (shapes, ids, counts, regions apply, labelled
# candidates exist, label fields agree). Run: python3 check-sets.py DIR [DIR ...]
# Each DIR holds contests.json, items.jsonl and labels.jsonl in the worked examples' format.
import json, collections, sys

def check(d):
    C = json.load(open(f'{d}/contests.json'))
    I = [json.loads(l) for l in open(f'{d}/items.jsonl') if l.strip()]
    L = [json.loads(l) for l in open(f'{d}/labels.jsonl') if l.strip()]
    assert len(I) == len(L) and [i['id'] for i in I] == [l['id'] for l in L], 'items and labels differ in ids or order'
    assert len(set(i['id'] for i in I)) == len(I), 'duplicate ids'
    handles = {a['handle']: (c['id'], k['number']) for c in C for k in c['candidates'] for a in k['accounts']}
    cnt, kinds, st = collections.Counter(), collections.Counter(), collections.Counter()
    for i, l in zip(I, L):
        rc = i['author']['region_code']
        app = [c for c in C if rc == c['region']['code'] or rc.startswith(c['region']['code'] + '.')]
        assert app, (i['id'], 'no contest applies to region', rc)
        assert '2024-09-01' <= i['created_at'][:10] <= '2024-12-31', (i['id'], 'date')
        assert i['kind'] in ('post', 'comment', 'share', 'like'), (i['id'], 'kind')
        if i['kind'] == 'like': assert i['text'] == '' and 'target' in i, (i['id'], 'like needs empty text and a target')
        if i['kind'] in ('comment', 'share'): assert 'target' in i, (i['id'], 'needs a target')
        if l['partisan']:
            assert l['stance'] in ('support', 'oppose') and l.get('category'), (i['id'], 'partisan needs stance and category')
            assert (l.get('category') == 'attacking') == (l['stance'] == 'oppose'), (i['id'], 'attacking <=> oppose')
            if l['candidate'] is not None:
                assert any(l['candidate'] == k['number'] for c in app for k in c['candidates']), (i['id'], 'candidate not in an applicable contest')
        else:
            assert l['candidate'] is None and l['stance'] is None and l.get('category') is None, (i['id'], 'non-partisan carries no candidate/stance/category')
        cnt[l.get('category')] += 1; kinds[i['kind']] += 1; st[l['stance']] += 1
        if 'target' in i and i['target']['author_handle'] in handles and not l['partisan']:
            print('WARN official account target labelled non-partisan', i['id'])
    print(d, 'items', len(I), 'partisan', sum(l['partisan'] for l in L), dict(cnt), dict(st), dict(kinds))

for d in sys.argv[1:]:
    check(d.rstrip('/'))
