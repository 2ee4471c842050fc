"""The drivers: the gateway's async driver keeps model work off the event loop."""

from __future__ import annotations

import asyncio
import threading

from tests.conftest import US_POLICE, make_case
from usegate.driver import Decider
from usegate.request.case import Case
from usegate.signals.base import Memo, SignalValue
from usegate.signals.registry import default_registry


class _ModelSignal:
    """A cheap-looking signal that holds a CPU (like the semantic reader): it asks to be offloaded."""

    name = "facial_recognition"

    def __init__(self) -> None:
        self.threads: list[str] = []

    def cost(self, case: Case, memo: Memo) -> float:
        return 5.0

    def offload(self, case: Case, memo: Memo) -> bool:
        return True

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        self.threads.append(threading.current_thread().name)
        return SignalValue(True, 0.9, ("stub",))


def test_reading_runs_in_a_worker_thread_not_on_the_event_loop() -> None:
    stub = _ModelSignal()
    decider = Decider.create(registry=default_registry(vision=False).with_provider(stub))
    case = make_case("who is this man?", US_POLICE)

    async def run() -> str:
        await decider.decide_async(case)
        return threading.current_thread().name

    loop_thread = asyncio.run(run())
    assert stub.threads and all(t != loop_thread for t in stub.threads)


def test_the_shipped_reader_asks_to_be_offloaded() -> None:
    registry = default_registry(vision=False)
    case = make_case("who is this man?", US_POLICE)
    memo = Memo()
    assert registry.offload("facial_recognition", case, memo)
    registry.compute("facial_recognition", case, memo)
    assert not registry.offload("real_time", case, memo)  # read once: the context heads reuse it


def test_warming_loads_the_reader_so_the_first_request_pays_nothing_extra() -> None:
    """In a fresh process (nothing loaded yet): `warm` loads the encoder and the n-gram hasher."""
    import subprocess
    import sys

    code = (
        "from usegate.driver import Decider\n"
        "from usegate.signals.registry import default_registry\n"
        "from usegate.reading import encoder, features\n"
        "Decider.create(registry=default_registry(vision=False)).warm([])\n"
        "assert encoder._model is not None, 'encoder not loaded'\n"
        "assert features._hasher.cache_info().currsize == 2, 'hasher not built'\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-500:]
