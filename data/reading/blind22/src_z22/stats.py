import sys, collections, importlib
from common import derive
for m in sys.argv[1:]:
    mod = importlib.import_module(m)
    c=collections.Counter(); k=collections.Counter(); ck=collections.Counter(); shapes=collections.Counter()
    for r in mod.RECS:
        c[r['class']]+=1; kk=derive(r)[0]; k[kk]+=1; ck[(r['class'],kk)]+=1
        b=r['body']; ms=b.get('messages') or []
        multi = len([x for x in ms if x['role']!='user'])>0 or 'tools' in b or r['endpoint']!='/v1/chat/completions'
        shapes['structured' if multi else 'single']+=1
    n=len(mod.RECS)
    print(m, n, dict(c), dict(k), 'viol%.0f%% amb%.0f%%'%(100*k['violation']/n,100*k['ambiguous']/n), dict(shapes), dict(collections.Counter(r['endpoint'] for r in mod.RECS)))
