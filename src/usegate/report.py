"""The compliance report for a period: decisions by outcome, clause and tenant, review
turnaround, contradicted declarations, grants and rejections, and the hash chain's
verification, as JSON, CSV or a self-contained HTML page. Reads the log only."""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from markupsafe import escape

from usegate.audit.store import AuditStore, verify

OUTCOMES = ("allow", "review", "deny")


def _instant(value: Any) -> datetime | None:
    if not value:
        return None
    at = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return at if at.tzinfo else at.replace(tzinfo=UTC)


@dataclass
class Report:
    since: str | None
    until: str | None
    generated: str
    outcomes: Counter[str] = field(default_factory=Counter)
    clauses: dict[str, Counter[str]] = field(default_factory=dict)
    tenants: dict[str, Counter[str]] = field(default_factory=dict)
    packs: Counter[str] = field(default_factory=Counter)
    contradictions: list[dict[str, Any]] = field(default_factory=list)
    contradicted: int = 0
    granted: int = 0
    rejected_denies: int = 0
    reviews_queued: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    turnaround_s: list[float] = field(default_factory=list)
    pending: int = 0
    chain_ok: bool = True
    chain_records: int = 0
    chain_problems: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())

    def turnaround(self) -> dict[str, float | int | None]:
        t = sorted(self.turnaround_s)
        if not t:
            return {"settled": 0, "median_s": None, "p90_s": None, "max_s": None}
        return {
            "settled": len(t),
            "median_s": round(statistics.median(t), 1),
            "p90_s": round(t[min(len(t) - 1, int(0.9 * len(t)))], 1),
            "max_s": round(t[-1], 1),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "period": {"since": self.since, "until": self.until},
            "generated": self.generated,
            "decisions": {"total": self.total, **{o: self.outcomes.get(o, 0) for o in OUTCOMES}},
            "by_clause": {c: dict(v) for c, v in sorted(self.clauses.items())},
            "by_tenant": {t: dict(v) for t, v in sorted(self.tenants.items())},
            "packs": dict(self.packs),
            "reviews": {
                "queued": self.reviews_queued,
                "pending": self.pending,
                "verdicts": dict(self.verdicts),
                "turnaround": self.turnaround(),
                "granted_retries": self.granted,
                "denied_after_rejection": self.rejected_denies,
            },
            "contradictions": {"count": self.contradicted, "decisions": self.contradictions},
            "chain": {"ok": self.chain_ok, "records": self.chain_records, "problems": self.chain_problems},
        }


