"""Pack loading: clause ids, version in force, and validation errors at start."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from usegate.exceptions import PackNotFound, PolicyError
from usegate.policy.packs import BUILTIN_DIR, PackLibrary, load_version

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"


def test_builtin_clause_ids_are_exact() -> None:
    lib = PackLibrary.discover()
    by_version = {v.version: [c.id for c in v.clauses] for v in lib.versions("azure-openai-coc")}
    assert by_version == {"2023-06-01": [C1], "2024-05-01": [C1, C2]}
    clause = lib.in_force("azure-openai-coc", datetime(2026, 1, 1, tzinfo=UTC)).clause(C2)
    assert clause is not None and "body-worn" in clause.text and clause.effective == "2024-05-01"


def test_version_in_force() -> None:
    lib = PackLibrary.discover()
    assert lib.in_force("azure-openai-coc", datetime(2024, 4, 30, 23, 0, tzinfo=UTC)).version == "2023-06-01"
    assert lib.in_force("azure-openai-coc", datetime(2024, 5, 1, 0, 0, tzinfo=UTC)).version == "2024-05-01"
    assert (
        lib.in_force("azure-openai-coc@2023-06-01", datetime(2026, 1, 1, tzinfo=UTC)).version == "2023-06-01"
    )
    with pytest.raises(PackNotFound, match="no version of pack `azure-openai-coc` is in force"):
        lib.in_force("azure-openai-coc", datetime(2020, 1, 1, tzinfo=UTC))
    with pytest.raises(PackNotFound, match="unknown pack `nope`"):
        lib.in_force("nope", datetime(2026, 1, 1, tzinfo=UTC))


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "packs" / "azure-openai-coc" / "2024-05-01"
    shutil.copytree(BUILTIN_DIR / "azure-openai-coc" / "2024-05-01", dst)
    return dst


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # a typo in a signal name: must fail at load, not silently allow
        ("context.real_time &&", "context.real_tme &&", "do not validate against the schema"),
        ('@id("azure-openai-coc/us-police-facial-recognition")\n', "", "has no @id annotation"),
        (
            'forbid (principal, action == Action::"invoke", resource)\nwhen { context.facial_recognition',
            'permit (principal, action == Action::"invoke", resource)\nwhen { context.facial_recognition',
            "packs hold forbid clauses only",
        ),
        ("context.uncontrolled\n};", "context.uncontrolled\n", "does not parse"),
        (
            '@effective("2024-05-01")\nforbid (principal, action == Action::"invoke", resource)\nwhen {\n',
            'forbid (principal, action == Action::"invoke", resource)\nwhen {\n',
            "lacks the @effective annotation",
        ),
    ],
)
def test_broken_policies_fail_at_load(tmp_path: Path, old: str, new: str, message: str) -> None:
    d = _copy(tmp_path)
    text = (d / "policies.cedar").read_text()
    assert old in text
    (d / "policies.cedar").write_text(text.replace(old, new, 1))
    with pytest.raises(PolicyError, match=message):
        load_version(d)


def test_pack_toml_clause_list_must_match(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    toml = (
        (d / "pack.toml")
        .read_text()
        .replace('  "azure-openai-coc/le-realtime-mobile-facial-recognition",\n', "")
    )
    (d / "pack.toml").write_text(toml)
    with pytest.raises(PolicyError, match="differ from pack.toml"):
        load_version(d)


def test_signal_missing_from_schema(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    toml = (d / "pack.toml").read_text().replace('"uncontrolled"]', '"uncontrolled", "drone_only"]')
    (d / "pack.toml").write_text(toml)
    with pytest.raises(PolicyError, match="signals do not match the schema"):
        load_version(d)


def _operator_pack(root: Path, name: str, clause: str, condition: str) -> None:
    """Write a one-clause operator pack `name@2025-01-01` on the built-in schema under `root`."""
    d = root / name / "2025-01-01"
    d.mkdir(parents=True)
    shutil.copy(BUILTIN_DIR / "azure-openai-coc" / "2024-05-01" / "schema.cedarschema", d)
    (d / "pack.toml").write_text(
        f'name = "{name}"\nversion = "2025-01-01"\neffective = "2025-01-01"\n'
        f'clauses = ["{name}/{clause}"]\n'
        'signals = ["law_enforcement", "for_us_police", "facial_recognition", "real_time", "mobile_camera", "uncontrolled"]\n'
    )
    (d / "policies.cedar").write_text(
        f'@id("{name}/{clause}")\n@title("t")\n@clause("c")\n@source("s")\n@effective("2025-01-01")\n'
        f"forbid (principal, action, resource) when {{ {condition} }};\n"
    )


def test_operator_pack_dir(tmp_path: Path) -> None:
    _operator_pack(
        tmp_path / "mine",
        "acme-rules",
        "no-le-recognition",
        "context.law_enforcement && context.facial_recognition",
    )
    lib = PackLibrary.discover([tmp_path / "mine"])
    assert "acme-rules" in lib.names and "azure-openai-coc" in lib.names
    with pytest.raises(PolicyError, match="does not exist"):
        PackLibrary.discover([tmp_path / "missing"])


def test_runtime_evaluation_error_gives_review_not_allow(tmp_path: Path) -> None:
    """Cedar skips a forbid whose evaluation errors; usegate must not turn that into allow."""
    from tests.conftest import US_POLICE, make_case
    from usegate.driver import Decider
    from usegate.signals.registry import default_registry
    from usegate.types import Outcome

    _operator_pack(
        tmp_path / "mine",
        "overflow",
        "boom",
        "context.facial_recognition && 9223372036854775807 + (if context.law_enforcement then 1 else 0) > 0",
    )
    decider = Decider.create(["overflow"], [tmp_path / "mine"], default_registry(vision=False))
    decision = decider.decide(make_case("Who is the man in this photo?", US_POLICE))
    assert decision.outcome is Outcome.REVIEW
    assert any("overflow" in e for e in decision.errors)
