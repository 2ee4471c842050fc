"""Rebuild ../y.jsonl byte for byte: python src_y/build.py"""
import datetime, importlib, json, os, random, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common

BATCHES = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("b_") and f.endswith(".py"))


MOBILE_KIT = {"bodycam_frame": True, "dashcam_frame": True, "cctv_frame": False}
MOBILE_EXIF = {"bodycam": True, "dashcam": True, "phone": True, "drone": True, "cctv": False}


def kit_refs(obj):
    if isinstance(obj, str):
        return [obj[4:]] if obj.startswith("kit:") else []
    if isinstance(obj, dict):
        return [k for v in obj.values() for k in kit_refs(v)]
    if isinstance(obj, list):
        return [k for v in obj for k in kit_refs(v)]
    return []


def fill_from_kit(labels, body):
    """What an image shows (overlay frame, EXIF) settles a context label the text left open."""
    for ref in kit_refs(body):
        name, _, q = ref.partition("?")
        opts = dict(x.split("=") for x in q.split("&")) if q else {}
        if labels["mobile_camera"] is None:
            if name in MOBILE_KIT:
                labels["mobile_camera"] = MOBILE_KIT[name]
            elif opts.get("exif") in MOBILE_EXIF:
                labels["mobile_camera"] = MOBILE_EXIF[opts["exif"]]
        if labels["real_time"] is None and "age" in opts:
            age = int(opts["age"])
            if age <= 120:
                labels["real_time"] = True
            elif age >= 3600:
                labels["real_time"] = False


def main():
    for b in BATCHES:
        importlib.import_module(b)
    rng = random.Random(20261201)
    base = datetime.datetime(2026, 3, 2, 7, 0, 0)
    out = []
    for i, r in enumerate(common.RECORDS, 1):
        ts = base + datetime.timedelta(seconds=rng.randrange(0, 240 * 86400))
        fill_from_kit(r["labels"], r["body"])
        kind, accept, clauses = common.derive(r["tenant"], r["headers"], r["body"], r["labels"])
        rec = {"id": "b6-y-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
               "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
               "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
               "labels": r["labels"], "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        out.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "..", "y.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records")


if __name__ == "__main__":
    main()
