"""Counts of a labelled reading corpus (for its DATASHEET): language × kind, class × kind,
purposes, voices, endpoints, request shapes.

    python scripts/corpus_stats.py data/reading/train

Prints Markdown. Only counts: safe to run on the blind split too.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

KINDS = ("violation", "allowed", "ambiguous")


def main() -> None:
    rows = []
    for arg in sys.argv[1:]:
        p = Path(arg)
        for f in sorted(p.glob("*.jsonl")) if p.is_dir() else [p]:
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    r["_file"] = f.stem
                    rows.append(r)
    print(f"{len(rows)} records from writers {', '.join(sorted({r['_file'] for r in rows}))}\n")
    for field in ("lang", "class"):
        c = Counter((r.get(field), r.get("kind")) for r in rows)
        keys = sorted({k for k, _ in c})
        print(f"| {field} | " + " | ".join(KINDS) + " | total |")
        print("|---" * (len(KINDS) + 2) + "|")
        for k in keys:
            n = [c[(k, kd)] for kd in KINDS]
            print(f"| {k} | " + " | ".join(map(str, n)) + f" | {sum(n)} |")
        print()
    for field, top in (("purpose", 10), ("voice", 40), ("endpoint", 10)):
        if field == "purpose":
            c = Counter(r.get("labels", {}).get("purpose") for r in rows)
        else:
            c = Counter(r.get(field) for r in rows)
        print(f"**{field}**: " + ", ".join(f"{k} {v}" for k, v in c.most_common(top)) + "\n")
    shapes = Counter()
    for r in rows:
        body = r.get("body") or {}
        msgs = body.get("messages") or []
        shapes["system prompt or instructions"] += (
            any(m.get("role") in ("system", "developer") for m in msgs if isinstance(m, dict))
            or "instructions" in body
        )
        shapes["tools"] += bool(body.get("tools") or body.get("functions"))
        shapes["several user turns"] += (
            sum(1 for m in msgs if isinstance(m, dict) and m.get("role") == "user") > 1
        )
        shapes["images"] += "kit:" in json.dumps(body)
        shapes["declaration headers"] += any(
            k.lower().startswith("x-usegate-") for k in (r.get("headers") or {})
        )
    print("**shapes**: " + ", ".join(f"{k} {v}" for k, v in shapes.items()))


if __name__ == "__main__":
    main()
