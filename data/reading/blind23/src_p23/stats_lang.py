import sys, collections, importlib
from common import derive
m = importlib.import_module("lang_" + sys.argv[1])
rs = m.records()
print(len(rs))
c = collections.Counter((r['class'], derive(r['tenant'], r['headers'], r['body'], r['labels'])[0]) for r in rs)
for k in sorted(c): print(" ", k, c[k])
print(collections.Counter(r['class'] for r in rs))
print(collections.Counter(derive(r['tenant'], r['headers'], r['body'], r['labels'])[0] for r in rs))
for i, r in enumerate(rs):
    d = derive(r['tenant'], r['headers'], r['body'], r['labels'])
    if d[0] != 'allowed':
        pass
    L = r['labels']
    if L['purpose'] in ('identification','verification','gallery') and r['tenant']['sector']=='law_enforcement' and d[0]=='allowed' and False not in (L['real_time'],L['mobile_camera'],L['unrelated'] if False else L['uncontrolled']):
        print("SOFT", i, r['tenant']['id'], L)
