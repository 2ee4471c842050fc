"""The `AuditStore` protocol, its in-memory twin, chain verification and `open_store`.

A store appends batches of records durably (one transaction, one commit: group
commit), hash-chains them (each record's hash covers the previous hash and its
canonical JSON bytes), keeps a queue of decisions waiting for a human, and reads
records back. Knows no SQL dialect.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import orjson

from usegate.audit.record import GENESIS, AuditRecord, VerdictRecord, chain_hash
from usegate.exceptions import AuditError


@dataclass(frozen=True)
class StoredRow:
    """A record as stored: its chain position, the indexed columns and the JSON bytes."""

    seq: int
    decision_id: str
    decision: str
    tenant: str
    prev_hash: str
    hash: str
    data: bytes

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = orjson.loads(self.data)
        out["chain"] = {"seq": self.seq, "prev_hash": self.prev_hash, "hash": self.hash}
        return out


#: what the chain holds: decisions and reviewers' verdicts
Record = AuditRecord | VerdictRecord


class AuditStore(Protocol):
    def append_batch(self, records: Sequence[Record]) -> None:
        """Store the records durably, in order, chained; queue those with `review` set;
        a verdict also moves its review's queue entry to the verdict."""
        ...

    def get(self, decision_id: str) -> dict[str, Any] | None: ...

    def rows(self, after: int = 0) -> Iterator[StoredRow]:
        """Every stored record in chain order (those after sequence number `after`)."""
        ...

    def head(self) -> tuple[int, str]:
        """The last sequence number and hash the store committed (0 and the genesis hash when empty)."""
        ...

    def reviews(self, status: str | None = "pending") -> list[dict[str, Any]]: ...

    def review(self, decision_id: str) -> dict[str, Any] | None:
        """The queue entry of one reviewed decision (None when it was never queued)."""
        ...

    def reviews_for_body(self, tenant: str, body_sha256: str) -> list[dict[str, Any]]:
        """The queue entries of `tenant`'s reviewed requests with this body hash."""
        ...

    def verdicts(self, decision_id: str) -> list[dict[str, Any]]:
        """The chained verdicts on one decision, oldest first (each with its `chain`)."""
        ...

    def retained(self, decision_id: str) -> tuple[str, dict[str, str], bytes] | None:
        """The request kept under `audit.retain_bodies` (content type, headers, body)."""
        ...

    def purge_retained(self, before: str | None) -> int:
        """Drop retained requests received before `before` (all when None); the count dropped."""
        ...

    def close(self) -> None: ...


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def review_row(record: AuditRecord) -> dict[str, Any]:
    return {
        "decision_id": record.decision_id,
        "time": record.time,
        "tenant": record.tenant,
        "end_customer": record.end_customer,
        "endpoint": record.endpoint,
        "decision": record.decision,
        "action": record.action,
        "clauses": list(record.clauses),
        "body_sha256": record.request.get("sha256"),
        "status": "pending",
        "reviewer": None,
        "note": None,
        "updated": None,
    }


class MemoryStore:
    """The in-memory twin (tests, `audit: {url: "memory://"}`)."""

    def __init__(self) -> None:
        self._rows: list[StoredRow] = []
        self._index: dict[str, int] = {}
        self._reviews: dict[str, dict[str, Any]] = {}
        self._verdicts: dict[str, list[int]] = {}
        self._retained: dict[str, tuple[str, tuple[str, dict[str, str], bytes]]] = {}
        self._lock = threading.Lock()

    def append_batch(self, records: Sequence[Record]) -> None:
        with self._lock:
            seq, prev = self.head()
            for record in records:
                data = record.dumps()
                seq += 1
                digest = chain_hash(prev, data)
                self._index[record.decision_id] = len(self._rows)
                self._rows.append(
                    StoredRow(seq, record.decision_id, record.decision, record.tenant, prev, digest, data)
                )
                prev = digest
                if isinstance(record, VerdictRecord):
                    self._verdicts.setdefault(record.review_of, []).append(len(self._rows) - 1)
                    row = self._reviews.get(record.review_of)
                    if row is not None:
                        row.update(
                            status=record.decision,
                            reviewer=record.reviewer,
                            note=record.note,
                            updated=record.time,
                        )
                    continue
                if record.review:
                    self._reviews[record.decision_id] = review_row(record)
                if record.retained is not None:
                    self._retained[record.decision_id] = (record.time, record.retained)

    def get(self, decision_id: str) -> dict[str, Any] | None:
        i = self._index.get(decision_id)
        return None if i is None else self._rows[i].to_json()

    def rows(self, after: int = 0) -> Iterator[StoredRow]:
        return iter([r for r in self._rows if r.seq > after])

    def head(self) -> tuple[int, str]:
        if not self._rows:
            return 0, GENESIS
        last = self._rows[-1]
        return last.seq, last.hash

    def reviews(self, status: str | None = "pending") -> list[dict[str, Any]]:
        return [dict(r) for r in self._reviews.values() if status is None or r["status"] == status]

    def review(self, decision_id: str) -> dict[str, Any] | None:
        row = self._reviews.get(decision_id)
        return None if row is None else dict(row)

    def reviews_for_body(self, tenant: str, body_sha256: str) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self._reviews.values()
            if r["tenant"] == tenant and r.get("body_sha256") == body_sha256
        ]

    def verdicts(self, decision_id: str) -> list[dict[str, Any]]:
        return [self._rows[i].to_json() for i in self._verdicts.get(decision_id, [])]

    def retained(self, decision_id: str) -> tuple[str, dict[str, str], bytes] | None:
        found = self._retained.get(decision_id)
        return None if found is None else found[1]

    def purge_retained(self, before: str | None) -> int:
        with self._lock:
            gone = [k for k, (t, _) in self._retained.items() if before is None or t < before]
            for k in gone:
                del self._retained[k]
            return len(gone)

    def close(self) -> None:
        pass

    # test helpers: tampering
    def replace_row(self, index: int, row: StoredRow) -> None:
        self._rows[index] = row

    def delete_row(self, index: int) -> None:
        del self._rows[index]


