import json, sys, glob, importlib.util, os
sys.path.insert(0, os.path.dirname(__file__))
import h
files = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "b[0-9][0-9]_*.py")))
for f in files:
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
with open(str(__import__("pathlib").Path(__file__).resolve().parents[1] / "q.jsonl"), "w", encoding="utf-8") as out:
    for i, r in enumerate(h.RECS, 1):
        r = {"id": f"b3-q-{i:05d}", **r}
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(h.RECS), Counter(r["lang"] for r in h.RECS))
print(Counter(r["kind"] for r in h.RECS), Counter(r["class"] for r in h.RECS))
