"""Shared fixtures: a decider on the built-in packs (images off unless a test asks)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from usegate.driver import Decider
from usegate.request.case import Case
from usegate.request.parse import case_from_json
from usegate.signals.registry import default_registry

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "cases.jsonl"  # a copy of ../shared/examples/cases.jsonl

US_POLICE: dict[str, Any] = {
    "id": "spd",
    "name": "Springfield Police Department",
    "sector": "law_enforcement",
    "le_type": "police",
    "country": "US",
    "integrator": False,
    "end_customers": [],
}
DE_POLICE: dict[str, Any] = {
    "id": "pol-nrw",
    "name": "Polizei NRW",
    "sector": "law_enforcement",
    "le_type": "police",
    "country": "DE",
    "integrator": False,
    "end_customers": [],
}
US_FEDERAL: dict[str, Any] = {
    "id": "fbi-field",
    "name": "Federal Bureau field office",
    "sector": "law_enforcement",
    "le_type": "federal_investigative",
    "country": "US",
    "integrator": False,
    "end_customers": [],
}
RETAILER: dict[str, Any] = {
    "id": "shopco",
    "name": "ShopCo Stores",
    "sector": "commercial",
    "le_type": None,
    "country": "US",
    "integrator": False,
    "end_customers": [],
}
INTEGRATOR: dict[str, Any] = {
    "id": "lensco",
    "name": "LensCo",
    "sector": "commercial",
    "le_type": None,
    "country": "US",
    "integrator": True,
    "end_customers": [US_POLICE, RETAILER],
}
INTEGRATOR_NO_POLICE: dict[str, Any] = {
    "id": "retailvision",
    "name": "RetailVision",
    "sector": "commercial",
    "le_type": None,
    "country": "US",
    "integrator": True,
    "end_customers": [RETAILER],
}


@pytest.fixture(scope="session")
def decider() -> Decider:
    return Decider.create(registry=default_registry(vision=False))


def make_case(
    text: str | list[dict[str, Any]],
    tenant: dict[str, Any] = US_POLICE,
    *,
    headers: dict[str, str] | None = None,
    received_at: str = "2026-06-01T12:00:00Z",
    body: dict[str, Any] | None = None,
    endpoint: str = "/v1/chat/completions",
    case_id: str = "t",
) -> Case:
    if body is None:
        messages = [{"role": "user", "content": text}] if isinstance(text, str) else text
        body = {"model": "gpt-4o", "messages": messages}
    data = {
        "id": case_id,
        "received_at": received_at,
        "tenant": tenant,
        "endpoint": endpoint,
        "headers": headers or {},
        "body": body,
    }
    return case_from_json(data, now=datetime.now(UTC))


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