@dataclass(frozen=True)
class VerifyResult:
    count: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(store: AuditStore, *, max_problems: int = 100) -> VerifyResult:
    """Walk the chain: every record's hash must cover its bytes and the previous hash,
    sequence numbers must be contiguous, the indexed columns must match the record, and
    the last record must be the committed head (so a deleted tail is noticed too)."""
    problems: list[str] = []
    latest: dict[str, str] = {}  # reviewed decision id -> its last chained verdict
    prev = GENESIS
    expected = 1
    count = 0
    for row in store.rows():
        count += 1
        if row.seq != expected:
            problems.append(f"record #{expected}..#{row.seq - 1} missing before `{row.decision_id}`")
        if row.prev_hash != prev:
            problems.append(
                f"record #{row.seq} `{row.decision_id}`: chain broken: previous hash does not match"
            )
        if chain_hash(row.prev_hash, row.data) != row.hash:
            problems.append(f"record #{row.seq} `{row.decision_id}`: content changed: hash does not match")
        else:
            try:
                data = orjson.loads(row.data)
            except orjson.JSONDecodeError:
                data = {}
            for column in ("decision_id", "decision", "tenant"):
                if data.get(column) != getattr(row, column):
                    problems.append(f"record #{row.seq} `{row.decision_id}`: column `{column}` changed")
            if data.get("kind") == "verdict":
                latest[str(data.get("review_of"))] = str(data.get("decision"))
        prev = row.hash
        expected = row.seq + 1
        if len(problems) >= max_problems:
            break
    seq, digest = store.head()
    if len(problems) < max_problems and (seq, digest) != (expected - 1, prev):
        if seq > expected - 1:
            problems.append(f"records #{expected}..#{seq} missing at the end of the log")
        else:
            problems.append(f"chain head #{seq} does not match the last record #{expected - 1}")
    if len(problems) < max_problems:
        problems.extend(_check_queue(store, latest)[: max_problems - len(problems)])
    return VerifyResult(count, tuple(problems))


def _check_queue(store: AuditStore, latest: dict[str, str]) -> list[str]:
    """The review queue is a view of the chain: each entry's status must be its last
    chained verdict (pending when there is none)."""
    problems = []
    for entry in store.reviews(None):
        did = entry["decision_id"]
        want = latest.pop(did, "pending")
        if entry["status"] != want:
            problems.append(f"review of `{did}`: queue says `{entry['status']}` but the chain says `{want}`")
    for did in latest:
        problems.append(f"verdict on `{did}`: no such review in the queue")
    return problems


def open_store(url: str, *, synchronous: str = "full") -> AuditStore:
    """Open the store an `audit.url` names: `sqlite:///PATH`, `postgresql://...`, `memory://`."""
    if url == "memory://":
        return MemoryStore()
    if url.startswith("sqlite://"):
        from usegate.audit.sqlite import SQLiteStore

        path = url[len("sqlite://") :]
        if path.startswith("/"):
            path = path[1:] if not path.startswith("//") else path[1:]
        return SQLiteStore(path or "usegate-audit.db", synchronous=synchronous)
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from usegate.audit.postgres import PostgresStore
        except ImportError as exc:  # psycopg missing
            raise AuditError(
                "the postgres audit store needs the [postgres] extra: pip install 'usegate[postgres]'"
            ) from exc
        return PostgresStore(url)
    raise AuditError(f"unsupported audit url `{url}`")
