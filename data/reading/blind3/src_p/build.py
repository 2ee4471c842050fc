import sys, json, glob, importlib, os
sys.path.insert(0, os.path.dirname(__file__))
import h
files = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "b[0-9][0-9]_*.py")))
for f in files:
    name = os.path.basename(f)[:-3]
    importlib.import_module(name)
with open(str(__import__("pathlib").Path(__file__).resolve().parents[1] / "p.jsonl"), "w", encoding="utf-8") as out:
    for i, r in enumerate(h.RECS, 1):
        r["id"] = f"b3-p-{i:05d}"
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(h.RECS), Counter(r["lang"] for r in h.RECS), Counter(r["kind"] for r in h.RECS))
