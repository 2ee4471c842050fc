"""Replay: a log recorded under `azure-openai-coc@2023-06-01` (C1 only), replayed under
`2024-05-01`, lists exactly the requests the amendment's C2 would have refused."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml
from click.testing import CliRunner

from tests.gateway.conftest import TENANTS, gw_decider, make_gateway, settings, upstream, upstream_app  # noqa: F401
from usegate.cli import main
from usegate.driver import Decider
from usegate.policy.packs import PackLibrary
from usegate.replay import replay
from usegate.request.tenants import Registry
from usegate.signals.registry import default_registry

OLD = "azure-openai-coc@2023-06-01"
NEW = "azure-openai-coc@2024-05-01"
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
LIVE = {"X-Usegate-Capture-Mode": "live", "X-Usegate-Environment": "uncontrolled"}

# (name, key, headers, text, refused under C2)
REQUESTS = [
    # a German patrol officer's body camera, live, in the street: C2
    (
        "patrol",
        "ug-nrw-1",
        {**LIVE, "X-Usegate-Capture-Device": "body_worn"},
        "Who is the man on this bodycam frame? Match his face against our suspects database, the officer is with him now on patrol.",
        True,
    ),
    # a dash camera at a traffic stop, live: C2
    (
        "traffic-stop",
        "ug-nrw-1",
        {**LIVE, "X-Usegate-Capture-Device": "dash"},
        "Identify the driver from the dash cam feed right now at this traffic stop: match his face against prior inmates.",
        True,
    ),
    # recorded custody-suite footage on a fixed camera: not C2
    (
        "custody-suite",
        "ug-nrw-1",
        {
            "X-Usegate-Capture-Device": "fixed",
            "X-Usegate-Capture-Mode": "recorded",
            "X-Usegate-Environment": "controlled",
        },
        "Compare the face in yesterday's recorded custody suite footage with our booking photos: is it the same person?",
        False,
    ),
    # police work that is not facial recognition
    ("transcript", "ug-nrw-1", {}, "Summarise this body camera audio transcript into a report draft.", False),
    # facial recognition by a retailer: neither clause
    (
        "retailer",
        "ug-shopco-1",
        {},
        "Who is the man in this photo? Match his face against our mugshot database.",
        False,
    ),
    # US police: C1 under both versions, so no change
    (
        "us-police",
        "ug-spd-1",
        {},
        "Who is the man in this photo? Match his face against our mugshot database.",
        False,
    ),
]


def record_log(make_gateway: Any, settings: Any, *, retain: bool) -> tuple[Any, dict[str, str]]:  # noqa: F811
    old = Decider.create([OLD], registry=default_registry(vision=False))
    s = replace(settings, packs=(OLD,), audit=replace(settings.audit, retain_bodies=retain))
    gw = make_gateway(s, decider=old)
    ids = {}
    for name, key, headers, text, _ in REQUESTS:
        r = httpx.post(
            gw.base_url + "/chat/completions",
            json={"model": "gpt-4o", "messages": [{"role": "user", "content": text}]},
            headers={"Authorization": f"Bearer {key}", **headers},
            timeout=10,
        )
        ids[name] = r.headers["x-usegate-decision-id"]
        assert r.status_code == (403 if name == "us-police" else 200), (name, r.text)
    return gw, ids


def test_replay_lists_exactly_what_c2_would_have_refused(make_gateway: Any, settings: Any) -> None:  # noqa: F811
    gw, ids = record_log(make_gateway, settings, retain=True)
    library = PackLibrary.discover()
    store = gw.store()
    try:
        result = replay(
            store,
            library,
            NEW,
            tenants=Registry.from_records(TENANTS).tenants,
            decider=Decider(library, [NEW], default_registry(vision=False)),
        )
    finally:
        store.close()
    assert result.total == len(REQUESTS)
    groups = result.groups()
    assert list(groups) == ["allow → deny"]
    refused = {ids[name] for name, *_, c2 in REQUESTS if c2}
    assert {c.decision_id for c in groups["allow → deny"]} == refused
    assert all(c.clauses_after == (C2,) and c.tenant == "pol-nrw" for c in groups["allow → deny"])
    assert result.by_clause(groups["allow → deny"]) == [(C2, 2)]


def test_without_the_requests_replay_says_what_it_could_not_know(make_gateway: Any, settings: Any) -> None:  # noqa: F811
    """Signals are lazy: under C1 only, a German police request never had its camera
    context read. Without retained requests replay cannot invent it: those requests
    come out as `review`, naming the signals that were never recorded."""
    gw, ids = record_log(make_gateway, settings, retain=False)
    store = gw.store()
    try:
        result = replay(store, PackLibrary.discover(), NEW, tenants=Registry.from_records(TENANTS).tenants)
    finally:
        store.close()
    changed = {c.decision_id: c for c in result.changes}
    assert set(changed) == {ids[n] for n in ("patrol", "traffic-stop", "custody-suite", "transcript")}
    assert all(c.group == "allow → review" and "facial_recognition" in c.missing for c in changed.values())
    # the retailer's registry facts settle C2 without its request: no change
    assert ids["retailer"] not in changed


def test_replay_command(make_gateway: Any, settings: Any, tmp_path: Path) -> None:  # noqa: F811
    gw, ids = record_log(make_gateway, settings, retain=True)
    config = tmp_path / "usegate.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "packs": [OLD],
                "audit": {"url": gw.settings.audit.url, "retain_bodies": True},
                "tenants": TENANTS,
            }
        )
    )
    runner = CliRunner()
    out = runner.invoke(main, ["replay", "--config", str(config), "--pack", NEW, "--format", "json"])
    assert out.exit_code == 0, out.output
    # the gateway's request log may flush its JSON lines into the captured output: leave them out
    data = orjson.loads("\n".join(ln for ln in out.output.splitlines() if not ln.startswith('{"time"')))
    assert data["changed"] == 2 and set(data["groups"]) == {"allow → deny"}
    text = runner.invoke(main, ["replay", "--config", str(config), "--pack", NEW, "--fail-on-change"])
    assert text.exit_code == 3
    # the gateway's request log may flush its JSON lines into the captured stdout: leave them out
    report = "\n".join(line for line in text.output.splitlines() if not line.startswith('{"time"'))
    assert "allow → deny: 2" in report and ids["patrol"] in report and ids["retailer"] not in report
    bad = runner.invoke(main, ["replay", "--config", str(config), "--pack", "azure-openai-coc"])
    assert bad.exit_code == 1 and "NAME@VERSION" in bad.output
    # a time range that holds none of the log
    empty = runner.invoke(main, ["replay", "--config", str(config), "--pack", NEW, "--until", "2020-01-01"])
    assert "replayed 0 decisions" in empty.output
    # purging the retained requests leaves the chain intact
    purged = runner.invoke(main, ["audit", "purge", "--config", str(config), "--all"])
    assert purged.exit_code == 0 and "purged 6" in purged.output
    assert runner.invoke(main, ["audit", "verify", "--config", str(config)]).exit_code == 0


@pytest.mark.parametrize("reread", [True])
def test_reread_decides_the_retained_requests_again(make_gateway: Any, settings: Any, reread: bool) -> None:  # noqa: F811
    gw, ids = record_log(make_gateway, settings, retain=True)
    library = PackLibrary.discover()
    store = gw.store()
    try:
        result = replay(
            store,
            library,
            NEW,
            tenants=Registry.from_records(TENANTS).tenants,
            decider=Decider(library, [NEW], default_registry(vision=False)),
            reread=reread,
        )
    finally:
        store.close()
    assert result.reread == len(REQUESTS)
    assert {c.decision_id for c in result.changes} == {ids["patrol"], ids["traffic-stop"]}


def test_replay_under_an_operator_pack(make_gateway: Any, settings: Any, tmp_path: Path) -> None:  # noqa: F811
    """An operator's version in its own pack directory (`--pack-dir`): here a copy of the
    recorded version under a new version name, so replaying under it changes nothing."""
    import shutil

    from usegate.policy.packs import BUILTIN_DIR

    draft = tmp_path / "packs" / "azure-openai-coc" / "2099-01-01"
    shutil.copytree(BUILTIN_DIR / "azure-openai-coc" / "2023-06-01", draft)
    toml = (draft / "pack.toml").read_text().replace('version = "2023-06-01"', 'version = "2099-01-01"')
    (draft / "pack.toml").write_text(toml.replace('effective = "2023-06-01"', 'effective = "2099-01-01"'))
    shutil.rmtree(draft / "tests", ignore_errors=True)
    gw, ids = record_log(make_gateway, settings, retain=False)
    library = PackLibrary.discover([tmp_path / "packs"])
    store = gw.store()
    try:
        result = replay(
            store, library, "azure-openai-coc@2099-01-01", tenants=Registry.from_records(TENANTS).tenants
        )
    finally:
        store.close()
    # the same clauses as the recorded version: nothing changes
    assert result.total == len(REQUESTS) and result.changes == []
    assert result.target == "azure-openai-coc@2099-01-01"
