"""Rebuild data/reading/train/n.jsonl byte for byte: python scripts/corpus/n/build.py"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
LANGS = "en fr es de pt it nl pl ja ru tr ko ar hi vi uk id sv el".split()
import importlib
for _l in LANGS:
    importlib.import_module("r_" + _l)  # each appends to common.ALL

rng = random.Random(20261211)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "data", "reading", "train", "n.jsonl")
MOBILE_DEV = {"bodycam", "dashcam", "phone", "drone"}


def fill_from_images(r):
    """Images show context: overlays and EXIF settle labels the text left open."""
    refs = []
    for m in r["body"].get("messages", []):
        if isinstance(m.get("content"), list):
            refs += [p["image_url"]["url"] for p in m["content"] if p.get("type") == "image_url"]
    mob, rts = set(), set()
    for ref in refs:
        name, _, q = ref[4:].partition("?")
        opts = dict(kv.split("=") for kv in q.split("&")) if q else {}
        if name in ("bodycam_frame", "dashcam_frame"):
            mob.add(True)
        elif name == "cctv_frame":
            mob.add(False)
        if "exif" in opts:
            mob.add(opts["exif"] in MOBILE_DEV)
        if "age" in opts:
            age = int(opts["age"])
            if age <= 120:
                rts.add(True)
            elif age >= 3600:
                rts.add(False)
    lab = r["labels"]
    if lab["mobile_camera"] is None and len(mob) == 1:
        lab["mobile_camera"] = mob.pop()
    if lab["real_time"] is None and len(rts) == 1:
        lab["real_time"] = rts.pop()


lines = []
for n, r in enumerate(common.ALL, 1):
    fill_from_images(r)
    kind, expect = common.derive(r["tenant"], r["headers"], r["body"], r["labels"], r["amb"])
    day = rng.randint(0, 300)
    month, dd = 1 + day // 28 % 11, 1 + day % 28
    ts = "2026-%02d-%02dT%02d:%02d:%02dZ" % (month, dd, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    rec = {"id": "tr-n-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
           "received_at": ts, "tenant": r["tenant"], "endpoint": r["endpoint"], "headers": r["headers"],
           "body": r["body"], "labels": r["labels"], "expect": expect, "kind": kind}
    lines.append(json.dumps(rec, ensure_ascii=False))
with open(os.path.normpath(out), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(len(lines), "records")
