"""A local DEMO UPSTREAM: a stand-in for a model provider, for `make run`, tests and
benchmarks. It answers the OpenAI endpoints with canned, clearly labelled replies; it
runs no model. Never put it in front of real users.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import MutableMapping
from typing import Any

import orjson

LABEL = "usegate demo upstream (a stand-in for a model provider; no model runs here)"
MODELS = ["gpt-4o", "gpt-4o-mini", "text-embedding-3-small", "whisper-1", "gpt-image-1"]


def _chat(body: dict[str, Any]) -> dict[str, Any]:
    messages = body.get("messages") or []
    last = messages[-1].get("content") if messages and isinstance(messages[-1], dict) else ""
    if isinstance(last, list):
        last = " ".join(p.get("text", "") for p in last if isinstance(p, dict))
    text = f"[{LABEL}] you said: {str(last)[:200]}"
    return {
        "id": "chatcmpl-demo",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "gpt-4o"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


class DemoUpstream:
    """A raw ASGI app. `delay` (seconds) slows every answer; `chunk_delay` spaces stream chunks."""

    def __init__(self, *, delay: float = 0.0, chunk_delay: float = 0.0, fixed: bytes | None = None) -> None:
        self.delay = delay
        self.chunk_delay = chunk_delay
        self.fixed = fixed  # benchmarks: always answer these bytes to a chat request
        self.requests: list[dict[str, Any]] = []  # what arrived (tests read it)
        self.keep = fixed is None

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        raw = b"".join(chunks)
        path = scope["path"]
        if self.fixed is not None and path.endswith("/chat/completions"):
            await _send(send, 200, self.fixed)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        if self.keep:
            self.requests.append({"path": path, "method": scope["method"], "headers": headers, "body": raw})
        if self.delay:
            await asyncio.sleep(self.delay)
        ctype = headers.get("content-type", "")
        body: dict[str, Any] = {}
        if ctype.startswith("application/json") and raw:
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError:
                await _send(send, 400, b'{"error":{"message":"invalid json","type":"invalid_request_error"}}')
                return
        if path.endswith("/models"):
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "usegate-demo"} for m in MODELS]
            await _send(send, 200, orjson.dumps({"object": "list", "data": data}))
        elif path.endswith("/chat/completions"):
            if body.get("stream"):
                await self._stream(send, body)
            else:
                await _send(send, 200, orjson.dumps(_chat(body)))
        elif path.endswith("/responses"):
            out = {
                "id": "resp-demo",
                "object": "response",
                "created_at": int(time.time()),
                "status": "completed",
                "model": body.get("model", "gpt-4o"),
                "output": [
                    {
                        "type": "message",
                        "id": "msg-demo",
                        "status": "completed",
                        "role": "assistant",
                        "content": [{"type": "output_text", "text": f"[{LABEL}]", "annotations": []}],
                    }
                ],
            }
            await _send(send, 200, orjson.dumps(out))
        elif path.endswith("/embeddings"):
            inputs = body.get("input")
            n = len(inputs) if isinstance(inputs, list) else 1
            data = [{"object": "embedding", "index": i, "embedding": [0.0, 0.1, 0.2]} for i in range(n)]
            await _send(
                send,
                200,
                orjson.dumps(
                    {
                        "object": "list",
                        "data": data,
                        "model": body.get("model"),
                        "usage": {"prompt_tokens": 1, "total_tokens": 1},
                    }
                ),
            )
        elif path.endswith("/audio/transcriptions") or path.endswith("/audio/translations"):
            await _send(
                send, 200, orjson.dumps({"text": f"[{LABEL}] transcript of {len(raw)} bytes of form data"})
            )
        elif path.endswith("/images/generations") or path.endswith("/images/edits"):
            await _send(
                send,
                200,
                orjson.dumps(
                    {"created": int(time.time()), "data": [{"url": "https://example.invalid/demo.png"}]}
                ),
            )
        else:
            await _send(send, 404, b'{"error":{"message":"unknown endpoint","type":"invalid_request_error"}}')

    async def _stream(self, send: Any, body: dict[str, Any]) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream; charset=utf-8")],
            }
        )
        words = ["[usegate", "demo", "upstream]", "hello", "from", "a", "stand-in"]
        for i, word in enumerate(words):
            chunk = {
                "id": "chatcmpl-demo",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": body.get("model", "gpt-4o"),
                "choices": [
                    {
                        "index": 0,
                        "delta": {"content": word + " "}
                        if i
                        else {"role": "assistant", "content": word + " "},
                        "finish_reason": None,
                    }
                ],
            }
            await send(
                {
                    "type": "http.response.body",
                    "body": b"data: " + orjson.dumps(chunk) + b"\n\n",
                    "more_body": True,
                }
            )
            if self.chunk_delay:
                await asyncio.sleep(self.chunk_delay)
        await send({"type": "http.response.body", "body": b"data: [DONE]\n\n", "more_body": False})


async def _send(send: Any, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
