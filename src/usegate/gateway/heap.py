"""Handing memory back after a large request.

glibc keeps the pages of freed large blocks in the process: a 30 MB prompt left the
gateway hundreds of MB bigger for good. After a large body's request is done, the
gateway asks the C heap to give its free pages back (`malloc_trim`), in a worker
thread. A no-op where the C library is not glibc.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes

        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
        return trim
    except (OSError, AttributeError):  # not glibc
        return None


_TRIM = _malloc_trim()


def give_back() -> None:
    """Schedule the trim on the running loop's default executor."""
    if _TRIM is not None:
        asyncio.get_running_loop().run_in_executor(None, _TRIM, 0)
