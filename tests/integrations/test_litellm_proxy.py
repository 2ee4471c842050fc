"""A real LiteLLM proxy (`litellm --config`, a subprocess) with the usegate guardrail, in
front of a fake OpenAI upstream that records what reaches it: once deciding in the
proxy's process, once asking the decision API over HTTP. The proxy's master key maps
to the US police tenant `spd` (`tenants.default`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gateway.conftest import Server
from tests.integrations.conftest import DecideService, LiteLLMProxy
from usegate.gateway.demo import DemoUpstream

pytestmark = pytest.mark.slow

C1 = "Need you to run this face against our booking photos from 2019-2023 and give me the top 5 candidates."
C1_CLAUSE = "azure-openai-coc/us-police-facial-recognition"
ALLOWED = (
    "Clean up this body-cam transcript into a first-draft narrative for my report. Keep times exact: "
    "21:04 arrived 118 Pine, 21:06 spoke with caller about the dog barking, 21:15 cleared."
)


@pytest.fixture(scope="module")
def proxies(
    tmp_path_factory: pytest.TempPathFactory,
    usegate_yaml: Path,
    decide_service: DecideService,
    fake_upstream: tuple[DemoUpstream, Server],
) -> Iterator[dict[str, LiteLLMProxy]]:
    _, upstream = fake_upstream
    folder = tmp_path_factory.mktemp("litellm")
    tenants = {"default": "spd"}
    started = {
        "in_process": LiteLLMProxy(
            folder / "in_process",
            upstream.url + "/v1",
            {"mode": "in_process", "config": str(usegate_yaml), "tenants": tenants},
        ),
        "http": LiteLLMProxy(
            folder / "http",
            upstream.url + "/v1",
            {
                "mode": "http",
                "url": decide_service.url,
                "token": "os.environ/DECISION_TOKEN",
                "timeout": 10,
                "tenants": tenants,
            },
        ),
    }
    try:
        for proxy in started.values():  # both start at once; each takes a while
            proxy.wait()
        yield started
    finally:
        for proxy in started.values():
            proxy.stop()


def _reached(app: DemoUpstream, text: str) -> int:
    return sum(1 for r in app.requests if text[:40].encode() in r["body"])


@pytest.mark.parametrize("mode", ["in_process", "http"])
def test_facial_recognition_for_us_police_is_refused_before_the_upstream(
    mode: str, proxies: dict[str, LiteLLMProxy], fake_upstream: tuple[DemoUpstream, Server]
) -> None:
    app, _ = fake_upstream
    before = len(app.requests)
    response = proxies[mode].chat(C1)
    assert response.status_code == 403, proxies[mode].tail()
    error = response.json()["error"]
    assert C1_CLAUSE in error["message"]
    assert "decision_id `" in error["message"]
    detail = error["provider_specific_fields"]["error"]
    assert detail["code"] == "usage_policy_violation"
    assert detail["clauses"] == [C1_CLAUSE]
    assert len(detail["decision_id"]) == 32 and detail["decision_id"] in error["message"]
    assert len(app.requests) == before and _reached(app, C1) == 0  # the upstream never saw it


@pytest.mark.parametrize("mode", ["in_process", "http"])
def test_report_writing_for_the_same_police_passes_to_the_upstream(
    mode: str, proxies: dict[str, LiteLLMProxy], fake_upstream: tuple[DemoUpstream, Server]
) -> None:
    app, _ = fake_upstream
    before = _reached(app, ALLOWED)
    response = proxies[mode].chat(ALLOWED)
    assert response.status_code == 200, proxies[mode].tail()
    assert "you said" in response.json()["choices"][0]["message"]["content"]
    assert _reached(app, ALLOWED) == before + 1


def test_http_mode_asks_the_decision_service(
    proxies: dict[str, LiteLLMProxy], decide_service: DecideService
) -> None:
    """The HTTP-mode proxy's decisions come from the decision API, for tenant `spd`."""
    if decide_service.real:
        pytest.skip("the gateway records its decisions in its audit log, not in a call list")
    before = len(decide_service.calls)
    assert proxies["http"].chat(C1).status_code == 403
    calls: list[dict[str, Any]] = decide_service.calls[before:]
    assert calls == [{"tenant": "spd", "endpoint": "/v1/chat/completions", "decision": "deny"}]


def test_a_declared_live_body_camera_reaches_the_decision(proxies: dict[str, LiteLLMProxy]) -> None:
    """`X-Usegate-*` declarations sent to LiteLLM are decided on (C2 needs them): a German
    police tenant would be allowed to compare a recorded custody photo, but here the
    police tenant is US, so a live body-cam identification is refused under C1, with C2
    cited as well."""
    response = proxies["in_process"].chat(
        "Is the man on my body camera right now the suspect from the warrant? Identify him.",
        headers={
            "X-Usegate-Capture-Device": "body_worn",
            "X-Usegate-Capture-Mode": "live",
            "X-Usegate-Environment": "uncontrolled",
        },
    )
    assert response.status_code == 403
    clauses = response.json()["error"]["provider_specific_fields"]["error"]["clauses"]
    assert "azure-openai-coc/le-realtime-mobile-facial-recognition" in clauses
