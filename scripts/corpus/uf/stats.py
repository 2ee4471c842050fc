import sys, collections, importlib
sys.path.insert(0, '.')
from common import derive
for m in sys.argv[1:]:
    mod = importlib.import_module(m)
    k = collections.Counter(); c = collections.Counter(); v=collections.Counter()
    for r in mod.RECORDS:
        kind, _ = derive(r["tenant"], r["headers"], r["body"], r["labels"], r["doubt"])
        k[kind]+=1; c[r["class"]]+=1; v[r["voice"]]+=1
    print(m, len(mod.RECORDS), dict(k)); print("  ", dict(c)); print("  ", dict(v))
