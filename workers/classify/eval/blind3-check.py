# Sanity check for the blind3 sets (shapes, ids, counts, regions apply, labelled candidates exist). Run: python3 blind3-check.py
import json,collections,sys
B='/work/main/workers/classify/eval'
for s in ['aceh','medan','ntt']:
    d=f'{B}/blind3-{s}'
    C=json.load(open(f'{d}/contests.json'))
    I=[json.loads(l) for l in open(f'{d}/items.jsonl')]
    L=[json.loads(l) for l in open(f'{d}/labels.jsonl')]
    assert len(I)==len(L)==100 and [i['id'] for i in I]==[l['id'] for l in L]
    assert len(set(i['id'] for i in I))==100
    handles={a['handle']:(c['id'],k['number']) for c in C for k in c['candidates'] for a in k['accounts']}
    cnt=collections.Counter(); kinds=collections.Counter(); st=collections.Counter()
    for i,l in zip(I,L):
        rc=i['author']['region_code']
        app=[c for c in C if rc==c['region']['code'] or rc.startswith(c['region']['code']+'.')]
        assert app,(i['id'],rc)
        assert i['created_at'][:10]>='2024-09-20' and i['created_at'][:10]<='2024-12-01'
        if i['kind']=='like': assert i['text']=='' and 'target' in i
        if i['kind'] in('comment','share'): assert 'target' in i,i['id']
        if l['partisan']:
            assert l['stance'] in('support','oppose') and l['category']
            if l['category']=='attacking': assert l['stance']=='oppose'
            else: assert l['stance']=='support'
            if l['candidate'] is not None:
                assert any(l['candidate']==k['number'] for c in app for k in c['candidates']),i['id']
        else: assert l['candidate'] is None and l['stance'] is None and l['category'] is None
        cnt[l['category']]+=1; kinds[i['kind']]+=1; st[l['stance']]+=1
        # warn if target is official account and label non-partisan
        if 'target' in i and i['target']['author_handle'] in handles and not l['partisan']: print('WARN official target non-partisan',i['id'])
    print(s,dict(cnt),dict(st),dict(kinds),'partisan',sum(l['partisan'] for l in L))
