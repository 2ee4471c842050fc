"""Settings: the example config, environment overrides, strict validation with clear errors
(issue 10 item 11: nothing that silently weakens the policy starts)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from usegate import config
from usegate.driver import Decider
from usegate.exceptions import ConfigError, PolicyError
from usegate.signals.registry import default_registry

ROOT = Path(__file__).resolve().parents[2]
POLICE = "{id: spd, name: SPD, sector: law_enforcement, le_type: police, country: US, api_keys: [k1]}"
SHOP = "{id: shop, sector: commercial, country: US, api_keys: [k2]}"


def test_example_config_loads() -> None:
    s = config.load(ROOT / "examples" / "usegate.yaml", {})
    assert s.review == "refuse" and s.packs == ("azure-openai-coc",)
    assert {t.id for t in s.tenants} == {"spd", "pol-nrw", "shopco", "lensco"}
    assert s.audit.url.startswith("sqlite://")
    assert s.audit.store_bodies is False  # SPEC §6: hashes, sizes and signals by default
    assert s.image_fetch.enabled is False


def test_environment_overrides() -> None:
    env = {
        "USEGATE_UPSTREAM_BASE_URL": "https://api.example.com/v1/",
        "USEGATE_REVIEW": "allow",
        "USEGATE_AUDIT_URL": "memory://",
        "USEGATE_PACKS": "azure-openai-coc, eu-ai-act-art5",
        "USEGATE_AUDIT_STORE_BODIES": "true",
        "USEGATE_MAX_BODY_BYTES": "1000",
        "USEGATE_VISION": "auto",
        "USEGATE_LIMITS_CLIENT_TIMEOUT": "2.5",
    }
    s = config.load(None, env)
    assert s.upstream.base_url == "https://api.example.com/v1"
    assert s.review == "allow" and s.audit.url == "memory://" and s.audit.store_bodies is True
    assert s.packs == ("azure-openai-coc", "eu-ai-act-art5")
    assert s.limits.max_body_bytes == 1000 == s.max_body_bytes and s.limits.client_timeout == 2.5
    assert s.vision is None


def test_sections_are_frozen_and_validated_on_replace() -> None:
    s = config.load(None, {})
    with pytest.raises(AttributeError):
        s.review = "allow"  # type: ignore[misc]  # frozen: the test checks it
    assert replace(s, review="allow").review == "allow"
    with pytest.raises(ValueError):
        replace(s.audit, store_bodies="yes")


@pytest.mark.parametrize(
    "text,message",
    [
        # each row: a config that used to start (or crash later), and the line it now fails with
        ("review: maybe", ":1:9: `review`: `maybe` is not one of refuse, allow"),  # bad review action
        ("upstream: {base_url: ftp://x}", "`upstream.base_url`: `ftp://x` is not an http(s) url"),  # scheme
        ("audit: {url: mysql://x}", "`audit.url`: unsupported url `mysql://x`"),  # unknown store
        ("upstrem: {}", ":1:1: `upstrem`: unknown key: expected one of upstream, packs"),  # typo at the top
        ("limits: {max_body_bytes: -1}", "`limits.max_body_bytes` must be greater than 0, not `-1`"),
        ("tenants: [{id: a, sector: police, country: US}]", "`tenants[0].sector`: `police` is not one of"),
        (
            f"tenants:\n  - {SHOP}\n  - {{id: b, sector: commercial, country: US, api_keys: [k2]}}",
            ":3:57: `tenants[1].api_keys[0]`: this api key is already given to tenant `shop`",
        ),  # shared key
        ("upstream: [", ":1:12: not valid YAML: expected the node content"),  # syntax keeps line and column
        # item 11: a misspelled tenant key is not ignored
        (
            "tenants:\n  - {id: a, sector: commercial, country: US, intergrator: true}",
            ":2:46: `tenants[0].intergrator`: unknown key: expected one of id, sector, country, name",
        ),
        # a string of keys is not a list (each character used to become a key)
        (
            "tenants:\n  - {id: a, sector: commercial, country: US, api_keys: k1}",
            "must be a list, not a string",
        ),
        # a key hash given to a second tenant (the later one used to win)
        (
            f"tenants:\n  - {POLICE}\n  - {{id: b, sector: commercial, country: US, "
            f"api_key_hashes: [{hashlib.sha256(b'k1').hexdigest()}]}}",
            "`tenants[1].api_key_hashes[0]`: this api key is already given to tenant `spd`",
        ),
        # "no" is not false
        (
            "tenants:\n  - {id: a, sector: commercial, country: US, integrator: 'no'}",
            '`tenants[0].integrator` must be true or false, not `"no"`',
        ),
        (
            "tenants:\n  - {id: a, sector: commercial, country: US, integrator: no}",  # YAML 1.1 `no` is false
            "",
        ),
        # C1 could never apply to law enforcement without le_type
        (
            "tenants:\n  - {id: a, sector: law_enforcement, country: US}",
            "`tenants[0]`: `le_type` is required when `sector` is `law_enforcement`",
        ),
        (
            "tenants:\n  - {id: a, sector: commercial, country: US, le_type: police}",
            "`le_type` is only for `sector: law_enforcement`",
        ),
        (
            "tenants:\n  - {id: a, sector: commercial, country: US, api_key_hashes: [not-a-hash]}",
            "`tenants[0].api_key_hashes[0]`: an api key hash must be 64 hex digits",
        ),
        (f"tenants:\n  - {SHOP}\n  - {SHOP}", "`tenants[1].id`: tenant id `shop` is used twice"),
        (
            "tenants:\n  - {id: a, sector: commercial, country: US, end_customers: "
            "[{id: spd, sector: law_enforcement, le_type: police, country: US}]}",
            "`end_customers` needs `integrator: true`",
        ),
        (
            "tenants:\n  - {id: a, sector: commercial, country: US, integrator: true, end_customers: "
            "[{id: spd, sector: law_enforcement, country: US}]}",
            "`tenants[0].end_customers[0]`: `le_type` is required",
        ),
        ("tenants:\n  - {id: a, sector: commercial, country: USA}", "country `USA` is not an ISO 3166-1"),
        (
            "audit: {url: 'sqlite:////nonexistent/folder/audit.db'}",
            "folder `/nonexistent/folder` of the audit",
        ),
        ("audit: {store_bodies: 'false'}", '`audit.store_bodies` must be true or false, not `"false"`'),
        ("audit: {synchronous: FULL}", "`audit.synchronous`: `FULL` is not one of full, normal"),
        ("upstream: {timeout: '5'}", '`upstream.timeout` must be a number, not `"5"`'),
        ("upstream: {max_connections: 2.5}", "`upstream.max_connections` must be a whole number"),
        ("upstream: {api_key: 12345}", "`upstream.api_key` must be a string, not a number"),  # never echoed
        (
            "upstream: {base_url: 'http://user:sk-secret@host/v1'}",
            "`upstream.base_url`: credentials in the url are not allowed",
        ),
        ("upstream: {base_url: 'http://host/v1?key=sk-secret'}", "must not have a query"),
        ("packs: []", "`packs` must not be empty"),
        ("vision: sometimes", "`vision` must be true or false, not `sometimes`"),
        ("log: {level: loud}", "`log.level`: `loud` is not one of debug, info, warning, error"),
        ("audit: {url: a}\naudit: {url: b}", ":2:1: not valid YAML: key `audit` is given twice"),
        ("- a\n- b", "expected a mapping at the top level"),
        ("image_fetch: {enabled: 1}", "`image_fetch.enabled` must be true or false, not `1`"),
    ],
)
def test_errors_are_clear(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "usegate.yaml"
    path.write_text(text)
    if not message:
        config.load(path, {})
        return
    with pytest.raises(ConfigError) as info:
        config.load(path, {})
    line = str(info.value)
    assert message in line
    assert "\n" not in line and not line.endswith(".")
    assert "sk-secret" not in line and "12345" not in line


@pytest.mark.parametrize(
    "env,message",
    [
        ({"USEGATE_REVEIW": "allow"}, "environment: `USEGATE_REVEIW`: unknown variable"),  # typo
        (
            {"USEGATE_AUDIT_SYNCHRONOUS": "bad"},
            "environment: `USEGATE_AUDIT_SYNCHRONOUS`: `bad` is not one of",
        ),
        ({"USEGATE_LOG_LEVEL": "bogus"}, "environment: `USEGATE_LOG_LEVEL`: `bogus` is not one of"),
        ({"USEGATE_MAX_BODY_BYTES": "lots"}, "environment: `USEGATE_MAX_BODY_BYTES` must be a whole number"),
        ({"USEGATE_MAX_BODY_BYTES": "-5"}, "environment: `USEGATE_MAX_BODY_BYTES` must be greater than 0"),
        ({"USEGATE_LOG_REQUESTS": "maybe"}, "environment: `USEGATE_LOG_REQUESTS` must be true or false"),
        ({"USEGATE_UPSTREAM_BASE_URL": "ftp://x"}, "environment: `USEGATE_UPSTREAM_BASE_URL`: `ftp://x`"),
        ({"USEGATE_AUDIT_URL": "mysql://x"}, "environment: `USEGATE_AUDIT_URL`: unsupported url"),
    ],
)
def test_environment_errors_are_clear(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        config.load(None, env)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_police_tenant_is_denied_with_a_valid_config(tmp_path: Path) -> None:
    """The end-to-end reason for strictness: the config that loads decides as written."""
    path = tmp_path / "usegate.yaml"
    path.write_text(f"tenants:\n  - {POLICE}\n")
    s = config.load(path, {})
    [tenant] = s.tenants
    assert tenant.tenant().is_us_police


def test_pinned_pack_version_must_exist() -> None:
    with pytest.raises(PolicyError, match="pack `azure-openai-coc` has no version `2099-01-01`"):
        Decider.create(["azure-openai-coc@2099-01-01"], registry=default_registry(vision=False))
    Decider.create(["azure-openai-coc@2024-05-01"], registry=default_registry(vision=False))


def test_missing_file() -> None:
    with pytest.raises(ConfigError, match="cannot read config"):
        config.load("/nonexistent/usegate.yaml", {})
