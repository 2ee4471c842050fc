"""`usegate report`: a period's decisions, reviews, contradictions and the chain's
verification, as JSON, CSV and HTML."""

from __future__ import annotations

from pathlib import Path

import orjson
import yaml
from click.testing import CliRunner

from usegate.audit.record import AuditRecord
from usegate.audit.store import open_store
from usegate.cli import main
from usegate.report import build, to_csv, to_html
from usegate.review.queue import ReviewQueue

C1 = "azure-openai-coc/us-police-facial-recognition"


def rec(i: int, day: int, decision: str, tenant: str, **kw: object) -> AuditRecord:
    return AuditRecord(
        decision_id=f"{i:032x}",
        time=f"2026-06-{day:02d}T12:00:00Z",
        tenant=tenant,
        endpoint="/v1/chat/completions",
        decision=decision,
        pack="azure-openai-coc@2024-05-01",
        clauses=[C1] if decision != "allow" else [],
        review=decision == "review",
        **kw,  # type: ignore[arg-type]
    )


def log(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    store = open_store(url)
    store.append_batch(
        [
            rec(1, 1, "allow", "shopco"),
            rec(2, 2, "deny", "spd"),
            rec(
                3,
                2,
                "review",
                "lensco",
                contradictions=["for_us_police: declared a retailer, speaks as police"],
            ),
            rec(4, 3, "review", "lensco"),
            rec(5, 9, "deny", "spd"),  # outside the period below
        ]
    )
    ReviewQueue(store).resolve(f"{3:032x}", "approved", "alice")
    store.close()
    return url


def test_report_counts_the_period(tmp_path: Path) -> None:
    url = log(tmp_path)
    store = open_store(url)
    report = build(store, since="2026-06-01T00:00:00Z", until="2026-06-05T00:00:00Z")
    store.close()
    data = report.to_json()
    assert data["decisions"] == {"total": 4, "allow": 1, "review": 2, "deny": 1}
    assert data["by_clause"][C1] == {"deny": 1, "review": 2}
    assert data["by_tenant"]["lensco"] == {"review": 2}
    assert data["reviews"]["queued"] == 2 and data["reviews"]["pending"] == 1
    assert data["reviews"]["verdicts"] == {"approved": 1} and data["reviews"]["turnaround"]["settled"] == 1
    assert data["contradictions"]["count"] == 1
    assert data["chain"]["ok"] and data["chain"]["records"] == 6
    assert "decisions,all,deny,1" in to_csv(report)
    assert "Hash chain intact" in to_html(report)


def test_report_command(tmp_path: Path) -> None:
    url = log(tmp_path)
    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"audit": {"url": url}}))
    runner = CliRunner()
    out = runner.invoke(
        main,
        [
            "report",
            "--config",
            str(config),
            "--since",
            "2026-06-01",
            "--until",
            "2026-06-05",
            "--format",
            "json",
        ],
    )
    assert out.exit_code == 0, out.output
    assert orjson.loads(out.output)["decisions"]["total"] == 4
    html = tmp_path / "r.html"
    assert runner.invoke(main, ["report", "--config", str(config), "-o", str(html)]).exit_code == 0
    assert "<h1>usegate compliance report</h1>" in html.read_text()
    assert runner.invoke(main, ["report", "--config", str(config), "--since", "June"]).exit_code == 1
