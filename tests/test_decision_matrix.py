"""The declared-context matrix: who × purpose × device × mode × environment × pack version.

Expectations are derived from SPEC §2–§4 with Kleene three-valued logic written
here, independently of the code under test:
  C1 = facial_recognition ∧ for_us_police                   (both versions)
  C2 = law_enforcement ∧ facial_recognition ∧ real_time ∧ mobile_camera ∧ uncontrolled
                                                             (2024-05-01 only)
deny when some clause is surely true, allow when every clause is surely false,
review otherwise.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import (
    DE_POLICE,
    INTEGRATOR,
    INTEGRATOR_NO_POLICE,
    RETAILER,
    US_FEDERAL,
    US_POLICE,
    make_case,
)
from usegate.cli import main
from usegate.driver import Decider

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
U = None  # unknown

# who: (tenant, end-customer header, law_enforcement, for_us_police)
WHO: dict[str, tuple[dict[str, Any], str | None, bool | None, bool | None]] = {
    "us-police": (US_POLICE, None, True, True),
    "de-police": (DE_POLICE, None, True, False),
    "us-federal": (US_FEDERAL, None, True, False),  # law enforcement, but not a police department
    "retailer": (RETAILER, None, False, False),
    "integrator-for-police": (INTEGRATOR, "spd", True, True),
    "integrator-for-retailer": (INTEGRATOR, "shopco", False, False),
    "integrator-unnamed": (INTEGRATOR, None, U, U),  # serves police, names nobody: unknown, never false
    "integrator-unregistered": (INTEGRATOR, "acme-pd", U, U),  # not registered under it: unknown
    "integrator-no-police-unnamed": (INTEGRATOR_NO_POLICE, None, False, False),
}
PURPOSE = {
    "recognition": ("Who is the man in this photo? Give me his name.", True),
    "not-recognition": ("Summarise this incident report in three bullet points.", False),
}
DEVICES = {"body_worn": True, "dash": True, "handheld": True, "drone": True, "fixed": False}
MODES = {"live": True, "recorded": False}
ENVIRONMENTS = {"uncontrolled": True, "controlled": False}
VERSIONS = {"2023-06-01": "2024-02-01T09:00:00Z", "2024-05-01": "2026-06-01T09:00:00Z"}


def k_and(*values: bool | None) -> bool | None:
    if any(v is False for v in values):
        return False
    if all(v is True for v in values):
        return True
    return None


def expected(who: str, purpose: str, device: str, mode: str, env: str, version: str) -> tuple[str, set[str]]:
    _, _, le, police = WHO[who]
    fr = PURPOSE[purpose][1]
    clauses = {C1: k_and(fr, police)}
    if version == "2024-05-01":
        clauses[C2] = k_and(le, fr, MODES[mode], DEVICES[device], ENVIRONMENTS[env])
    sure = {c for c, v in clauses.items() if v is True}
    maybe = {c for c, v in clauses.items() if v is None}
    if sure:
        return "deny", sure
    if maybe:
        return "review", maybe
    return "allow", set()


MATRIX = list(itertools.product(WHO, PURPOSE, DEVICES, MODES, ENVIRONMENTS, VERSIONS))


def matrix_case(who: str, purpose: str, device: str, mode: str, env: str, version: str) -> dict[str, Any]:
    tenant, end_customer, _, _ = WHO[who]
    headers = {
        "X-Usegate-Capture-Device": device,
        "X-Usegate-Capture-Mode": mode,
        "X-Usegate-Environment": env,
    }
    if end_customer:
        headers["X-Usegate-End-Customer"] = end_customer
    return {
        "id": "/".join((who, purpose, device, mode, env, version)),
        "received_at": VERSIONS[version],
        "tenant": tenant,
        "endpoint": "/v1/chat/completions",
        "headers": headers,
        "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": PURPOSE[purpose][0]}]},
    }


@pytest.mark.parametrize(("who", "purpose", "device", "mode", "env", "version"), MATRIX)
def test_matrix(
    decider: Decider, who: str, purpose: str, device: str, mode: str, env: str, version: str
) -> None:
    data = matrix_case(who, purpose, device, mode, env, version)
    case = make_case(
        "", data["tenant"], headers=data["headers"], received_at=data["received_at"], body=data["body"]
    )
    decision = decider.decide(case)
    want, want_clauses = expected(who, purpose, device, mode, env, version)
    assert decision.outcome.value == want
    assert set(decision.clauses) == want_clauses
    assert decision.pack == f"azure-openai-coc@{version}"


def test_matrix_through_usegate_check(tmp_path: Any) -> None:
    """The same matrix through the CLI: one line in, one line out, in order, exact clauses."""
    path = tmp_path / "matrix.jsonl"
    path.write_text("\n".join(json.dumps(matrix_case(*row)) for row in MATRIX) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--no-vision"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(MATRIX)
    for row, out in zip(MATRIX, lines, strict=True):
        want, want_clauses = expected(*row)
        assert out["id"] == "/".join(row)
        assert (out["decision"], set(out["clauses"])) == (want, want_clauses), out["id"]


def test_matrix_covers_every_outcome() -> None:
    outcomes = {expected(*row)[0] for row in MATRIX}
    assert outcomes == {"allow", "deny", "review"}
