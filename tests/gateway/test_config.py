"""Settings: the example config, environment overrides, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from usegate import config
from usegate.exceptions import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def test_example_config_loads() -> None:
    s = config.load(ROOT / "examples" / "usegate.yaml", {})
    assert s.review == "refuse" and s.packs == ("azure-openai-coc",)
    assert {t["id"] for t in s.tenants} == {"spd", "pol-nrw", "shopco", "lensco"}
    assert s.audit.url.startswith("sqlite://")


def test_environment_overrides() -> None:
    env = {
        "USEGATE_UPSTREAM_BASE_URL": "https://api.example.com/v1/",
        "USEGATE_REVIEW": "allow",
        "USEGATE_AUDIT_URL": "memory://",
        "USEGATE_PACKS": "azure-openai-coc, eu-ai-act-art5",
    }
    s = config.load(None, env)
    assert s.upstream.base_url == "https://api.example.com/v1"
    assert s.review == "allow" and s.audit.url == "memory://"
    assert s.packs == ("azure-openai-coc", "eu-ai-act-art5")


@pytest.mark.parametrize(
    "text,message",
    [
        ("review: maybe", "unknown action `maybe`"),  # bad review action
        ("upstream: {base_url: ftp://x}", "is not an http(s) url"),  # bad upstream
        ("audit: {url: mysql://x}", "unsupported url `mysql://x`"),  # unknown store
        ("upstrem: {}", "`upstrem`: unknown key"),  # typo at the top
        ("limits: {max_body_bytes: -1}", "must be a positive number"),  # bad limit
        ("tenants: [{id: a, sector: police, country: US}]", "unknown sector `police`"),  # bad tenant
        (
            "tenants:\n  - {id: a, sector: commercial, country: US, api_keys: [k]}\n"
            "  - {id: b, sector: commercial, country: US, api_keys: [k]}",
            "already given to another tenant",
        ),  # shared key
        ("upstream: [", "is not valid YAML"),  # syntax
    ],
)
def test_errors_are_clear(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "usegate.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")) as info:
        config.load(path, {})
    assert str(info.value)[0].islower() or str(info.value).startswith(str(tmp_path)[0])
    assert not str(info.value).endswith(".")


def test_missing_file() -> None:
    with pytest.raises(ConfigError, match="cannot read config"):
        config.load("/nonexistent/usegate.yaml", {})
