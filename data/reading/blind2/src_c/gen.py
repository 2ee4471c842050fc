import json, os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core
LANGS = "en fr es de pt it nl pl ja ru tr ko ar hi vi uk id sv el".split()
for l in LANGS:
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases_%s.py" % l)
    if os.path.exists(p):
        importlib.import_module("cases_%s" % l)
importlib.import_module("cases_zx")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c.jsonl")
recs = [core.build(i + 1, c) for i, c in enumerate(core.CASES)]
tmp = out + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
os.replace(tmp, out)
print(len(recs))
