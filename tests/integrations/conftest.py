"""Fixtures for the guardrail tests: a usegate YAML with the test tenants, the decision
API (the real gateway as soon as it serves `POST /v1/usegate/decide`, else a stand-in
speaking the same contract), a counting fake OpenAI upstream, and real LiteLLM proxies."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.gateway.conftest import TENANTS, Server
from tests.integrations.decide_standin import create_standin
from usegate.driver import Decider
from usegate.exceptions import ConfigError
from usegate.gateway.demo import DemoUpstream
from usegate.signals.registry import default_registry

DECISION_TOKEN = "ug-decision-service-test-token"
MASTER_KEY = "sk-litellm-test-master-4f1c2b9e7d3a6058aa11"
#: LiteLLM reads its model price map from the network unless told to use its bundled copy
LITELLM_ENV = {"LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_LOG": "ERROR"}
for _name, _value in LITELLM_ENV.items():  # before any test module imports litellm
    os.environ.setdefault(_name, _value)


@pytest.fixture(scope="session")
def integ_decider() -> Decider:
    return Decider.create(registry=default_registry(vision=False))


@pytest.fixture(scope="session")
def usegate_yaml(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The usegate YAML an in-process guardrail reads: the gateway tests' tenants."""
    folder = tmp_path_factory.mktemp("usegate")
    path = folder / "usegate.yaml"
    path.write_text(
        yaml.safe_dump(
            {"vision": False, "audit": {"url": f"sqlite:///{folder / 'audit.db'}"}, "tenants": TENANTS}
        ),
        encoding="utf-8",
    )
    return path


@dataclass
class DecideService:
    url: str
    token: str
    #: True: usegate's gateway; False: the stand-in of tests/integrations/decide_standin.py
    real: bool
    calls: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture(scope="session")
def decide_service(
    integ_decider: Decider, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DecideService]:
    """The decision API the HTTP-mode tests talk to. The gateway serves it once its
    config has the contract's `decision_api: {token_hashes: [...]}` section; until then
    a stand-in with the same request, answer and status codes."""
    token_hash = hashlib.sha256(DECISION_TOKEN.encode()).hexdigest()
    folder = tmp_path_factory.mktemp("decide")
    app: Any
    try:
        from usegate.config import from_mapping

        settings = from_mapping(
            {
                "tenants": TENANTS,
                "decision_api": {"token_hashes": [token_hash]},
                "audit": {"url": f"sqlite:///{folder / 'audit.db'}", "synchronous": "normal"},
            }
        )
    except ConfigError:
        app = create_standin(TENANTS, [token_hash], integ_decider)
        real = False
    else:
        from usegate.gateway.app import create_app

        app = create_app(settings, decider=integ_decider)
        real = True
    with Server(app) as server:
        yield DecideService(
            server.url, DECISION_TOKEN, real, getattr(getattr(app, "state", None), "calls", [])
        )


@pytest.fixture(scope="session")
def fake_upstream() -> Iterator[tuple[DemoUpstream, Server]]:
    """An OpenAI-compatible upstream that records every request it gets."""
    app = DemoUpstream()
    with Server(app) as server:
        yield app, server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiteLLMProxy:
    """A real `litellm --config` subprocess with the usegate guardrail."""

    def __init__(self, folder: Path, upstream_url: str, usegate: dict[str, Any]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.config = folder / "config.yaml"
        self.config.write_text(yaml.safe_dump(litellm_config(upstream_url, usegate)), encoding="utf-8")
        self.log = folder / "litellm.log"
        env = {**os.environ, **LITELLM_ENV, "DECISION_TOKEN": DECISION_TOKEN}
        litellm = Path(sys.executable).with_name("litellm")
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                [str(litellm), "--config", str(self.config), "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=folder,
            )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"litellm exited {self.proc.returncode}:\n{self.tail()}")
            try:
                if httpx.get(self.url + "/health/liveliness", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"litellm did not start in {timeout:g} s:\n{self.tail()}")

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def chat(self, text: str, **extra: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {MASTER_KEY}", **extra.pop("headers", {})}
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": text}], **extra}
        return httpx.post(self.url + "/v1/chat/completions", json=body, headers=headers, timeout=60)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


def litellm_config(upstream_url: str, usegate: dict[str, Any]) -> dict[str, Any]:
    """A LiteLLM proxy config: one model in front of `upstream_url`, the usegate guardrail."""
    return {
        "model_list": [
            {
                "model_name": "gpt-4o",
                "litellm_params": {
                    "model": "openai/gpt-4o",
                    "api_base": upstream_url,
                    "api_key": "sk-upstream",
                },
            }
        ],
        "guardrails": [
            {
                "guardrail_name": "usegate",
                "litellm_params": {
                    "guardrail": "usegate.integrations.litellm.UsegateGuardrail",
                    "mode": "pre_call",
                    "default_on": True,
                    "usegate": usegate,
                },
            }
        ],
        "general_settings": {"master_key": MASTER_KEY},
    }
