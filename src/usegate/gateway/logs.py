"""Structured JSON logs: one object a line, with the decision id when there is one.

Two writers share one stream: the `logging` handler (startup, warnings, errors, written at
once) and `RequestLog`, the one line per request, which skips `logging`'s record
machinery and batches its lines into one write every `FLUSH_SECONDS` (or 64 KB): at
~1,000 requests/s a line per `write(2)` through `logging` cost ~50 µs of CPU a request.
Both emit the same fields (`time`, `level`, `logger`, `msg`, then the extras).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from typing import IO, Any

import orjson

_STD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}
FLUSH_SECONDS = 0.2
MAX_BUFFER = 64 * 1024

#: where `configure` sent the logs (request lines go to the same place)
_stream: IO[str] | None = None


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STD and not key.startswith("_"):
                out[key] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(out, default=str).decode("utf-8")


def configure(level: str = "info", stream: IO[str] | None = None) -> None:
    """Send usegate's and uvicorn's logs to `stream` (stderr) as JSON lines."""
    global _stream
    _stream = stream or sys.stderr
    handler = logging.StreamHandler(_stream)
    handler.setFormatter(JSONFormatter())
    for name in ("usegate", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False
    logging.getLogger("uvicorn.access").disabled = True  # usegate logs each request itself


class RequestLog:
    """The per-request line (`msg` "request", logger `usegate.gateway`), buffered.

    Lines are written by the event loop's thread only; `flush()` at shutdown writes the
    rest. Lines wait at most `FLUSH_SECONDS`; the audit log, not this, is the record.
    """

    logger = "usegate.gateway"

    def __init__(self, stream: IO[str] | None = None) -> None:
        self._stream = stream
        self._lines: list[bytes] = []
        self._size = 0
        self._timer: asyncio.TimerHandle | None = None
        self._second = -1
        self._prefix = ""

    @property
    def enabled(self) -> bool:
        return logging.getLogger(self.logger).isEnabledFor(logging.INFO)

    def _time(self, now: float) -> str:
        second = int(now)
        if second != self._second:  # strftime once a second, not once a request
            self._second = second
            self._prefix = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        return f"{self._prefix}.{int((now - second) * 1000):03d}Z"

    def write(self, fields: dict[str, Any]) -> None:
        head = {"time": self._time(time.time()), "level": "info", "logger": self.logger, "msg": "request"}
        line = orjson.dumps(head | fields, default=str)
        self._lines.append(line)
        self._size += len(line) + 1
        if self._size >= MAX_BUFFER:
            self.flush()
        elif self._timer is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # no loop (a synchronous caller): write at once
                self.flush()
                return
            self._timer = loop.call_later(FLUSH_SECONDS, self.flush)

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self._lines:
            return
        data = b"\n".join(self._lines) + b"\n"
        self._lines.clear()
        self._size = 0
        stream = self._stream or _stream or sys.stderr
        try:
            binary = getattr(stream, "buffer", None)
            if binary is not None:
                stream.flush()  # keep order with what `logging` wrote before
                binary.write(data)
                binary.flush()
            else:
                stream.write(data.decode("utf-8"))
                stream.flush()
        except (OSError, ValueError):  # a closed or broken log stream never fails a request
            pass
