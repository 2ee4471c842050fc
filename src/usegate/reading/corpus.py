"""The labelled reading corpus (`data/reading/`, format in `data/reading/FORMAT.md`):
loading records as cases with their labels. Used by training and evaluation scripts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from usegate.request.case import Case
from usegate.request.parse import case_from_json

_NOW = datetime(2026, 6, 2, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Record:
    case: Case
    raw: dict[str, Any]

    @property
    def labels(self) -> dict[str, Any]:
        labels: dict[str, Any] = self.raw.get("labels") or {}
        return labels

    @property
    def kind(self) -> str:
        return str(self.raw.get("kind") or "")

    @property
    def lang(self) -> str:
        return str(self.raw.get("lang") or "?")

    @property
    def klass(self) -> str:
        return str(self.raw.get("class") or "plain")

    @property
    def source(self) -> str:
        return str(self.raw.get("_file") or "")


def iter_raw(paths: list[Path]) -> Iterator[dict[str, Any]]:
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for f in files:
            with f.open(encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        raw = json.loads(line)
                    except json.JSONDecodeError:
                        continue
                    if isinstance(raw, dict):
                        # a writer is named by its file (`d`); outside train/ by its split too
                        # (`blind2/c`), so writers of different splits never merge
                        raw["_file"] = f.stem if f.parent.name == "train" else f"{f.parent.name}/{f.stem}"
                        yield raw


def load(paths: list[Path], *, transform: Any = None) -> list[Record]:
    out = []
    for raw in iter_raw(paths):
        data = transform(raw) if transform is not None else raw
        try:
            case = case_from_json(data, now=_NOW)
        except Exception:  # a malformed record is skipped (the writers' validators catch these)
            continue
        out.append(Record(case, raw))
    return out
