"""`usegate audit ...` with click's runner, on a SQLite log the gateway wrote."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from usegate.audit.record import AuditRecord
from usegate.audit.store import open_store
from usegate.cli import main


def write_log(tmp_path: Path) -> Path:
    db = tmp_path / "audit.db"
    cfg = tmp_path / "usegate.yaml"
    cfg.write_text(f'audit: {{url: "sqlite:///{db}"}}\n')
    store: Any = open_store(f"sqlite:///{db}")
    store.append_batch(
        [
            AuditRecord(
                decision_id="a1",
                time="2026-06-01T12:00:00Z",
                tenant="shopco",
                endpoint="/v1/chat/completions",
                decision="allow",
            ),
            AuditRecord(
                decision_id="r1",
                time="2026-06-01T12:00:01Z",
                tenant="lensco",
                endpoint="/v1/chat/completions",
                decision="review",
                clauses=["azure-openai-coc/us-police-facial-recognition"],
                review=True,
            ),
        ]
    )
    store.close()
    return cfg


def test_export_show_reviews_verify(tmp_path: Path) -> None:
    cfg = str(write_log(tmp_path))
    runner = CliRunner()
    out = runner.invoke(main, ["audit", "export", "--config", cfg])
    assert out.exit_code == 0, out.output
    assert [json.loads(line)["decision_id"] for line in out.output.splitlines()] == ["a1", "r1"]
    out = runner.invoke(main, ["audit", "export", "--config", cfg, "--format", "csv"])
    assert out.output.splitlines()[0].startswith("decision_id,time,tenant")
    out = runner.invoke(main, ["audit", "show", "r1", "--config", cfg])
    assert json.loads(out.output)["decision"] == "review"
    out = runner.invoke(main, ["audit", "show", "zz", "--config", cfg])
    assert out.exit_code == 1 and "no decision `zz`" in out.output
    out = runner.invoke(main, ["audit", "reviews", "--config", cfg])
    assert json.loads(out.output)["decision_id"] == "r1"
    out = runner.invoke(main, ["audit", "verify", "--config", cfg])
    assert out.exit_code == 0 and "2 records, chain intact" in out.output


def test_verify_detects_a_missing_record(tmp_path: Path) -> None:
    cfg = write_log(tmp_path)
    store: Any = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    store.execute("DELETE FROM decisions WHERE decision_id = 'a1'")
    store.close()
    out = CliRunner().invoke(main, ["audit", "verify", "--config", str(cfg)])
    assert out.exit_code == 4 and "tampered" in out.output


def test_serve_rejects_a_bad_config(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("review: sometimes\n")
    out = CliRunner().invoke(main, ["serve", "--config", str(cfg)])
    assert out.exit_code == 1 and "`review`: `sometimes` is not one of refuse, allow" in out.output


@pytest.mark.parametrize(
    "text,message",
    [
        # each: a config that used to start and then forward or fail every request
        (
            "packs: [azure-openai-coc@2099-01-01]\naudit: {url: 'memory://'}\n",
            "`packs`: pack `azure-openai-coc` has no version `2099-01-01`",
        ),
        (
            "audit: {url: 'sqlite:////nonexistent/x/audit.db'}\n",
            "`audit.url`: folder `/nonexistent/x` of the audit database does not exist",
        ),
        (
            "tenants:\n  - {id: spd, sector: law_enforcement, le_type: police, country: US, intergrator: true}\n",
            ":2:70: `tenants[0].intergrator`: unknown key",
        ),
    ],
)
def test_serve_stops_on_configs_that_weaken_the_policy(tmp_path: Path, text: str, message: str) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(text)
    out = CliRunner().invoke(main, ["serve", "--config", str(cfg)])
    assert out.exit_code == 1 and message in out.output and out.output.count("\n") == 1, out.output
