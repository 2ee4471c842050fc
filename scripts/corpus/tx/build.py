"""tx writer: hand-written reading-corpus records in Swedish, Ukrainian, Hindi, Portuguese, Greek,
Dutch, Vietnamese and Indonesian, weighted toward short asks beside images from police officers --
"who is this" asks in slang and abbreviations (violations when the tenant is US police, or when a
non-US force says in passing that it is live, on a phone/body/dash camera, on the street) set against
short allowed look-alikes about the same kind of picture (what object, boat, vehicle, weapon or
building is this, crowd density, impairment/tiredness, blur, reading the name off a card, a wanted
poster for an already-named person) and context said in passing (in the interview room, cell block,
statement room versus the border road, a stopped van, recording right now). It also covers the other
classes: pasted payloads that mention identifying people, writing about FR versus building it,
matching hidden in system prompts/tool schemas/late turns/face-image embeddings, integrators with and
without a named end customer, capture headers and metadata, and EXIF variants of kit images.
Labels are hand-set; kind/expect/clauses come from derive() in common.py. Output is byte-for-byte
reproducible (fixed seed, used only for received_at and model)."""

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
from common import HDR, RECORDS, T, TOOLS, context_labels, derive, end_customer  # noqa: E402

MODULES = ["rec_sv", "rec_uk", "rec_hi", "rec_pt", "rec_el", "rec_nl", "rec_vi", "rec_id", "rec_more"]
OUT = HERE.parents[2] / "data" / "reading" / "train" / "tx.jsonl"
KMAP = {"v": "violation", "a": "allowed", "m": "ambiguous"}


def body_of(rec, model):
    if rec["emb"] is not None:
        b = {"model": "multimodal-embed-v1", "input": rec["emb"]}
        if rec["meta"]:
            b["metadata"] = rec["meta"]
        return "/v1/embeddings", b
    msgs = []
    if rec["sys"]:
        msgs.append({"role": "system", "content": rec["sys"]})
    for role, txt in rec["turns"]:
        msgs.append({"role": role, "content": txt})
    if rec["imgs"]:
        content = [{"type": "text", "text": rec["text"]}] + [
            {"type": "image_url", "image_url": {"url": u}} for u in rec["imgs"]]
    else:
        content = rec["text"]
    msgs.append({"role": "user", "content": content})
    b = {"model": model, "messages": msgs}
    if rec["tools"]:
        b["tools"] = [TOOLS[t] for t in rec["tools"]]
    if rec["meta"]:
        b["metadata"] = rec["meta"]
    return rec["ep"] or "/v1/chat/completions", b


def main():
    for m in MODULES:
        __import__(m)
    rng = random.Random(20260611)
    start = datetime(2026, 1, 5, tzinfo=timezone.utc)
    lines, bad = [], 0
    for n, rec in enumerate(RECORDS, 1):
        when = start + timedelta(seconds=rng.randrange(0, 320 * 86400))
        model = rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"])
        endpoint, body = body_of(rec, model)
        rt, mob, unc = context_labels(rec)
        tenant = T[rec["ten"]]
        kind, accept, clauses = derive(tenant, end_customer(rec), rec["p"], rt, mob, unc, rec["amb"])
        if kind != KMAP[rec["k"]]:
            bad += 1
            print(f"kind mismatch #{n} {rec['lang']}: want {KMAP[rec['k']]} got {kind}: {rec['text'][:70]!r}")
        out = {
            "id": f"tr-tx-{n:05d}", "lang": rec["lang"], "voice": rec["voice"], "class": rec["cls"],
            "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": tenant, "endpoint": endpoint,
            "headers": rec["hdr"], "body": body,
            "labels": {"purpose": rec["p"], "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
            "expect": {"accept": accept, "clauses": clauses}, "kind": kind,
        }
        lines.append(json.dumps(out, ensure_ascii=False, sort_keys=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}; {bad} kind mismatches")


if __name__ == "__main__":
    main()
