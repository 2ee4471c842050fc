"""`image_fetch` wires the fetcher (issue 10 item 5): off by default; on, a linked image
is fetched under the SSRF guard, and one on a private address never is."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest

from usegate.config import ImageFetchSettings
from usegate.signals import vision


@pytest.fixture
def restore_vision() -> Iterator[None]:
    saved = vision._POLICY
    yield
    vision.configure(fetch=saved)


def test_off_by_default() -> None:
    assert ImageFetchSettings().enabled is False


def test_on_it_reaches_the_image_signals(make_gateway: Any, settings: Any, restore_vision: None) -> None:
    on = replace(settings, image_fetch=ImageFetchSettings(enabled=True, timeout_seconds=2.0))
    make_gateway(on)
    policy = vision._POLICY
    assert policy is not None and policy.enabled and policy.schemes == ("https",) and policy.timeout_s == 2.0


def test_a_private_image_url_is_never_fetched(make_gateway: Any, settings: Any, restore_vision: None) -> None:
    on = replace(
        settings,
        vision=True,
        image_fetch=ImageFetchSettings(enabled=True, allow_http=True, timeout_seconds=2.0),
    )
    gw = make_gateway(on, decider=None)  # the decider of these settings: image signals on
    url = f"http://127.0.0.1:{gw.server.port}/v1/models"  # the gateway itself: loopback
    r = httpx.post(
        gw.base_url + "/chat/completions",
        json={
            "model": "gpt-4o",
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "next one"},
                        {"type": "image_url", "image_url": {"url": url}},
                    ],
                }
            ],
        },
        headers={"Authorization": "Bearer ug-spd-1"},
        timeout=60,
    )
    record = gw.app.store.get(r.headers["x-usegate-decision-id"])
    text = str(record["signals"]) + str(record["evidence"]) + str(record["errors"])
    assert "not public" in text, text
    assert "fetching is off" not in text
