"""Policy packs tested as data: each pack version's `tests/*.json` cases.

A test file holds one object or a list of objects:
`{"name", "case", "signals"?, "decision", "clauses", "num_errors"?}`. `signals`
fixes signal values (true/false/null) so the test exercises the pack's logic
alone; without it the built-in providers compute them from `case`. `clauses`
must equal the clauses the decision cites.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from usegate.driver import Decider
from usegate.policy.packs import PackVersion
from usegate.request.parse import case_from_json
from usegate.signals.registry import given_signals


@dataclass(frozen=True)
class PackTest:
    pack: PackVersion
    file: Path
    name: str
    data: dict[str, Any]


@dataclass(frozen=True)
class PackTestResult:
    test: PackTest
    ok: bool
    message: str


def iter_tests(version: PackVersion) -> Iterator[PackTest]:
    if version.tests_dir is None:
        return
    for file in sorted(version.tests_dir.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        for i, item in enumerate(data if isinstance(data, list) else [data]):
            yield PackTest(version, file, str(item.get("name") or f"{file.stem}[{i}]"), item)


def run_test(decider: Decider, test: PackTest) -> PackTestResult:
    raw = dict(test.data["case"])
    raw.setdefault("id", test.name)
    raw.setdefault("received_at", f"{test.pack.effective.isoformat()}T12:00:00Z")
    case = case_from_json(raw, now=datetime.now(UTC))
    given = given_signals(test.data.get("signals") or {})
    pinned = Decider(decider.library, [test.pack.ref], decider.registry)
    decision = pinned.decide(case, given=given)
    want = test.data["decision"]
    want_clauses = sorted(test.data.get("clauses", []))
    problems = []
    if decision.outcome.value != want:
        problems.append(f"decision {decision.outcome.value}, expected {want}")
    if sorted(decision.clauses) != want_clauses:
        problems.append(f"clauses {sorted(decision.clauses)}, expected {want_clauses}")
    if "num_errors" in test.data and len(decision.errors) != int(test.data["num_errors"]):
        problems.append(f"{len(decision.errors)} errors, expected {test.data['num_errors']}")
    return PackTestResult(test, not problems, "; ".join(problems) or "ok")
