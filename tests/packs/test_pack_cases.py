"""Every pack version's data tests (`policy/packs/**/tests/*.json`), one pytest case each."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from usegate.cli import main
from usegate.driver import Decider
from usegate.packtest import PackTest, iter_tests, run_test
from usegate.policy.packs import PackLibrary

LIBRARY = PackLibrary.discover()
TESTS = [t for name in LIBRARY.names for v in LIBRARY.versions(name) for t in iter_tests(v)]


@pytest.mark.parametrize("test", TESTS, ids=[f"{t.pack.ref}:{t.name}" for t in TESTS])
def test_pack_case(decider: Decider, test: PackTest) -> None:
    result = run_test(decider, test)
    assert result.ok, result.message


def test_every_pack_version_ships_tests() -> None:
    for name in LIBRARY.names:
        for version in LIBRARY.versions(name):
            assert any(True for _ in iter_tests(version)), version.ref


def test_usegate_pack_test_command() -> None:
    result = CliRunner().invoke(main, ["pack", "test"])
    assert result.exit_code == 0, result.output
    assert f"{len(TESTS)}/{len(TESTS)} pack tests passed" in result.output
