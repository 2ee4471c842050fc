"""Redaction on the parsed body (issue 10 item 4): what JSON escapes, long headers or
odd fields hide is still erased, and bodies are not kept unless an operator asks."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from usegate.audit.record import AuditRecord, redact

PIXELS = base64.b64encode(bytes(range(256)) * 64).decode("ascii")  # 16 KB of "image"


def image_part(url: str) -> dict[str, Any]:
    return {"type": "image_url", "image_url": {"url": url}}


@pytest.mark.parametrize(
    "value",
    [
        f"data:image/png;base64,{PIXELS}",  # plain
        f"DATA:image/png;base64,{PIXELS}",  # the scheme is case-insensitive
        f"  data:image/png;base64,{PIXELS}",  # leading blanks
        f"data:image/png;name={'x' * 300};base64,{PIXELS}",  # a header past 200 characters
        f"data:;base64,{PIXELS}",  # no media type
        PIXELS,  # bare base64
        f"image/png;base64,{PIXELS}",  # a payload behind a prefix that is not a data url
    ],
)
def test_payloads_are_erased(value: str) -> None:
    out, erased = redact({"messages": [{"role": "user", "content": [image_part(value)]}]})
    assert erased == ["messages[0].content[0].image_url.url"]
    assert PIXELS[:64] not in json.dumps(out)


def test_binary_fields_are_erased() -> None:
    body = {"input": [{"type": "input_audio", "input_audio": {"data": "UklGR" * 40, "format": "wav"}}]}
    out, erased = redact(body)
    assert erased == ["input[0].input_audio.data"] and "UklGR" not in json.dumps(out)


def test_prose_is_kept() -> None:
    body = {"messages": [{"role": "user", "content": "data: the numbers " + "look fine " * 300}]}
    assert redact(body) == (body, [])


def test_deep_bodies_cost_no_stack() -> None:
    body: Any = f"data:image/png;base64,{PIXELS}"
    for _ in range(5000):
        body = [body]
    out, erased = redact({"x": body})
    assert len(erased) == 1 and PIXELS[:64] not in json.dumps(out[:1] if isinstance(out, list) else "")


def test_a_record_that_cannot_be_serialised_is_mended_alone() -> None:
    deep: Any = "x"
    for _ in range(400):  # past orjson's nesting limit
        deep = [deep]
    record = AuditRecord(
        decision_id="d", time="t", tenant="a", endpoint="/v1/chat/completions", decision="allow"
    )
    record.input = deep
    data = record.seal()
    assert json.loads(data)["input"] is None and record.erased == ["$"]
    assert "request body not kept" in record.errors[0]
