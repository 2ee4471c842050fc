"""`usegate check`, `usegate explain` through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES, US_POLICE, load_jsonl
from usegate.cli import ExitCode, main


def _check(tmp_path: Path, lines: list[str], *args: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--no-vision", *args])
    return result.exit_code, [json.loads(x) for x in result.stdout.splitlines()]


@pytest.mark.skipif(not EXAMPLES.exists(), reason="shared examples not present")
def test_shared_examples_decided_as_expected(tmp_path: Path) -> None:
    cases = load_jsonl(EXAMPLES)
    code, out = _check(tmp_path, [json.dumps(c) for c in cases])
    assert code == ExitCode.OK
    for case, decision in zip(cases, out, strict=True):
        assert decision["id"] == case["id"]
        assert decision["decision"] in case["expect"]["accept"], decision
        assert sorted(decision["clauses"]) == sorted(case["expect"]["clauses"])
        assert decision["elapsed_ms"] >= 0 and decision["pack"].startswith("azure-openai-coc@")


def test_bad_lines_get_error_lines_and_the_run_goes_on(tmp_path: Path) -> None:
    good = {
        "id": "ok",
        "tenant": US_POLICE,
        "body": {"messages": [{"role": "user", "content": "Translate this."}]},
    }
    lines = [
        json.dumps(good),
        '{"id": "broken", "tenant": ',  # truncated JSON
        json.dumps({"id": "no-tenant", "body": {}}),
        json.dumps({"id": "bad-sector", "tenant": {**US_POLICE, "sector": "police"}, "body": {}}),
        json.dumps({"id": "bad-time", "tenant": US_POLICE, "received_at": "yesterday", "body": {}}),
        json.dumps({"id": "unknown-tenant", "tenant_id": "ghost", "body": {}}),
        "[1, 2]",
        json.dumps({**good, "id": "ok-2"}),
    ]
    code, out = _check(tmp_path, lines)
    assert code == ExitCode.OK
    assert [o["id"] for o in out] == [
        "ok",
        "line-2",
        "no-tenant",
        "bad-sector",
        "bad-time",
        "unknown-tenant",
        "line-7",
        "ok-2",
    ]
    assert out[0]["decision"] == "allow" and out[-1]["decision"] == "allow"
    errors = {o["id"]: o["error"] for o in out if "error" in o}
    assert "invalid json" in errors["line-2"]
    assert "neither `tenant` nor `tenant_id`" in errors["no-tenant"]
    assert "unknown sector `police`" in errors["bad-sector"]
    assert "invalid timestamp `yesterday`" in errors["bad-time"]
    assert "no --registry" in errors["unknown-tenant"]


def test_registry_and_tenant_id(tmp_path: Path) -> None:
    reg = tmp_path / "tenants.yaml"
    reg.write_text(
        "tenants:\n  - {id: spd, name: Springfield PD, sector: law_enforcement, le_type: police, country: US,"
        " api_keys: [ug-spd-1]}\n"
    )
    lines = [
        json.dumps(
            {
                "id": "a",
                "tenant_id": "spd",
                "body": {"messages": [{"role": "user", "content": "Who is the man in this photo?"}]},
            }
        ),
        json.dumps({"id": "b", "tenant_id": "nobody", "body": {}}),
    ]
    code, out = _check(tmp_path, lines, "--registry", str(reg))
    assert code == ExitCode.OK
    assert out[0]["decision"] == "deny"
    assert out[1]["error"].endswith("unknown tenant `nobody`")


def test_unusable_input_exits_nonzero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    result = CliRunner().invoke(main, ["check", str(empty)])
    assert result.exit_code == ExitCode.FAILED
    result = CliRunner().invoke(main, ["check", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == ExitCode.USAGE
    result = CliRunner().invoke(main, ["check", str(empty), "--pack", "no-such-pack"])
    assert result.exit_code == ExitCode.FAILED and "unknown pack `no-such-pack`" in result.output


def test_fail_on(tmp_path: Path) -> None:
    deny = {
        "id": "d",
        "tenant": US_POLICE,
        "body": {"messages": [{"role": "user", "content": "Run this face against our mugshots."}]},
    }
    code, out = _check(tmp_path, [json.dumps(deny)], "--fail-on", "deny")
    assert code == ExitCode.MATCHED and out[0]["decision"] == "deny"


def test_pinned_pack_version(tmp_path: Path) -> None:
    case = {
        "id": "p",
        "received_at": "2026-01-01T00:00:00Z",
        "tenant": {**US_POLICE, "country": "FR"},
        "headers": {
            "X-Usegate-Capture-Device": "dash",
            "X-Usegate-Capture-Mode": "live",
            "X-Usegate-Environment": "uncontrolled",
        },
        "body": {"messages": [{"role": "user", "content": "Who is the driver in this frame?"}]},
    }
    _, now = _check(tmp_path, [json.dumps(case)])
    _, pinned = _check(tmp_path, [json.dumps(case)], "--pack", "azure-openai-coc@2023-06-01")
    assert now[0]["decision"] == "deny" and pinned[0]["decision"] == "allow"


def test_explain_prints_who_what_context_clauses(tmp_path: Path) -> None:
    case = {
        "id": "e",
        "tenant": US_POLICE,
        "body": {
            "messages": [
                {"role": "user", "content": "Which of our prior arrestees is the man in this still?"}
            ]
        },
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case))
    result = CliRunner().invoke(main, ["explain", str(path)])
    assert result.exit_code == 0, result.output
    out = result.output
    for needle in (
        "Who",
        "What",
        "Context",
        "facial_recognition",
        "for_us_police",
        "azure-openai-coc/us-police-facial-recognition",
        "police department in the United States",
        "DENY",
    ):
        assert needle in out, needle
    as_json = CliRunner().invoke(main, ["explain", str(path), "--json"])
    assert json.loads(as_json.output)["decision"] == "deny"
