"""The two ways a guardrail gets a decision, behind one small protocol:

    InProcess   usegate's own `Decider` in this process, tenants and packs from a usegate YAML
    OverHttp    `POST /v1/usegate/decide` on a usegate gateway (decision-service token)

Both answer a `Verdict` (the decision, what the proxy should do with it, the clauses
and the decision id) or raise `DecisionServiceError`: `transient` for an outage (what
the guardrail's `on_error` governs), not transient for an answer that is a refusal in
itself (an unknown tenant, a rejected token). A decision that raised inside usegate is
a `review` that says why, never an `allow`.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import httpx

from usegate.config import Settings
from usegate.decision import Decision
from usegate.driver import Decider
from usegate.exceptions import DecisionServiceError
from usegate.request.case import Case
from usegate.request.parse import build_case
from usegate.request.tenants import Registry
from usegate.types import Outcome

DECIDE_PATH = "/v1/usegate/decide"
OUTCOMES = ("allow", "deny", "review")
ACTIONS = ("forward", "refuse")


@dataclass(frozen=True)
class DecideRequest:
    """One request for a tenant, as the proxy received it."""

    tenant: str
    endpoint: str
    body: Mapping[str, Any]
    headers: Mapping[str, str]  # only `x-usegate-*` declarations


@dataclass(frozen=True)
class Verdict:
    decision_id: str
    decision: str  # allow | deny | review
    action: str  # forward | refuse
    pack: str
    clauses: tuple[str, ...]
    explanation: str = ""


class DecisionClient(Protocol):
    async def decide(self, request: DecideRequest) -> Verdict: ...

    async def aclose(self) -> None: ...


class InProcess:
    """Decides with usegate's decision core in this process (no audit log is written here:
    the proxy's own logs carry the decision id; use `OverHttp` for usegate's audit log)."""

    def __init__(
        self,
        settings: Settings,
        *,
        decider: Decider | None = None,
        review: str | None = None,
        thread_chars: int = 200_000,
        warm: bool = True,
    ) -> None:
        self.registry = Registry.from_records(settings.tenants)
        if decider is None:
            from usegate.signals.registry import default_registry

            decider = Decider.create(
                settings.packs, settings.pack_dirs, default_registry(vision=settings.vision)
            )
        self.decider = decider
        self.review_allows = (review or settings.review) == "allow"
        self.thread_chars = thread_chars
        if warm:
            tenants = list(self.registry.tenants.values())
            decider.warm([*tenants, *(e for t in tenants for e in t.end_customers)])

    @classmethod
    def from_config(cls, path: str, **kwargs: Any) -> InProcess:
        from usegate import config

        return cls(config.load(path), **kwargs)

    async def decide(self, request: DecideRequest) -> Verdict:
        tenant = self.registry.by_id(request.tenant)
        if tenant is None:
            raise DecisionServiceError(
                f"the caller maps to usegate tenant `{request.tenant}`, "
                "which the tenant registry does not hold",
                transient=False,
            )
        case = build_case(
            case_id="litellm",
            received_at=datetime.now(UTC),
            tenant=tenant,
            endpoint=request.endpoint,
            headers=request.headers,
            body=request.body,
        )
        try:
            if _size(case) >= self.thread_chars:  # a long prompt is read off the event loop
                decision = await asyncio.to_thread(self.decider.decide, case)
            else:
                decision = await self.decider.decide_async(case)
        except Exception as exc:  # fail closed: a `review` that says why
            decision = _failed(self.decider, case, exc)
        outcome = decision.outcome
        refuse = outcome is Outcome.DENY or (outcome is Outcome.REVIEW and not self.review_allows)
        return Verdict(
            decision_id=decision.decision_id,
            decision=outcome.value,
            action="refuse" if refuse else "forward",
            pack=decision.pack,
            clauses=decision.clauses,
            explanation=self._explain(case, decision),
        )

    def _explain(self, case: Case, decision: Decision) -> str:
        titles: list[str] = []
        try:
            versions = self.decider.versions_for(case)
        except Exception:  # the packs failed: the decision (a review) says so itself
            return ""
        for version in versions:
            for clause_id in decision.clauses:
                found = version.clause(clause_id)
                if found is not None:
                    titles.append(f"{clause_id}: {found.title}")
        return "; ".join(titles)

    async def aclose(self) -> None:
        return None


def _size(case: Case) -> int:
    return sum(len(t.text) for t in case.texts) + sum(i.approx_bytes for i in case.images)


def _failed(decider: Decider, case: Case, exc: BaseException) -> Decision:
    """What a decision that raised becomes: `review` (never `allow`), with the error."""
    try:
        pack = ",".join(v.ref for v in decider.versions_for(case))
    except Exception:  # the packs themselves failed: name them as configured
        pack = ",".join(decider.packs)
    return Decision(
        case_id=case.id,
        outcome=Outcome.REVIEW,
        pack=pack,
        clauses=(),
        signals={},
        errors=(f"the decision failed: {type(exc).__name__}: {str(exc)[:200]}",),
        decision_id=secrets.token_hex(16),
    )


class OverHttp:
    """Asks a usegate gateway: `POST {url}/v1/usegate/decide` with a decision-service token,
    naming the tenant. `transport` is the seam for tests (`httpx.MockTransport`)."""

    def __init__(
        self,
        url: str,
        token: str,
        *,
        timeout: float = 5.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url.rstrip("/") + DECIDE_PATH
        self._headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout), transport=transport, follow_redirects=False
        )

    async def decide(self, request: DecideRequest) -> Verdict:
        payload = {
            "endpoint": request.endpoint,
            "body": request.body,
            "headers": dict(request.headers),
            "tenant": request.tenant,
        }
        try:
            content = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
        except ValueError as exc:  # a circular body: nothing a decision service could read
            raise DecisionServiceError(
                f"the request body cannot be sent for a decision: {exc}", transient=False
            ) from None
        try:
            response = await self.client.post(self.url, content=content, headers=self._headers)
        except httpx.TimeoutException:
            raise DecisionServiceError(
                "the usegate decision service did not answer in time", transient=True
            ) from None
        except httpx.HTTPError as exc:
            raise DecisionServiceError(
                f"the usegate decision service is unreachable: {type(exc).__name__}", transient=True
            ) from None
        if response.status_code >= 500 or response.status_code == 429:
            raise DecisionServiceError(
                f"the usegate decision service answered {response.status_code}", transient=True
            )
        if response.status_code != 200:
            raise DecisionServiceError(
                f"the usegate decision service refused to decide ({response.status_code}): "
                f"{_error_message(response)}",
                transient=False,
            )
        return _verdict(response)

    async def aclose(self) -> None:
        await self.client.aclose()


def _error_message(response: httpx.Response) -> str:
    try:
        message = response.json()["error"]["message"]
    except (ValueError, KeyError, TypeError):
        return "no error message"
    return str(message)[:300]


def _verdict(response: httpx.Response) -> Verdict:
    try:
        data = response.json()
    except ValueError:
        raise DecisionServiceError("the usegate decision service answered no JSON", transient=True) from None
    if not isinstance(data, Mapping):
        raise DecisionServiceError("the usegate decision service answered no JSON object", transient=True)
    decision, action, did = data.get("decision"), data.get("action"), data.get("decision_id")
    clauses = data.get("clauses") or []
    if (
        decision not in OUTCOMES
        or action not in ACTIONS
        or not isinstance(did, str)
        or not did
        or not _strings(clauses)
    ):
        raise DecisionServiceError(
            "the usegate decision service answered a decision this guardrail cannot read", transient=True
        )
    if decision == "deny" and action != "refuse":  # never forward a deny, whatever was answered
        action = "refuse"
    return Verdict(
        decision_id=did,
        decision=decision,
        action=action,
        pack=str(data.get("pack") or ""),
        clauses=tuple(clauses),
        explanation=str(data.get("explanation") or ""),
    )


def _strings(value: Any) -> bool:
    return (
        isinstance(value, Sequence) and not isinstance(value, str) and all(isinstance(v, str) for v in value)
    )
