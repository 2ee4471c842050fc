"""The public names of `usegate` resolve, and nothing else is promised."""

from __future__ import annotations

import usegate


def test_all_public_names_resolve() -> None:
    for name in usegate.__all__:
        assert getattr(usegate, name) is not None, name


def test_unknown_name_raises() -> None:
    try:
        usegate.no_such_thing  # type: ignore[attr-defined]  # checking the error path
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")
