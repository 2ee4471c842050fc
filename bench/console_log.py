"""A synthetic audit log for the console's benchmark and screenshots: records shaped as
the gateway writes them (signals with evidence, clauses, contradictions, reviews and
chained verdicts), spread over a period, written through the store's group commit."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta

from usegate.audit.record import AuditRecord, VerdictRecord
from usegate.audit.store import AuditStore

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
TENANTS = [
    ("spd", 0.06),
    ("hpd", 0.04),
    ("pol-nrw", 0.05),
    ("met-police", 0.03),
    ("lensco", 0.08),
    ("shopco", 0.18),
    ("acme-retail", 0.14),
    ("newsroom", 0.10),
    ("uni-lab", 0.07),
    ("city-council", 0.07),
    ("clinic-net", 0.09),
    ("transit-auth", 0.09),
]
POLICE = {"spd", "hpd"}
LE = {"spd", "hpd", "pol-nrw", "met-police"}


def _sig(value: bool | None, conf: float, *evidence: str) -> dict[str, object]:
    return {"value": "unknown" if value is None else value, "confidence": conf, "evidence": list(evidence)}


def record(rng: random.Random, i: int, at: datetime, prefix: str = "") -> AuditRecord:
    names, weights = zip(*TENANTS, strict=True)
    tenant = rng.choices(names, weights)[0]
    roll = rng.random()
    sha = hashlib.sha256(f"body-{i}".encode()).hexdigest()
    signals: dict[str, object] = {
        "for_us_police": _sig(tenant in POLICE, 1.0, f"tenant `{tenant}` (registry)"),
    }
    clauses: list[str] = []
    contradictions: list[str] = []
    decision, action, upstream = "allow", "forwarded", 200
    if tenant in LE and roll < 0.35:
        signals["law_enforcement"] = _sig(True, 1.0, f"tenant `{tenant}` (registry)")
        signals["facial_recognition"] = _sig(
            True, 0.95, "text (messages[0].content): recognition cue 'who is this person': 'who is the man'"
        )
        if tenant in POLICE:
            decision, clauses = "deny", [C1]
        else:
            signals["real_time"] = _sig(True, 0.8, "declared X-Usegate-Capture-Mode: live")
            signals["mobile_camera"] = _sig(
                True, 0.9, "text (messages[0].content): mobile_camera cue 'bodycam'"
            )
            signals["uncontrolled"] = _sig(None, 0.0, "no evidence")
            decision, clauses = "review", [C2]
    elif tenant == "lensco" and roll < 0.3:
        signals["for_us_police"] = _sig(None, 0.3, "integrator `lensco` names no end customer")
        signals["facial_recognition"] = _sig(
            True, 0.9, "text (messages[0].content): recognition cue 'face gallery'"
        )
        decision, clauses = "review", [C1, C2]
        if roll < 0.05:
            contradictions.append(
                "for_us_police: declared end customer `shopco` but the text speaks as police"
            )
    elif roll < 0.01:
        contradictions.append(
            "real_time: declared X-Usegate-Capture-Mode: recorded but 'right now' in the text"
        )
    if decision != "allow":
        action, upstream = "refused", None
    return AuditRecord(
        decision_id=hashlib.md5(f"{prefix}d{i}".encode()).hexdigest(),
        time=at.isoformat(timespec="microseconds").replace("+00:00", "Z"),
        tenant=tenant,
        endpoint=rng.choice(["/v1/chat/completions"] * 8 + ["/v1/embeddings", "/v1/images/edits"]),
        decision=decision,
        pack="azure-openai-coc@2024-05-01",
        model="gpt-4o",
        clauses=clauses,
        signals=signals,
        contradictions=contradictions,
        action=action,
        latency_ms={"decision": round(rng.uniform(0.05, 3.0), 3), "gateway": round(rng.uniform(0.3, 5.0), 3)},
        upstream_status=upstream,
        request={"method": "POST", "size": rng.randint(200, 9000), "sha256": sha, "files": []},
        review=decision == "review",
    )


def fill(
    store: AuditStore,
    n: int,
    *,
    days: float = 30.0,
    end: datetime | None = None,
    seed: int = 7,
    batch: int = 5000,
    settle: float = 0.7,
    prefix: str = "",
) -> list[str]:
    """Write `n` decisions spread evenly over `days` up to `end`; a share `settle` of the
    reviews older than a day get a chained verdict. Returns the ids of the reviews."""
    rng = random.Random(seed)
    end = end or datetime.now(UTC)
    start = end - timedelta(days=days)
    step = (end - start) / max(n, 1)
    reviews: list[tuple[str, datetime]] = []
    pending: list[AuditRecord | VerdictRecord] = []
    for i in range(n):
        at = start + step * i
        rec = record(rng, i, at, prefix)
        pending.append(rec)
        if rec.review:
            reviews.append((rec.decision_id, at))
            if at < end - timedelta(days=1) and rng.random() < settle:
                verdict = "approved" if rng.random() < 0.6 else "rejected"
                when = at + timedelta(minutes=rng.uniform(5, 600))
                pending.append(
                    VerdictRecord(
                        decision_id="v-" + hashlib.md5(f"{prefix}v{i}".encode()).hexdigest(),
                        time=when.isoformat(timespec="microseconds").replace("+00:00", "Z"),
                        tenant=rec.tenant,
                        decision=verdict,
                        review_of=rec.decision_id,
                        reviewer=rng.choice(["alice", "bob", "chidi"]),
                        note="checked against the contract"
                        if verdict == "approved"
                        else "identification in the wild",
                        body_sha256=rec.request["sha256"],
                    )
                )
        if len(pending) >= batch:
            store.append_batch(pending)
            pending = []
    if pending:
        store.append_batch(pending)
    return [d for d, _ in reviews]
