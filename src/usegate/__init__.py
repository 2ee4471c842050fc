"""usegate: an OpenAI-compatible gateway that enforces AI use restrictions.

Public names are listed in `__all__`; heavy modules load lazily on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Case", "Decider", "Decision", "Outcome", "SignalValue", "Tenant", "decide"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from usegate.decision import Decision, decide
    from usegate.driver import Decider
    from usegate.request.case import Case, Tenant
    from usegate.signals.base import SignalValue
    from usegate.types import Outcome

_WHERE = {
    "Case": "usegate.request.case",
    "Tenant": "usegate.request.case",
    "Decider": "usegate.driver",
    "Decision": "usegate.decision",
    "decide": "usegate.decision",
    "Outcome": "usegate.types",
    "SignalValue": "usegate.signals.base",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module `usegate` has no attribute `{name}`")
