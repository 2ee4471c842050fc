"""Large bodies never stall the event loop (issue 10 item 7): they are parsed and decided
in a worker thread, a few at a time, while other clients are served."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import Any

import httpx
import pytest

from usegate.decision import Decision
from usegate.driver import Decider
from usegate.request.case import Case


class SlowDecider:
    """A real decider that burns `seconds` of wall time per decision, holding whatever
    thread it runs on (as a CPU-bound reader does)."""

    def __init__(self, inner: Decider, seconds: float) -> None:
        self.inner = inner
        self.seconds = seconds
        self.threads: list[str] = []

    def warm(self, tenants: Any) -> None:
        self.inner.warm(tenants)

    def decide(self, case: Case, **kwargs: Any) -> Decision:
        self.threads.append(threading.current_thread().name)
        time.sleep(self.seconds)
        return self.inner.decide(case, **kwargs)

    async def decide_async(self, case: Case, **kwargs: Any) -> Decision:
        self.threads.append(threading.current_thread().name)
        time.sleep(self.seconds)  # blocks the loop, as reading on the loop would
        return await self.inner.decide_async(case, **kwargs)


def health_latency_during(gw: Any, request: Any) -> float:
    worker = threading.Thread(target=request)
    worker.start()
    time.sleep(0.3)
    started = time.monotonic()
    assert httpx.get(gw.server.url + "/healthz", timeout=10).status_code == 200
    latency = time.monotonic() - started
    worker.join()
    return latency


def test_a_large_body_is_decided_off_the_loop(make_gateway: Any, settings: Any, gw_decider: Decider) -> None:
    slow = SlowDecider(gw_decider, 2.0)
    gw = make_gateway(settings, decider=slow)
    prompt = "please summarise this report. " * 20_000  # ~600 KB, over `thread_body_bytes`
    results: list[int] = []

    def send() -> None:
        r = httpx.post(
            gw.base_url + "/chat/completions",
            json={"model": "gpt-4o", "messages": [{"role": "user", "content": prompt}]},
            headers={"Authorization": "Bearer ug-spd-1"},
            timeout=30,
        )
        results.append(r.status_code)

    assert health_latency_during(gw, send) < 1.0
    assert results == [200]
    assert slow.threads and slow.threads[0] != gw.server.thread.name  # a worker, not the loop


def test_a_small_body_stays_on_the_loop(make_gateway: Any, settings: Any, gw_decider: Decider) -> None:
    slow = SlowDecider(gw_decider, 0.0)
    gw = make_gateway(settings, decider=slow)
    httpx.post(
        gw.base_url + "/chat/completions",
        json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]},
        headers={"Authorization": "Bearer ug-spd-1"},
    )
    assert slow.threads == [gw.server.thread.name]


@pytest.mark.slow
def test_a_police_tenant_megabyte_prompt_does_not_freeze_others(make_gateway: Any, settings: Any) -> None:
    """The reported case, with the real readers: a multi-megabyte police prompt."""
    gw = make_gateway(replace(settings, limits=replace(settings.limits, max_body_bytes=64 * 1024 * 1024)))
    prompt = "Officer report: the suspect walked along Main Street at dusk, wearing a grey coat. " * 50_000
    results: list[int] = []

    def send() -> None:
        r = httpx.post(
            gw.base_url + "/chat/completions",
            json={"model": "gpt-4o", "messages": [{"role": "user", "content": prompt}]},
            headers={"Authorization": "Bearer ug-spd-1"},
            timeout=120,
        )
        results.append(r.status_code)

    latency = health_latency_during(gw, send)
    assert results and results[0] in (200, 403)
    assert latency < 1.5


class BrokenDecider(SlowDecider):
    async def decide_async(self, case: Case, **kwargs: Any) -> Decision:
        raise RuntimeError("reader crashed")


def test_a_decision_that_fails_is_a_recorded_review_never_a_500(
    make_gateway: Any, settings: Any, gw_decider: Decider
) -> None:
    gw = make_gateway(settings, decider=BrokenDecider(gw_decider, 0.0))
    r = httpx.post(
        gw.base_url + "/chat/completions",
        json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]},
        headers={"Authorization": "Bearer ug-shopco-1"},
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "usage_policy_review"
    record = gw.app.store.get(r.headers["x-usegate-decision-id"])
    assert record["decision"] == "review" and record["action"] == "refused"
    assert "reader crashed" in record["errors"][0]
