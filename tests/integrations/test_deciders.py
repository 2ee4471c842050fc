"""The two deciders: usegate's core in process (for real), and the decision API over HTTP
(against the `decide_service` fixture, and through `httpx.MockTransport` for outages)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from tests.gateway.conftest import TENANTS
from tests.integrations.conftest import DecideService
from usegate.config import from_mapping
from usegate.driver import Decider
from usegate.exceptions import DecisionServiceError
from usegate.integrations.deciders import DecideRequest, InProcess, OverHttp, Verdict

C1 = "Need you to run this face against our booking photos from 2019-2023 and give me the top 5 candidates."
ALLOWED = "Summarise this body-camera audio transcript into an incident report: 21:04 arrived, 21:06 spoke with caller."
C1_CLAUSE = "azure-openai-coc/us-police-facial-recognition"


def chat(text: str, tenant: str = "spd", headers: dict[str, str] | None = None) -> DecideRequest:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}
    return DecideRequest(tenant, "/v1/chat/completions", body, headers or {})


@pytest.fixture(scope="module")
def in_process(integ_decider: Decider) -> InProcess:
    return InProcess(from_mapping({"tenants": TENANTS}), decider=integ_decider)


def test_in_process_refuses_c1_and_forwards_a_report(in_process: InProcess) -> None:
    denied = asyncio.run(in_process.decide(chat(C1)))
    assert (denied.decision, denied.action, denied.clauses) == ("deny", "refuse", (C1_CLAUSE,))
    assert len(denied.decision_id) == 32
    assert "US police" in denied.explanation
    allowed = asyncio.run(in_process.decide(chat(ALLOWED)))
    assert (allowed.decision, allowed.action, allowed.clauses) == ("allow", "forward", ())
    # the same words from a retailer are not C1
    assert asyncio.run(in_process.decide(chat(C1, tenant="shopco"))).decision == "allow"


def test_in_process_reads_the_declared_context(in_process: InProcess) -> None:
    live = {"x-usegate-capture-device": "body_worn", "x-usegate-capture-mode": "live"}
    text = "Streife am Hauptbahnhof: Ist die Person auf dem Bodycam-Bild zur Fahndung ausgeschrieben?"
    verdict = asyncio.run(in_process.decide(chat(text, tenant="pol-nrw", headers=live)))
    assert verdict.decision == "deny"
    assert verdict.clauses == ("azure-openai-coc/le-realtime-mobile-facial-recognition",)


def test_in_process_unknown_tenant_is_a_refusal_not_an_outage(in_process: InProcess) -> None:
    with pytest.raises(DecisionServiceError, match="`nobody`") as err:
        asyncio.run(in_process.decide(chat(ALLOWED, tenant="nobody")))
    assert err.value.transient is False


class Exploding:
    """A decider whose every decision raises (a broken pack, a failing model)."""

    packs = ("azure-openai-coc",)

    def versions_for(self, case: Any) -> list[Any]:
        raise RuntimeError("packs unavailable")

    async def decide_async(self, case: Any) -> Any:
        raise RuntimeError("model crashed")

    def warm(self, tenants: Any) -> None:
        pass


def test_in_process_a_failing_decision_is_a_review_never_an_allow() -> None:
    guard = InProcess(from_mapping({"tenants": TENANTS}), decider=Exploding())  # type: ignore[arg-type]
    verdict = asyncio.run(guard.decide(chat(ALLOWED)))
    assert (verdict.decision, verdict.action) == ("review", "refuse")
    lenient = InProcess(from_mapping({"tenants": TENANTS, "review": "allow"}), decider=Exploding())  # type: ignore[arg-type]
    assert asyncio.run(lenient.decide(chat(ALLOWED))).action == "forward"


def test_in_process_decides_a_long_prompt_off_the_event_loop(integ_decider: Decider) -> None:
    guard = InProcess(from_mapping({"tenants": TENANTS}), decider=integ_decider, thread_chars=50, warm=False)
    seen: list[bool] = []
    original = integ_decider.decide

    def spy(case: Any, **kwargs: Any) -> Any:
        try:
            asyncio.get_running_loop()
            seen.append(False)
        except RuntimeError:
            seen.append(True)  # no loop here: a worker thread
        return original(case, **kwargs)

    integ_decider.decide = spy  # type: ignore[method-assign]
    try:
        verdict = asyncio.run(guard.decide(chat(C1)))  # over 50 characters
    finally:
        del integ_decider.decide
    assert seen == [True]
    assert verdict.decision == "deny"


# -- over HTTP: the decision API (real gateway or stand-in) ------------------------------


def test_over_http_against_the_decision_api(decide_service: DecideService) -> None:
    async def run() -> tuple[Verdict, Verdict]:
        client = OverHttp(decide_service.url, decide_service.token, timeout=10)
        try:
            return await client.decide(chat(C1)), await client.decide(chat(ALLOWED))
        finally:
            await client.aclose()

    denied, allowed = asyncio.run(run())
    assert (denied.decision, denied.action, denied.clauses) == ("deny", "refuse", (C1_CLAUSE,))
    assert denied.pack.startswith("azure-openai-coc@")
    assert (allowed.decision, allowed.action) == ("allow", "forward")


@pytest.mark.parametrize(
    ("token", "tenant", "status"),
    [
        ("not-the-token", "spd", 401),  # a rejected token
        (None, "no-such-tenant", 404),  # an unknown tenant
    ],
)
def test_over_http_refusals_of_the_service_are_not_outages(
    decide_service: DecideService, token: str | None, tenant: str, status: int
) -> None:
    async def run() -> None:
        client = OverHttp(decide_service.url, token or decide_service.token, timeout=10)
        try:
            await client.decide(chat(ALLOWED, tenant=tenant))
        finally:
            await client.aclose()

    with pytest.raises(DecisionServiceError, match=f"\\({status}\\)") as err:
        asyncio.run(run())
    assert err.value.transient is False


def _mock(handler: Any) -> OverHttp:
    return OverHttp("http://usegate.test", "tok", timeout=1, transport=httpx.MockTransport(handler))


def _decide(client: OverHttp) -> Verdict:
    async def run() -> Verdict:
        try:
            return await client.decide(chat(C1))
        finally:
            await client.aclose()

    return asyncio.run(run())


def test_over_http_sends_the_contract_request() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            json={
                "decision_id": "a" * 32,
                "decision": "allow",
                "action": "forward",
                "pack": "p@1",
                "clauses": [],
            },
        )

    verdict = _decide(_mock(handler))
    assert verdict.action == "forward"
    (request,) = seen
    assert request.url == "http://usegate.test/v1/usegate/decide"
    assert request.headers["authorization"] == "Bearer tok"
    sent = json.loads(request.content)
    assert sent["tenant"] == "spd"
    assert sent["endpoint"] == "/v1/chat/completions"
    assert sent["body"]["messages"][0]["content"] == C1
    assert sent["headers"] == {}


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(500, json={"error": {"message": "boom"}}),
        httpx.Response(503, text="unavailable"),
        httpx.Response(429, text="slow down"),
        httpx.Response(200, text="<html>a login page</html>"),  # not JSON
        httpx.Response(200, json=["deny"]),  # not an object
        httpx.Response(200, json={"decision": "maybe", "action": "forward", "decision_id": "x"}),
        httpx.Response(200, json={"decision": "allow", "action": "forward"}),  # no decision id
        httpx.Response(
            200, json={"decision": "allow", "action": "forward", "decision_id": "x", "clauses": "c"}
        ),
    ],
)
def test_over_http_an_unusable_answer_is_an_outage(answer: httpx.Response) -> None:
    with pytest.raises(DecisionServiceError) as err:
        _decide(_mock(lambda request: answer))
    assert err.value.transient is True


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
def test_over_http_no_answer_is_an_outage(failure: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise failure

    with pytest.raises(DecisionServiceError) as err:
        _decide(_mock(handler))
    assert err.value.transient is True


def test_over_http_a_deny_is_never_forwarded_whatever_the_action_says() -> None:
    answer = {
        "decision_id": "b" * 32,
        "decision": "deny",
        "action": "forward",
        "pack": "p@1",
        "clauses": ["c1"],
    }
    verdict = _decide(_mock(lambda request: httpx.Response(200, json=answer)))
    assert verdict.action == "refuse"
