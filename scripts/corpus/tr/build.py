"""Build data/reading/train/tr.jsonl from recs_*.py. Deterministic (fixed seed)."""
import importlib, json, os, random, sys, glob
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "data", "reading", "train", "tr.jsonl"))
MODELS = ["gpt-4o", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-2024-08-06"]


def content(text, imgs, responses=False):
    if not imgs:
        return text
    parts = [{"type": "input_text" if responses else "text", "text": text}] if text else []
    for im in imgs:
        if responses:
            parts.append({"type": "input_image", "image_url": im})
        else:
            parts.append({"type": "image_url", "image_url": {"url": im}})
    return parts


def make(spec, idx, rng):
    base = datetime(2026, 1, 5, tzinfo=timezone.utc)
    when = base + timedelta(days=rng.randint(0, 320), seconds=rng.randint(6 * 3600, 23 * 3600))
    t = common.TEN[spec["tenant"]]
    imgs = spec["img"] if isinstance(spec["img"], list) else ([spec["img"]] if spec["img"] else [])
    model = spec["model"] or rng.choice(MODELS)
    headers = dict(spec["headers"])
    if spec["ec"]:
        headers["X-Usegate-End-Customer"] = spec["ec"]
    ep = spec["endpoint"]
    if spec["body"] is not None:
        body = spec["body"]
        body.setdefault("model", model)
    elif ep == "/v1/responses":
        body = {"model": model, "input": [{"role": "user", "content": content(spec["ask"], imgs, True)
                                             if imgs else spec["ask"]}]}
        if spec["system"]:
            body["instructions"] = spec["system"]
    else:
        msgs = []
        if spec["system"]:
            msgs.append({"role": "system", "content": spec["system"]})
        for role, txt in spec["turns"] or []:
            msgs.append({"role": role, "content": txt})
        msgs.append({"role": "user", "content": content(spec["ask"], imgs)})
        body = {"model": model, "messages": msgs}
    if spec["tools"]:
        body["tools"] = spec["tools"]
    if spec["meta"]:
        body["metadata"] = spec["meta"]
    kind, expect = common.derive(t, spec["labels"], headers.get("X-Usegate-End-Customer") or
                                 (spec["meta"] or {}).get("end_customer"), spec["kind"])
    return {"id": "tr-tr-%05d" % idx, "lang": spec["lang"], "voice": spec["voice"], "class": spec["class"],
            "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": t, "endpoint": ep,
            "headers": headers, "body": body, "labels": spec["labels"], "expect": expect, "kind": kind}


def main():
    rng = random.Random(20261201)
    specs = []
    for path in sorted(glob.glob(os.path.join(HERE, "recs_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        specs.extend(mod.RECS)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, s in enumerate(specs, 1):
            f.write(json.dumps(make(s, i, rng), ensure_ascii=False, sort_keys=False) + "\n")
    print(len(specs), "records ->", OUT)


if __name__ == "__main__":
    main()
