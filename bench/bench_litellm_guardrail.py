"""Benchmark: the usegate LiteLLM guardrail's cost per commercial request, deciding in
process: the pre-call hook as LiteLLM's proxy calls it (caller -> tenant, the body taken
from the proxy's request data, the decision, the verdict), on one core.

Requests: the commercial request of bench/bench_gateway.py (a 900-character report
summary), and every commercial case of tests/cases/labelled.jsonl and challenge.jsonl
(text only), each with a fresh ticket number every time (no cached reading answers
it), passed through the hook `--rounds` times after a warm-up; the
decision alone (`Decider.decide_async` on the same case) is timed the same way, so the
guardrail's own share shows. Writes bench/results/litellm_guardrail.json.

    .venv/bin/python bench/bench_litellm_guardrail.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no network fetch at import

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from litellm.proxy._types import UserAPIKeyAuth  # noqa: E402

from usegate.integrations.litellm import UsegateGuardrail  # noqa: E402
from usegate.request.parse import build_case  # noqa: E402

TEXT = (
    "Please summarise the following incident notes into a short report draft for the shift supervisor. "
    "The delivery van arrived at the loading dock at 06:40, two pallets were damaged during unloading, "
    "and the driver signed the exception form. Inventory counts were updated in the warehouse system. "
) * 3
TENANT = {"id": "shopco", "name": "ShopCo", "sector": "commercial", "country": "US", "api_keys": ["ug-shop"]}


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bodies() -> list[tuple[str, dict[str, Any]]]:
    out = [("bench_gateway", {"model": "gpt-4o", "messages": [{"role": "user", "content": TEXT[:900]}]})]
    for name in ("labelled.jsonl", "challenge.jsonl"):
        for line in (ROOT / "tests" / "cases" / name).read_text().splitlines():
            case = json.loads(line) if line.strip() else None
            if not case or (case.get("tenant") or {}).get("sector") != "commercial":
                continue
            if (
                case.get("headers")
                or (case.get("endpoint") or "/v1/chat/completions") != "/v1/chat/completions"
            ):
                continue
            if "image" in json.dumps(case["body"]):
                continue  # text only: image analysis is measured by bench_request_images.py
            out.append((case["id"], case["body"]))
    return out


def unique(body: dict[str, Any], tag: str) -> dict[str, Any]:
    """The body with a ticket number after its last message: no request repeats another's
    text, so no cache of an earlier decision answers it."""
    messages = [dict(m) for m in body["messages"]]
    last = messages[-1]
    if isinstance(last.get("content"), str):
        last["content"] = f"{last['content']} (ticket {tag})"
    else:
        last["content"] = [*last["content"], {"type": "text", "text": f"(ticket {tag})"}]
    return {**body, "messages": messages}


def proxy_data(body: dict[str, Any]) -> dict[str, Any]:
    """`data` as LiteLLM's proxy hands it to a pre-call hook."""
    return {
        **body,
        "metadata": {"headers": {"host": "proxy"}, "user_api_key_hash": "h", "user_api_key_alias": None},
        "litellm_call_id": "bench",
        "proxy_server_request": {
            "url": "http://proxy/v1/chat/completions",
            "method": "POST",
            "headers": {"host": "proxy", "content-type": "application/json"},
            "body": {**body, "metadata": {"headers": {"host": "proxy"}}},
        },
    }


async def measure(rounds: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp())
    (folder / "usegate.yaml").write_text(yaml.safe_dump({"vision": False, "tenants": [TENANT]}))
    started = time.perf_counter()
    guard = UsegateGuardrail(
        usegate={"mode": "in_process", "config": str(folder / "usegate.yaml")},
        guardrail_name="usegate",
        event_hook="pre_call",
        default_on=True,
    )
    start_s = time.perf_counter() - started
    decider = guard.client.decider  # type: ignore[attr-defined]
    tenant = guard.client.registry.by_id("shopco")  # type: ignore[attr-defined]
    key = UserAPIKeyAuth(api_key="sk-bench", metadata={"usegate_tenant": "shopco"})
    requests = bodies()
    for _, body in requests:  # warm-up: first decisions of each request shape
        await guard.async_pre_call_hook(key, None, proxy_data(body), "acompletion")
    hook_ms: list[float] = []
    core_ms: list[float] = []
    outcomes: dict[str, str] = {}
    for r in range(rounds):
        for i, (name, body) in enumerate(requests):
            body = unique(body, f"{r}-{i}")
            data = proxy_data(body)
            t0 = time.perf_counter()
            out = await guard.async_pre_call_hook(key, None, data, "acompletion")
            hook_ms.append((time.perf_counter() - t0) * 1000)
            outcomes[name] = out["metadata"]["usegate_decision"]
            case = build_case(
                case_id="bench",
                received_at=datetime.now(UTC),
                tenant=tenant,
                endpoint="/v1/chat/completions",
                headers={},
                body=body,
            )
            t0 = time.perf_counter()
            await decider.decide_async(case)
            core_ms.append((time.perf_counter() - t0) * 1000)
    return {
        "guardrail_start_s": round(start_s, 2),
        "requests": len(requests),
        "decisions": sorted(set(outcomes.values())),
        "hook_ms": summary(hook_ms),
        "decision_only_ms": summary(core_ms),
    }


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50": round(pct(values, 50), 3),
        "p90": round(pct(values, 90), 3),
        "p99": round(pct(values, 99), 3),
        "mean": round(statistics.fmean(values), 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "litellm_guardrail.json"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    from importlib.metadata import version

    result = asyncio.run(measure(args.rounds))
    report = {
        "benchmark": "usegate LiteLLM guardrail, in-process mode: pre-call hook time per commercial request",
        "command": "python bench/bench_litellm_guardrail.py --rounds " + str(args.rounds),
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpu": platform.processor() or platform.machine(),
            "cores_used": 1,
        },
        "litellm": version("litellm"),
        **result,
    }
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
