"""Structured logs: one JSON object a line; each decided request logs its decision id."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from usegate.gateway import logs
from usegate.gateway.logs import RequestLog, configure


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    saved = {
        name: (logging.getLogger(name).handlers[:], logging.getLogger(name).level) for name in ("usegate",)
    }
    stream = io.StringIO()
    configure("info", stream)
    yield stream
    for name, (handlers, level) in saved.items():
        logging.getLogger(name).handlers[:] = handlers
        logging.getLogger(name).setLevel(level)
    logs._stream = None


def lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


def test_request_lines_carry_the_decision_id(
    make_gateway: Any, settings: Any, log_stream: io.StringIO
) -> None:
    gw = make_gateway(settings)
    key = {"Authorization": "Bearer ug-shopco-1"}
    ok = httpx.post(gw.base_url + "/chat/completions", headers=key, json={"model": "m", "messages": []})
    refused = httpx.post(
        gw.base_url + "/chat/completions",
        headers={"Authorization": "Bearer ug-spd-1"},
        json={
            "model": "m",
            "messages": [{"role": "user", "content": "Run facial recognition on this suspect."}],
        },
    )
    assert ok.status_code == 200 and refused.status_code == 403
    gw.server.__exit__()  # shutdown flushes what is buffered
    found = {r["decision_id"]: r for r in lines(log_stream) if r.get("msg") == "request"}
    allowed = found[ok.headers["x-usegate-decision-id"]]
    assert allowed["status"] == 200 and allowed["decision"] == "allow" and allowed["tenant"] == "shopco"
    assert (
        allowed["level"] == "info"
        and allowed["logger"] == "usegate.gateway"
        and allowed["time"].endswith("Z")
    )
    denied = found[refused.json()["error"]["decision_id"]]
    assert denied["status"] == 403 and denied["decision"] in ("deny", "review")
    assert any(r["msg"] == "gateway ready" for r in lines(log_stream))  # the logging path shares the stream


def test_request_log_batches_within_a_loop_and_flushes_soon() -> None:
    stream = io.StringIO()
    log = RequestLog(stream)

    async def run() -> tuple[str, str]:
        log.write({"decision_id": "a", "status": 200})
        log.write({"decision_id": "b", "status": 403})
        before = stream.getvalue()
        await asyncio.sleep(logs.FLUSH_SECONDS * 2)
        return before, stream.getvalue()

    before, after = asyncio.run(run())
    assert before == ""  # buffered, not one write a request
    got = [json.loads(line) for line in after.splitlines()]
    assert [g["decision_id"] for g in got] == ["a", "b"] and got[1]["status"] == 403


def test_request_log_without_a_loop_writes_at_once() -> None:
    stream = io.StringIO()
    RequestLog(stream).write({"decision_id": "x"})
    assert json.loads(stream.getvalue())["decision_id"] == "x"
