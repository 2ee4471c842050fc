"""`usegate tenants ...` on the database a config names (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml
from click.testing import CliRunner

from usegate.cli import main
from usegate.tenants.store import RegistryStore


@pytest.fixture
def config(tmp_path: Path, db_url: str) -> str:
    path = tmp_path / "usegate.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "audit": {"url": db_url},
                "registry": {"source": "database"},
                "tenants": [
                    {"id": "shopco", "sector": "commercial", "country": "US", "api_keys": ["ug-shop"]}
                ],
            }
        )
    )
    return str(path)


def run(config: str, *args: str, ok: bool = True) -> Any:
    result = CliRunner().invoke(main, ["tenants", *args, "--config", config])
    if ok:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 1, result.output
    return result


def lines(result: Any) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_add_list_update_and_history(config: str, db_url: str) -> None:
    assert [t["id"] for t in lines(run(config, "list"))] == ["shopco"]  # seeded from the config
    run(config, "add", "spd", "--sector", "law_enforcement", "--le-type", "police", "--country", "us")
    tenants = {t["id"]: t for t in lines(run(config, "list"))}
    assert tenants["spd"]["country"] == "US" and tenants["spd"]["le_type"] == "police"
    run(config, "update", "spd", "--sector", "government")
    shown = lines(run(config, "show", "spd"))[0]
    assert shown["sector"] == "government" and shown["le_type"] is None
    history = lines(run(config, "history", "--tenant", "spd"))
    assert [h["action"] for h in history] == ["tenant.create", "tenant.update"]
    assert history[1]["actor"].startswith("cli:")
    assert history[1]["before"] == {"sector": "law_enforcement", "le_type": "police"}
    assert history[1]["after"] == {"sector": "government", "le_type": None}
    run(config, "disable", "spd")
    store = RegistryStore(db_url)
    assert "spd" not in store.snapshot().registry.tenants
    store.close()


def test_invalid_input_is_refused_with_a_clear_message(config: str) -> None:
    result = run(config, "add", "spd", "--sector", "law_enforcement", "--country", "US", ok=False)
    assert "`le_type` is required when `sector` is `law_enforcement`" in result.stderr
    result = run(config, "add", "shopco", "--sector", "commercial", "--country", "US", ok=False)
    assert "tenant `shopco` exists already" in result.stderr
    result = run(config, "update", "shopco", "--sector", "law_enforcement", ok=False)
    assert "`le_type` is required" in result.stderr
    result = run(config, "update", "nobody", "--name", "x", ok=False)
    assert "no tenant `nobody`" in result.stderr


def test_keys_add_shows_the_key_once_and_revoke_ends_it(config: str, db_url: str) -> None:
    made = lines(run(config, "keys", "add", "shopco", "--expires-in", "3600"))[0]
    key = made["key"]
    store = RegistryStore(db_url)
    assert store.snapshot().registry.by_key(key) is not None
    listed = lines(run(config, "keys", "list", "shopco"))
    assert {k["id"] for k in listed} == {made["id"], "config-" + hashlib.sha256(b"ug-shop").hexdigest()[:12]}
    assert all("key" not in k for k in listed)
    assert key not in run(config, "keys", "list", "shopco").output
    revoked = lines(run(config, "keys", "revoke", "shopco", made["id"]))[0]
    assert revoked["state"] == "revoked"
    assert store.snapshot().registry.by_key(key) is None
    assert store.snapshot().registry.by_key("ug-shop") is not None
    assert key not in orjson.dumps(store.history()).decode()
    store.close()
    result = run(config, "keys", "add", "shopco", "--expires-at", "2001-01-01T00:00:00Z", ok=False)
    assert "in the past" in result.stderr


def test_end_customers(config: str) -> None:
    result = run(
        config,
        "end-customers",
        "add",
        "shopco",
        "cityco",
        "--sector",
        "government",
        "--country",
        "US",
        ok=False,
    )
    assert "not an integrator" in result.stderr
    run(config, "update", "shopco", "--integrator")
    run(config, "end-customers", "add", "shopco", "cityco", "--sector", "government", "--country", "US")
    assert [c["id"] for c in lines(run(config, "end-customers", "list", "shopco"))] == ["cityco"]
    run(config, "end-customers", "remove", "shopco", "cityco")
    assert lines(run(config, "end-customers", "list", "shopco")) == []


def test_a_yaml_registry_is_not_managed_here(tmp_path: Path) -> None:
    path = tmp_path / "usegate.yaml"
    path.write_text(yaml.safe_dump({"audit": {"url": f"sqlite:///{tmp_path / 'a.db'}"}}))
    result = run(str(path), "list", ok=False)
    assert "registry: {source: database}" in result.stderr


def test_admin_token_prints_a_token_and_its_hash() -> None:
    result = CliRunner().invoke(main, ["tenants", "admin-token", "--id", "ops"])
    assert result.exit_code == 0
    token = result.output.split("token: ", 1)[1].split()[0]
    assert hashlib.sha256(token.encode()).hexdigest() in result.output
