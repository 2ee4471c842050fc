import sys, json, importlib
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
import h
mods = sys.argv[1:]
for m in mods:
    importlib.import_module(m)
with open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "u.jsonl"), "w", encoding="utf-8") as f:
    for i, r in enumerate(h.RECS, 1):
        r["id"] = f"b4-u-{i:05d}"
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(h.RECS))
