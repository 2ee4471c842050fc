"""OpenAI-style error bodies: `{"error": {"message", "type", "param", "code", ...}}`.

Refusals carry `code` `usage_policy_violation` (deny) or `usage_policy_review` (review),
the clause ids in the message and a `decision_id`. Knows no policy internals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from usegate.review.queue import GRANT_HEADER

VIOLATION = "usage_policy_violation"
REVIEW = "usage_policy_review"


def error_body(message: str, type_: str, code: str | None, param: str | None = None, **extra: Any) -> bytes:
    error: dict[str, Any] = {"message": message, "type": type_, "param": param, "code": code}
    error.update(extra)
    return orjson.dumps({"error": error})


STATUS_PATH = "/v1/usegate/decisions/"


def refusal(
    decision_id: str,
    outcome: str,
    clauses: Sequence[str],
    pack: str,
    *,
    rejected: Mapping[str, Any] | None = None,
) -> bytes:
    """The 403 body for a `deny` or a refused `review`. A review refusal says how the
    verdict reaches the client: the queue, the status url to poll, the retry header."""
    listed = ", ".join(clauses) if clauses else "no clause could be ruled out"
    extra: dict[str, Any] = {}
    if outcome == "deny" and rejected is not None:
        code = VIOLATION
        message = (
            f"request refused: a reviewer rejected this request under the usage policy `{pack}` "
            f"(review of decision `{rejected['decision_id']}`; decision_id `{decision_id}`)"
        )
        extra["review"] = {"status": "rejected", "decision_id": rejected["decision_id"]}
    elif outcome == "deny":
        code = VIOLATION
        message = f"request refused under the usage policy `{pack}`: {listed} (decision_id `{decision_id}`)"
    else:
        code = REVIEW
        status_url = STATUS_PATH + decision_id
        message = (
            f"request held for human review under the usage policy `{pack}`: it may fall under {listed} "
            f"(decision_id `{decision_id}`): it is queued for a reviewer; poll `GET {status_url}` "
            f"for the verdict; once approved, send the same request again with the header "
            f"`{GRANT_HEADER}: {decision_id}`"
        )
        extra["review"] = {
            "status": "pending",
            "status_url": status_url,
            "grant_header": GRANT_HEADER,
        }
    return error_body(
        message,
        "usage_policy_error",
        code,
        decision_id=decision_id,
        clauses=list(clauses),
        pack=pack,
        **extra,
    )


def unknown_decision(decision_id: str) -> bytes:
    return error_body(
        f"no decision `{decision_id}` for this api key", "invalid_request_error", "decision_not_found"
    )


def invalid_key() -> bytes:
    return error_body(
        "incorrect or missing api key: pass a usegate tenant key as `Authorization: Bearer <key>`",
        "invalid_request_error",
        "invalid_api_key",
    )


def bad_request(message: str, code: str = "invalid_request") -> bytes:
    return error_body(message, "invalid_request_error", code)


def too_large(limit: int) -> bytes:
    return error_body(
        f"request body is larger than the gateway limit of {limit} bytes",
        "invalid_request_error",
        "request_too_large",
    )


def timed_out(seconds: float) -> bytes:
    return error_body(
        f"the request was not received within {seconds:g} seconds", "invalid_request_error", "request_timeout"
    )


def headers_too_large(max_count: int, max_bytes: int) -> bytes:
    return error_body(
        f"request headers are over the gateway limit of {max_count} headers or {max_bytes} bytes",
        "invalid_request_error",
        "request_headers_too_large",
    )


def not_ready(problems: list[str]) -> bytes:
    return orjson.dumps({"status": "unavailable", "problems": problems})


def not_found(path: str) -> bytes:
    shown = path if len(path) <= 200 else path[:200] + "..."
    return error_body(f"unknown endpoint `{shown}`", "invalid_request_error", "unknown_url")


def method_not_allowed(method: str, path: str) -> bytes:
    return error_body(
        f"method `{method[:20]}` is not allowed on `{path}`", "invalid_request_error", "method_not_allowed"
    )


def upstream_error(message: str, code: str) -> bytes:
    return error_body(message, "upstream_error", code)


def internal(message: str, decision_id: str | None = None) -> bytes:
    extra = {"decision_id": decision_id} if decision_id else {}
    return error_body(message, "server_error", "gateway_error", **extra)


def not_supported(path: str, family: str) -> bytes:
    shown = path if len(path) <= 200 else path[:200] + "..."
    return error_body(
        f"usegate does not forward the `{family}` endpoints (`{shown}`): it cannot decide them under "
        "the usage policy (their content is stored upstream, shared by every tenant of the upstream "
        "account, or never seen by the gateway), so they are not passed through undecided",
        "invalid_request_error",
        "endpoint_not_supported",
    )
