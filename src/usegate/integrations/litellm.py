"""usegate as a LiteLLM proxy guardrail (`pip install 'usegate[litellm]'`).

In the proxy's `config.yaml`:

    guardrails:
      - guardrail_name: usegate
        litellm_params:
          guardrail: usegate.integrations.litellm.UsegateGuardrail
          mode: pre_call
          default_on: true
          usegate: {mode: in_process, config: /etc/usegate/usegate.yaml}

Before each call goes upstream (`async_pre_call_hook`), the caller is mapped to a usegate
tenant (`settings.tenant_of`: the key's or team's metadata, the key alias, the team id, a
default), the request is decided (in this process, or by a usegate gateway's
`POST /v1/usegate/decide`), and a refusal is raised as an `HTTPException` that LiteLLM
answers with that status: 403 for `deny` (and for `review` when reviews are refused),
naming the pack, the clause ids and the decision id; 403 when the caller maps to no
tenant; 503 when no decision could be had and `on_error` is `refuse` (the default). An
allowed request goes on unchanged, its decision id in the call's metadata
(`usegate_decision_id`) for LiteLLM's logs.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from usegate.exceptions import ConfigError, DecisionServiceError
from usegate.integrations.deciders import DecideRequest, DecisionClient, InProcess, OverHttp, Verdict
from usegate.integrations.settings import Caller, GuardSettings, parse_settings, tenant_of

try:
    from fastapi import HTTPException
    from litellm.integrations.custom_guardrail import CustomGuardrail
    from litellm.types.guardrails import GuardrailEventHooks
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "usegate.integrations.litellm needs the LiteLLM proxy: pip install 'usegate[litellm]'"
    ) from exc

log = logging.getLogger("usegate.integrations.litellm")

#: LiteLLM call types -> the OpenAI endpoint whose body they carry
ENDPOINTS = {
    "completion": "/v1/chat/completions",
    "acompletion": "/v1/chat/completions",
    "anthropic_messages": "/v1/chat/completions",
    "aanthropic_messages": "/v1/chat/completions",
    "text_completion": "/v1/completions",
    "atext_completion": "/v1/completions",
    "responses": "/v1/responses",
    "aresponses": "/v1/responses",
    "embedding": "/v1/embeddings",
    "aembedding": "/v1/embeddings",
    "embeddings": "/v1/embeddings",
    "image_generation": "/v1/images/generations",
    "aimage_generation": "/v1/images/generations",
    "image_edit": "/v1/images/edits",
    "aimage_edit": "/v1/images/edits",
    "transcription": "/v1/audio/transcriptions",
    "atranscription": "/v1/audio/transcriptions",
    "audio_transcription": "/v1/audio/transcriptions",
}
#: any other call type (pass-through routes, moderation, ...) is decided as a chat body:
#: the reader takes messages, input, prompt and images from any shape, so nothing with
#: content goes through undecided
DEFAULT_ENDPOINT = "/v1/chat/completions"
#: the OpenAI body fields a guardrail earlier in the chain (or a prompt template) may have
#: rewritten: decided as they will be sent
CONTENT_FIELDS = (
    "messages",
    "input",
    "prompt",
    "instructions",
    "tools",
    "functions",
    "image",
    "images",
    "mask",
    "model",
    "user",
)
#: keys LiteLLM adds to `data` around the client's body
INTERNAL = frozenset({"proxy_server_request", "secret_fields", "litellm_logging_obj", "litellm_call_id"})
#: metadata LiteLLM adds to the client's (not declarations, not the client's words)
_METADATA_ADDED = ("user_api_key", "litellm", "requester_", "used_client_oauth_token", "headers")

VIOLATION = "usage_policy_violation"
REVIEW = "usage_policy_review"


class UsegateGuardrail(CustomGuardrail):
    """The usegate decision before each LiteLLM call. `usegate` is the guardrail entry's
    `usegate:` block (`settings.GuardSettings`); `client` replaces the decider (tests)."""

    def __init__(
        self,
        usegate: Mapping[str, Any] | GuardSettings | None = None,
        *,
        client: DecisionClient | None = None,
        **kwargs: Any,
    ) -> None:
        for key in ("api_base", "api_key"):
            if kwargs.get(key) is not None:
                raise ConfigError(
                    f"usegate guardrail: `{key}` is not read: give the gateway as `usegate.url` "
                    "and its decision-service token as `usegate.token`"
                )
        self.settings = parse_settings(usegate)
        # only before the call: `during_call` would let the upstream see a refused request
        kwargs["supported_event_hooks"] = [GuardrailEventHooks.pre_call]
        super().__init__(**kwargs)
        self.client = client if client is not None else _client(self.settings)

    async def async_pre_call_hook(
        self,
        user_api_key_dict: Any,
        cache: Any,
        data: dict[str, Any],
        call_type: str,
    ) -> dict[str, Any] | None:
        tenant = tenant_of(self.settings.tenants, caller_of(user_api_key_dict))
        if tenant is None:
            raise HTTPException(
                status_code=403,
                detail=_error(
                    "this caller maps to no usegate tenant: give its key or team the metadata "
                    f"`{self.settings.tenants.metadata_key}`, or map its key alias or team in the "
                    "guardrail's `usegate.tenants`",
                    "usegate_no_tenant",
                ),
            )
        request = DecideRequest(
            tenant=tenant,
            endpoint=ENDPOINTS.get(str(getattr(call_type, "value", call_type)), DEFAULT_ENDPOINT),
            body=openai_body(data),
            headers=declared_headers(data),
        )
        try:
            verdict = await self.client.decide(request)
        except DecisionServiceError as exc:
            if exc.transient and self.settings.on_error == "allow":
                log.warning("usegate decision unavailable, forwarded (on_error: allow): %s", exc)
                _annotate(data, None, "unavailable")
                return data
            status = 503 if exc.transient else 403
            raise HTTPException(
                status_code=status,
                detail=_error(f"request refused: no usage-policy decision: {exc}", "usegate_unavailable"),
            ) from None
        if _refused(verdict, self.settings.review):
            raise HTTPException(status_code=403, detail=refusal(verdict))
        _annotate(data, verdict.decision_id, verdict.decision)
        return data


def _client(settings: GuardSettings) -> DecisionClient:
    if settings.mode == "http":
        assert settings.url is not None
        return OverHttp(settings.url, settings.secret_token(), timeout=settings.timeout)
    assert settings.config is not None
    return InProcess.from_config(
        settings.config, review=settings.review, thread_chars=settings.thread_chars, warm=settings.warm
    )


def _refused(verdict: Verdict, review: str | None) -> bool:
    if verdict.decision == "deny":
        return True
    if verdict.decision == "review" and review is not None:
        return review == "refuse"
    return verdict.action == "refuse"


def caller_of(user_api_key_dict: Any) -> Caller:
    """The caller as LiteLLM authenticated it (`UserAPIKeyAuth`): set by the proxy's operator
    when the key or team was made, never by the request."""

    def mapping(name: str) -> Mapping[str, Any]:
        value = getattr(user_api_key_dict, name, None)
        return value if isinstance(value, Mapping) else {}

    def text(name: str) -> str | None:
        value = getattr(user_api_key_dict, name, None)
        return value if isinstance(value, str) and value else None

    return Caller(
        key_metadata=mapping("metadata"),
        team_metadata=mapping("team_metadata"),
        key_alias=text("key_alias"),
        team_id=text("team_id"),
    )


def openai_body(data: Mapping[str, Any]) -> dict[str, Any]:
    """The client's OpenAI body: the proxy's snapshot of it, with the content fields as they
    are now (after any earlier guardrail or prompt template), and the client's metadata
    without what LiteLLM added to it."""
    server_request = data.get("proxy_server_request")
    snapshot = server_request.get("body") if isinstance(server_request, Mapping) else None
    if isinstance(snapshot, Mapping):
        body = {k: v for k, v in snapshot.items() if k not in INTERNAL and k != "metadata"}
    else:
        body = {k: v for k, v in data.items() if k not in INTERNAL and k != "metadata"}
    for key in CONTENT_FIELDS:
        if key in data:
            body[key] = data[key]
    metadata = snapshot.get("metadata") if isinstance(snapshot, Mapping) else data.get("metadata")
    if isinstance(metadata, Mapping):
        client = {
            str(k): v
            for k, v in metadata.items()
            if isinstance(v, str | int | float | bool) and not str(k).startswith(_METADATA_ADDED)
        }
        if client:
            body["metadata"] = client
    return body


def declared_headers(data: Mapping[str, Any]) -> dict[str, str]:
    """The client's `X-Usegate-*` declarations (capture device, mode, environment, end
    customer, session), the only headers usegate reads to decide."""
    server_request = data.get("proxy_server_request")
    headers = server_request.get("headers") if isinstance(server_request, Mapping) else None
    if not isinstance(headers, Mapping):
        return {}
    return {
        str(k).lower(): str(v)
        for k, v in headers.items()
        if str(k).lower().startswith("x-usegate-") and isinstance(v, str)
    }


def refusal(verdict: Verdict) -> dict[str, Any]:
    """The error LiteLLM sends for a refused decision (its `detail`)."""
    listed = ", ".join(verdict.clauses) if verdict.clauses else "no clause could be ruled out"
    if verdict.decision == "deny":
        message = (
            f"request refused under the usage policy `{verdict.pack}`: {listed} "
            f"(decision_id `{verdict.decision_id}`)"
        )
        code = VIOLATION
    else:
        message = (
            f"request held for human review under the usage policy `{verdict.pack}`: it may fall "
            f"under {listed} (decision_id `{verdict.decision_id}`)"
        )
        code = REVIEW
    return _error(
        message,
        code,
        decision_id=verdict.decision_id,
        decision=verdict.decision,
        clauses=list(verdict.clauses),
        pack=verdict.pack,
        explanation=verdict.explanation,
    )


def _error(message: str, code: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"message": message, "type": "usage_policy_error", "code": code, **extra}}


def _annotate(data: dict[str, Any], decision_id: str | None, decision: str) -> None:
    metadata = data.get("metadata")
    if isinstance(metadata, dict):
        metadata["usegate_decision_id"] = decision_id
        metadata["usegate_decision"] = decision
