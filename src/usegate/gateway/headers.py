"""Which client request headers reach the upstream (an allow-list), and the limits on
request headers. Pure: no I/O.

The upstream is called with the operator's key, so nothing a client sends may speak
for the operator there: not `OpenAI-Organization` or `OpenAI-Project` (another org's
quota under our key), not `X-Api-Key`, `Cookie`, `X-Forwarded-For`, nor any
`X-Usegate-*` header (the gateway's own metadata). Only the headers that say how to
read and answer the request pass, plus those an operator adds with
`upstream.forward_headers`.
"""

from __future__ import annotations

from collections.abc import Iterable

#: forwarded by default: how the body is encoded, what answer is accepted, who the client is
DEFAULT_FORWARD = (
    "content-type",
    "accept",
    "accept-encoding",
    "user-agent",
    "openai-beta",
)

#: never forwarded, whatever the config says: credentials, routing, hop-by-hop, our own
NEVER_FORWARD = frozenset(
    {
        "authorization",
        "api-key",
        "x-api-key",
        "proxy-authorization",
        "cookie",
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "te",
        "trailer",
        "upgrade",
        "expect",
        "proxy-connection",
        "forwarded",
        "x-forwarded-for",
        "x-forwarded-host",
        "x-forwarded-proto",
        "x-real-ip",
        "openai-organization",
        "openai-project",
    }
)


def forbidden(name: str) -> str | None:
    """Why `name` may not be put on the forward list, or None when it may."""
    lowered = name.lower()
    if lowered in NEVER_FORWARD:
        return f"`{name}` is never forwarded (credentials, routing or hop-by-hop)"
    if lowered.startswith("x-usegate-"):
        return f"`{name}` is the gateway's own header"
    if not lowered or any(not (c.isalnum() or c in "-_") for c in lowered):
        return f"`{name}` is not a header name"
    return None


def allow_list(extra: Iterable[str] = ()) -> frozenset[bytes]:
    return frozenset(n.lower().encode("ascii") for n in (*DEFAULT_FORWARD, *extra))


def forwarded(headers: Iterable[tuple[bytes, bytes]], allowed: frozenset[bytes]) -> list[tuple[bytes, bytes]]:
    """The client headers that may go upstream (ASGI header names are lowercase)."""
    return [(k, v) for k, v in headers if k in allowed]


def too_large(headers: list[tuple[bytes, bytes]], max_count: int, max_bytes: int) -> bool:
    """Whether a request's headers are over the limits (431)."""
    if len(headers) > max_count:
        return True
    size = 0
    for k, v in headers:
        size += len(k) + len(v) + 4
    return size > max_bytes
