"""The public names of `usegate` resolve, and nothing else is promised."""

from __future__ import annotations

import pytest

import usegate


def test_all_public_names_resolve() -> None:
    for name in usegate.__all__:
        assert getattr(usegate, name) is not None, name


def test_unknown_name_raises() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        getattr(usegate, "no_such_thing")  # noqa: B009  # the dynamic lookup is what is tested
