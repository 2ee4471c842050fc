"""Adapter from the learned purpose model (`usegate.purpose`) to the purpose signal.

The model ships inside the package; loading it never touches the network. A
missing or corrupt artifact is an error at start, not a silent fallback.
"""

from __future__ import annotations

from usegate.exceptions import SignalError
from usegate.signals.purpose import PurposeModelLike


def load_purpose_model() -> PurposeModelLike:
    from usegate.purpose import PurposeModel

    try:
        return PurposeModel.load()
    except (OSError, ValueError, KeyError) as exc:
        raise SignalError(f"cannot load the purpose model: {exc}") from exc
