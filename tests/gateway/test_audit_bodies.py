"""The gateway keeps no request body by default, and erases payloads from the parsed body
when an operator keeps them (issue 10 item 4)."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from typing import Any

import httpx

from usegate.config import AuditSettings

PIXELS = base64.b64encode(bytes(range(256)) * 64).decode("ascii")


def test_escaped_data_url_in_a_request_is_not_stored(make_gateway: Any, settings: Any) -> None:
    """`\\u0064ata:` is `data:` once parsed: a byte pattern missed it and stored the image."""
    gw = make_gateway(replace(settings, audit=replace(settings.audit, store_bodies=True)))
    raw = (
        '{"model": "gpt-4o", "messages": [{"role": "user", "content": [{"type": "text", "text": "describe"},'
        ' {"type": "image_url", "image_url": {"url": "\\u0064ata:image/png;base64,' + PIXELS + '"}}]}]}'
    )
    r = httpx.post(
        gw.base_url + "/chat/completions",
        content=raw.encode(),
        headers={"Authorization": "Bearer ug-shopco-1", "Content-Type": "application/json"},
    )
    assert r.status_code == 200
    record = gw.app.store.get(r.headers["x-usegate-decision-id"])
    assert PIXELS[:64] not in json.dumps(record)
    assert record["erased"] == ["messages[0].content[1].image_url.url"]


def test_bodies_are_not_kept_by_default(gateway: Any) -> None:
    assert AuditSettings().store_bodies is False
    r = httpx.post(
        gateway.base_url + "/chat/completions",
        json={"model": "gpt-4o", "messages": [{"role": "user", "content": "my secret prompt"}]},
        headers={"Authorization": "Bearer ug-shopco-1"},
    )
    record = gateway.app.store.get(r.headers["x-usegate-decision-id"])
    assert record["input"] is None and "my secret prompt" not in json.dumps(record)
    assert record["request"]["size"] > 0 and len(record["request"]["sha256"]) == 64
