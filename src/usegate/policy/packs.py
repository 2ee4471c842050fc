"""Discover policy packs, validate them at load, and pick the version in force.

A pack version is a directory `<name>/<version>/` holding `pack.toml` (name,
version, effective date, clause ids, signals), `policies.cedar` (one forbid per
clause, each with an `@id` annotation equal to its clause id) and
`schema.cedarschema`. Built-in packs live beside this module; operators add
theirs with `--pack-dir` (a directory of `<name>/<version>/` trees).

Must not evaluate requests.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from usegate.exceptions import PackNotFound, PolicyError

BUILTIN_DIR = Path(__file__).parent / "packs"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)?$")


@dataclass(frozen=True)
class Clause:
    id: str
    title: str
    text: str
    source: str
    effective: str
    policy_id: str  # Cedar's internal id (policy0, ...)


@dataclass(frozen=True)
class PackVersion:
    name: str
    version: str
    effective: date
    title: str
    source: str
    policies: str
    schema: str
    signals: tuple[str, ...]
    clauses: tuple[Clause, ...]
    path: Path
    tests_dir: Path | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"

    def clause(self, clause_id: str) -> Clause | None:
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        return None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"cannot read `{path}`: {exc.strerror}") from exc


def _parse_date(value: Any, where: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise PolicyError(f"{where}: invalid effective date `{value}`") from exc


def load_version(path: Path) -> PackVersion:
    """Load and validate one pack version directory. Raises `PolicyError` on any problem."""
    import cedarpy

    where = f"pack `{path}`"
    try:
        meta = tomllib.loads(_read(path / "pack.toml"))
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{where}: pack.toml: {exc}") from exc
    for key in ("name", "version", "effective", "clauses", "signals"):
        if key not in meta:
            raise PolicyError(f"{where}: pack.toml lacks `{key}`")
    policies = _read(path / "policies.cedar")
    schema = _read(path / "schema.cedarschema")
    name, version = str(meta["name"]), str(meta["version"])
    where = f"pack `{name}@{version}`"

    try:
        cedarpy.PolicySet.from_str(policies)
        as_json = json.loads(cedarpy.policies_to_json_str(policies))
    except (ValueError, RuntimeError) as exc:
        raise PolicyError(f"{where}: policies.cedar does not parse: {exc}") from exc
    try:
        result = cedarpy.validate_policies(policies, schema)
    except (ValueError, RuntimeError) as exc:
        raise PolicyError(f"{where}: schema does not parse: {exc}") from exc
    if not result.validation_passed:
        errors = "; ".join(str(e) for e in result.errors)
        raise PolicyError(f"{where}: policies do not validate against the schema: {errors}")

    declared = [str(c) for c in meta["clauses"]]
    clauses: list[Clause] = []
    seen: set[str] = set()
    for policy_id, policy in sorted(as_json.get("staticPolicies", {}).items(), key=lambda kv: kv[0]):
        annotations = policy.get("annotations") or {}
        effect = policy.get("effect")
        clause_id = annotations.get("id")
        if effect != "forbid":
            raise PolicyError(
                f"{where}: policy `{clause_id or policy_id}` is a {effect}: packs hold forbid clauses only"
            )
        if not clause_id:
            raise PolicyError(f"{where}: policy `{policy_id}` has no @id annotation")
        if not _ID_RE.match(clause_id) or not clause_id.startswith(name + "/"):
            raise PolicyError(f"{where}: clause id `{clause_id}` must look like `{name}/<clause>`")
        if clause_id in seen:
            raise PolicyError(f"{where}: clause id `{clause_id}` is used twice")
        seen.add(clause_id)
        for required in ("title", "clause", "source", "effective"):
            if required not in annotations:
                raise PolicyError(f"{where}: clause `{clause_id}` lacks the @{required} annotation")
        clauses.append(
            Clause(
                id=clause_id,
                title=annotations["title"],
                text=annotations["clause"],
                source=annotations["source"],
                effective=annotations["effective"],
                policy_id=policy_id,
            )
        )
    if sorted(seen) != sorted(declared):
        raise PolicyError(
            f"{where}: clauses in policies.cedar ({', '.join(sorted(seen)) or 'none'}) differ from "
            f"pack.toml ({', '.join(sorted(declared)) or 'none'})"
        )
    signals = tuple(str(s) for s in meta["signals"])
    # Every declared signal must be a Bool in the schema's context: evaluate one request
    # against the schema with every signal false, so a mismatch fails here, not per request.
    try:
        request = {
            "principal": 'Tenant::"probe"',
            "action": 'Action::"invoke"',
            "resource": 'Model::"probe"',
            "context": dict.fromkeys(signals, False),
        }
        entities: list[dict[str, Any]] = [
            {
                "uid": {"type": "Tenant", "id": "probe"},
                "attrs": {"sector": "commercial", "le_type": "", "country": "US", "integrator": False},
                "parents": [],
            },
            {"uid": {"type": "Model", "id": "probe"}, "attrs": {}, "parents": []},
        ]
        probe = cedarpy.is_authorized(request, policies, entities, schema=schema)
    except (ValueError, RuntimeError) as exc:
        raise PolicyError(f"{where}: signals do not match the schema: {exc}") from exc
    if probe.diagnostics.errors:
        raise PolicyError(f"{where}: signals do not match the schema: {'; '.join(probe.diagnostics.errors)}")
    tests_dir = path / "tests"
    return PackVersion(
        name=name,
        version=version,
        effective=_parse_date(meta["effective"], where),
        title=str(meta.get("title", name)),
        source=str(meta.get("source", "")),
        policies=policies,
        schema=schema,
        signals=signals,
        clauses=tuple(clauses),
        path=path,
        tests_dir=tests_dir if tests_dir.is_dir() else None,
    )


class PackLibrary:
    """All versions of all packs found in the built-in directory and any extra ones."""

    def __init__(self, versions: Iterable[PackVersion]) -> None:
        self._by_name: dict[str, list[PackVersion]] = {}
        for v in versions:
            self._by_name.setdefault(v.name, []).append(v)
        for name, found in self._by_name.items():
            found.sort(key=lambda v: v.effective)
            refs = [v.version for v in found]
            if len(set(refs)) != len(refs):
                raise PolicyError(f"pack `{name}` has the same version twice")

    @classmethod
    def discover(cls, extra_dirs: Sequence[Path | str] = (), *, builtin: bool = True) -> PackLibrary:
        roots = ([BUILTIN_DIR] if builtin else []) + [Path(d) for d in extra_dirs]
        versions: list[PackVersion] = []
        for root in roots:
            if not root.is_dir():
                raise PolicyError(f"pack directory `{root}` does not exist")
            for toml in sorted(root.glob("*/*/pack.toml")):
                versions.append(load_version(toml.parent))
        return cls(versions)

    @property
    def names(self) -> list[str]:
        return sorted(self._by_name)

    def versions(self, name: str) -> list[PackVersion]:
        name, _, _ = name.partition("@")
        if name not in self._by_name:
            known = ", ".join(self.names) or "none"
            raise PackNotFound(f"unknown pack `{name}`: known packs are {known}")
        return list(self._by_name[name])

    def in_force(self, name: str, at: datetime) -> PackVersion:
        """The version of `name` in force at `at` (or exactly `name@version`)."""
        base, _, pinned = name.partition("@")
        versions = self.versions(base)
        if pinned:
            for v in versions:
                if v.version == pinned:
                    return v
            raise PackNotFound(f"pack `{base}` has no version `{pinned}`")
        day = at.astimezone(UTC).date() if at.tzinfo else at.date()
        current = [v for v in versions if v.effective <= day]
        if not current:
            raise PackNotFound(
                f"no version of pack `{base}` is in force at `{at.isoformat()}`: "
                f"the earliest takes effect on {versions[0].effective.isoformat()}"
            )
        return current[-1]