def build(store: AuditStore, *, since: str | None = None, until: str | None = None) -> Report:
    lo, hi = _instant(since), _instant(until)
    report = Report(since, until, datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"))
    received: dict[str, datetime] = {}  # reviewed decision -> when it was received
    first_verdict: dict[str, datetime] = {}
    for row in store.rows():
        record = orjson.loads(row.data)
        when = _instant(record.get("time"))
        in_period = when is None or ((lo is None or when >= lo) and (hi is None or when < hi))
        if record.get("kind") == "verdict":
            of = str(record.get("review_of"))
            if of in received and when is not None:
                report.verdicts[str(record.get("decision"))] += 1
                first_verdict.setdefault(of, when)
            continue
        if not in_period:
            continue
        decision = str(record.get("decision"))
        report.outcomes[decision] += 1
        tenant = str(record.get("tenant"))
        report.tenants.setdefault(tenant, Counter())[decision] += 1
        for clause in record.get("clauses") or ():
            report.clauses.setdefault(clause, Counter())[decision] += 1
        for pack in str(record.get("pack") or "").split(","):
            if pack:
                report.packs[pack] += 1
        if record.get("contradictions"):
            report.contradicted += 1
            if len(report.contradictions) < 200:
                report.contradictions.append(
                    {
                        "decision_id": record.get("decision_id"),
                        "time": record.get("time"),
                        "tenant": tenant,
                        "decision": decision,
                        "contradictions": record.get("contradictions"),
                    }
                )
        if record.get("grant"):
            report.granted += 1
        if record.get("rejected_review"):
            report.rejected_denies += 1
        if decision == "review" and when is not None:
            report.reviews_queued += 1
            received[str(record.get("decision_id"))] = when
    report.turnaround_s = [(first_verdict[d] - received[d]).total_seconds() for d in first_verdict]
    report.pending = sum(1 for d in received if d not in first_verdict)
    result = verify(store)
    report.chain_ok, report.chain_records, report.chain_problems = (
        result.ok,
        result.count,
        list(result.problems),
    )
    return report


def to_csv(report: Report) -> str:
    """One row per (section, key, outcome): easy to pivot in a spreadsheet."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["section", "key", "outcome", "count"])
    for o in OUTCOMES:
        w.writerow(["decisions", "all", o, report.outcomes.get(o, 0)])
    for clause, counts in sorted(report.clauses.items()):
        for o, n in sorted(counts.items()):
            w.writerow(["clause", clause, o, n])
    for tenant, counts in sorted(report.tenants.items()):
        for o, n in sorted(counts.items()):
            w.writerow(["tenant", tenant, o, n])
    for verdict, n in sorted(report.verdicts.items()):
        w.writerow(["review", "verdicts", verdict, n])
    w.writerow(["review", "pending", "", report.pending])
    for k, v in report.turnaround().items():
        w.writerow(["review", "turnaround", k, "" if v is None else v])
    w.writerow(["review", "granted_retries", "", report.granted])
    w.writerow(["review", "denied_after_rejection", "", report.rejected_denies])
    w.writerow(["contradictions", "decisions", "", report.contradicted])
    w.writerow(["chain", "ok" if report.chain_ok else "broken", "records", report.chain_records])
    for problem in report.chain_problems:
        w.writerow(["chain", "problem", problem, ""])
    return out.getvalue()


def to_html(report: Report) -> str:
    data = report.to_json()

    def table(title: str, rows: dict[str, dict[str, int]]) -> str:
        head = "".join(f"<th>{o}</th>" for o in OUTCOMES)
        body = "".join(
            f"<tr><td>{escape(k)}</td>" + "".join(f"<td>{v.get(o, 0)}</td>" for o in OUTCOMES) + "</tr>"
            for k, v in rows.items()
        )
        return f"<h2>{escape(title)}</h2><table><tr><th></th>{head}</tr>{body or '<tr><td>none</td></tr>'}</table>"

    period = f"{report.since or 'the start of the log'} to {report.until or 'now'}"
    rv = data["reviews"]
    ta = rv["turnaround"]
    chain = (
        f"<p class='ok'>Hash chain intact: {report.chain_records} records verified.</p>"
        if report.chain_ok
        else "<p class='bad'>Hash chain BROKEN:</p><ul>"
        + "".join(f"<li>{escape(p)}</li>" for p in report.chain_problems)
        + "</ul>"
    )
    contra = "".join(
        f"<tr><td>{escape(c['time'])}</td><td>{escape(c['decision_id'])}</td><td>{escape(c['tenant'])}</td>"
        f"<td>{escape(c['decision'])}</td><td>{escape('; '.join(c['contradictions']))}</td></tr>"
        for c in report.contradictions
    )
    totals = data["decisions"]
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>usegate report</title>
<style>body{{font:14px system-ui,sans-serif;margin:24px;color:#1d2330}}table{{border-collapse:collapse;margin-bottom:12px}}
td,th{{border:1px solid #ddd;padding:4px 8px;text-align:left}}.ok{{color:#3b8f5a}}.bad{{color:#c0392b;font-weight:700}}</style>
</head><body><h1>usegate compliance report</h1>
<p>Period: {escape(period)} (UTC). Generated {escape(report.generated)}.</p>
{chain}
<h2>Decisions</h2><p>{totals["total"]} decisions: {totals["allow"]} allowed, {totals["review"]} held for review,
{totals["deny"]} denied. Packs: {escape(", ".join(f"{k} ({v})" for k, v in report.packs.items()) or "none")}.</p>
{table("By clause", data["by_clause"])}
{table("By tenant", data["by_tenant"])}
<h2>Reviews</h2><p>{rv["queued"]} queued, {rv["pending"]} still pending; verdicts:
{escape(", ".join(f"{k} {v}" for k, v in rv["verdicts"].items()) or "none")}. Turnaround to the first verdict:
median {ta["median_s"]} s, p90 {ta["p90_s"]} s, max {ta["max_s"]} s over {ta["settled"]} settled.
{rv["granted_retries"]} retried requests let through on a grant; {rv["denied_after_rejection"]} denied after a rejection.</p>
<h2>Contradicted declarations ({report.contradicted})</h2>
<table><tr><th>time</th><th>decision id</th><th>tenant</th><th>outcome</th><th>contradictions</th></tr>{contra}</table>
</body></html>
"""
