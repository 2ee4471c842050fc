"""The console's index: a SQLite file derived from the audit log, never written by the
gateway, rebuilt from the log whenever it is missing.

The gateway's log is tuned for writing (schema 2 keeps no time or tenant index), so the
console does not search it directly. It reads the chain forward from the last record it
saw (`sync`), and keeps here what its pages ask for: one row a decision with the indexes
of the search form, hourly counts for the charts, the review queue as the chain tells it
(verdicts included), and an incremental walk of the hash chain. Nothing here is
evidence: the log is; this file can be deleted at any time.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from usegate.audit.record import GENESIS, chain_hash
from usegate.audit.store import AuditStore

VERSION = 1
HOUR = 3600 * 1_000_000

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS entries (
        seq INTEGER PRIMARY KEY, decision_id TEXT NOT NULL, t INTEGER NOT NULL, tenant TEXT NOT NULL,
        end_customer TEXT, decision TEXT NOT NULL, action TEXT, clauses TEXT NOT NULL, endpoint TEXT,
        granted INTEGER NOT NULL DEFAULT 0, contradicted INTEGER NOT NULL DEFAULT 0)""",
    "CREATE UNIQUE INDEX IF NOT EXISTS entries_id ON entries (decision_id)",
    "CREATE INDEX IF NOT EXISTS entries_t ON entries (t, seq)",
    "CREATE INDEX IF NOT EXISTS entries_tenant ON entries (tenant, t, seq)",
    "CREATE INDEX IF NOT EXISTS entries_decision ON entries (decision, t, seq)",
    "CREATE INDEX IF NOT EXISTS entries_tenant_decision ON entries (tenant, decision, t, seq)",
    "CREATE TABLE IF NOT EXISTS entry_clauses "
    "(clause TEXT NOT NULL, t INTEGER NOT NULL, seq INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS entry_clauses_c ON entry_clauses (clause, t, seq)",
    """CREATE TABLE IF NOT EXISTS hourly (
        hour INTEGER NOT NULL, tenant TEXT NOT NULL, decision TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (hour, tenant, decision)) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS hourly_clauses (
        hour INTEGER NOT NULL, clause TEXT NOT NULL, decision TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (hour, clause, decision)) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS queue (
        decision_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, t INTEGER NOT NULL, tenant TEXT NOT NULL,
        clauses TEXT NOT NULL, endpoint TEXT, status TEXT NOT NULL, reviewer TEXT, note TEXT,
        verdict_t INTEGER)""",
    "CREATE INDEX IF NOT EXISTS queue_status ON queue (status, t)",
    """CREATE TABLE IF NOT EXISTS state (
        id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, seq INTEGER NOT NULL,
        hash TEXT NOT NULL, problems TEXT NOT NULL)""",
]


def micros(iso: str) -> int:
    at = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return int(at.timestamp() * 1_000_000)


def iso_of(us: int) -> str:
    return datetime.fromtimestamp(us / 1_000_000, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Entry:
    seq: int
    decision_id: str
    t: int
    tenant: str
    end_customer: str | None
    decision: str
    action: str | None
    clauses: tuple[str, ...]
    endpoint: str | None
    granted: bool
    contradicted: bool

    @property
    def time(self) -> str:
        return iso_of(self.t)


@dataclass(frozen=True)
class Query:
    """The search form."""

    tenant: str | None = None
    decision: str | None = None
    clause: str | None = None
    since: int | None = None  # microseconds, inclusive
    until: int | None = None  # microseconds, exclusive
    before: tuple[int, int] | None = None  # keyset cursor: (t, seq) of the last row shown
    limit: int = 50


@dataclass(frozen=True)
class ChainStatus:
    indexed: int  # records walked
    head: int  # the store's committed head
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


class ConsoleIndex:
    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.execute(
            "PRAGMA journal_mode=WAL" if self.path != ":memory:" else "PRAGMA journal_mode=MEMORY"
        )
        self._conn.execute("PRAGMA synchronous=OFF")  # derived data: rebuilt if lost
        self._conn.execute("PRAGMA cache_size=-65536")
        self._conn.execute("PRAGMA temp_store=MEMORY")
        self._conn.execute("PRAGMA mmap_size=1073741824")
        row = None
        try:
            row = self._conn.execute("SELECT version FROM state WHERE id = 1").fetchone()
        except sqlite3.OperationalError:
            pass
        if row is not None and row[0] != VERSION:
            for (name,) in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).fetchall():
                self._conn.execute(f"DROP TABLE IF EXISTS {name}")
        for statement in _SCHEMA:
            self._conn.execute(statement)
        self._conn.execute(
            "INSERT OR IGNORE INTO state (id, version, seq, hash, problems) VALUES (1, ?, 0, ?, '[]')",
            (VERSION, GENESIS),
        )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- following the log --------------------------------------------------
    def _state(self) -> tuple[int, str, list[str]]:
        seq, digest, problems = self._conn.execute(
            "SELECT seq, hash, problems FROM state WHERE id = 1"
        ).fetchone()
        return int(seq), str(digest), list(orjson.loads(problems))

    def sync(self, store: AuditStore, *, batch: int = 20_000) -> int:
        """Index the records committed since the last sync; the number indexed."""
        with self._lock:
            seq, prev, problems = self._state()
            done = 0
            rows: list[Any] = []
            for row in store.rows(after=seq):
                rows.append(row)
                if len(rows) >= batch:
                    seq, prev = self._index(rows, seq, prev, problems)
                    done += len(rows)
                    rows = []
            if rows:
                seq, prev = self._index(rows, seq, prev, problems)
                done += len(rows)
            return done

    def _index(self, rows: Sequence[Any], seq: int, prev: str, problems: list[str]) -> tuple[int, str]:
        entries = []
        clause_rows = []
        hourly: Counter[tuple[int, str, str]] = Counter()
        hourly_clauses: Counter[tuple[int, str, str]] = Counter()
        queued = []
        verdicts = []
        for row in rows:
            # walk the chain as `usegate audit verify` does, one record at a time
            if row.seq != seq + 1:
                problems.append(f"record #{seq + 1}..#{row.seq - 1} missing before `{row.decision_id}`")
            if row.prev_hash != prev:
                problems.append(
                    f"record #{row.seq} `{row.decision_id}`: chain broken: previous hash does not match"
                )
            if chain_hash(row.prev_hash, row.data) != row.hash:
                problems.append(
                    f"record #{row.seq} `{row.decision_id}`: content changed: hash does not match"
                )
            seq, prev = row.seq, row.hash
            try:
                data = orjson.loads(row.data)
            except orjson.JSONDecodeError:
                continue
            t = micros(data.get("time") or "1970-01-01T00:00:00Z")
            if data.get("kind") == "verdict":
                verdicts.append(
                    (data["decision"], data.get("reviewer"), data.get("note"), t, data.get("review_of"))
                )
                continue
            clauses = tuple(data.get("clauses") or ())
            decision = str(data.get("decision"))
            tenant = str(data.get("tenant"))
            entries.append(
                (
                    row.seq,
                    row.decision_id,
                    t,
                    tenant,
                    data.get("end_customer"),
                    decision,
                    data.get("action"),
                    ",".join(clauses),
                    data.get("endpoint"),
                    1 if data.get("grant") else 0,
                    1 if data.get("contradictions") else 0,
                )
            )
            hour = t - t % HOUR
            hourly[(hour, tenant, decision)] += 1
            for clause in clauses:
                clause_rows.append((clause, t, row.seq))
                hourly_clauses[(hour, clause, decision)] += 1
            if decision == "review":  # the gateway queues every `review` (SPEC §3)
                queued.append((row.decision_id, row.seq, t, tenant, ",".join(clauses), data.get("endpoint")))
        del problems[100:]
        c = self._conn
        c.execute("BEGIN")
        try:
            c.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
            c.executemany("INSERT INTO entry_clauses VALUES (?, ?, ?)", clause_rows)
            c.executemany(
                "INSERT INTO hourly VALUES (?, ?, ?, ?) "
                "ON CONFLICT (hour, tenant, decision) DO UPDATE SET n = n + excluded.n",
                [(*k, n) for k, n in hourly.items()],
            )
            c.executemany(
                "INSERT INTO hourly_clauses VALUES (?, ?, ?, ?) "
                "ON CONFLICT (hour, clause, decision) DO UPDATE SET n = n + excluded.n",
                [(*k, n) for k, n in hourly_clauses.items()],
            )
            c.executemany(
                "INSERT OR IGNORE INTO queue (decision_id, seq, t, tenant, clauses, endpoint, status) "
                "VALUES (?, ?, ?, ?, ?, ?, 'pending')",
                queued,
            )
            c.executemany(
                "UPDATE queue SET status = ?, reviewer = ?, note = ?, verdict_t = ? WHERE decision_id = ?",
                verdicts,
            )
            c.execute(
                "UPDATE state SET seq = ?, hash = ?, problems = ? WHERE id = 1",
                (seq, prev, orjson.dumps(problems).decode()),
            )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return seq, prev

    # -- reading ------------------------------------------------------------
    def chain(self, store: AuditStore) -> ChainStatus:
        with self._lock:
            seq, digest, problems = self._state()
        head, head_hash = store.head()
        if head == seq and head_hash != digest:
            problems = [*problems, f"chain head #{head} does not match the last record walked"]
        elif head < seq:
            problems = [*problems, f"records #{head + 1}..#{seq} missing at the end of the log"]
        return ChainStatus(seq, head, tuple(problems))

    def search(self, q: Query) -> list[Entry]:
        where: list[str] = []
        params: list[Any] = []
        table = "entries e"
        if q.clause:
            table = "entry_clauses c JOIN entries e ON e.seq = c.seq"
            where.append("c.clause = ?")
            params.append(q.clause)
            tcol = "c.t"
            scol = "c.seq"
        else:
            tcol, scol = "e.t", "e.seq"
        if q.tenant:
            where.append("e.tenant = ?")
            params.append(q.tenant)
        if q.decision:
            where.append("e.decision = ?")
            params.append(q.decision)
        if q.since is not None:
            where.append(f"{tcol} >= ?")
            params.append(q.since)
        if q.until is not None:
            where.append(f"{tcol} < ?")
            params.append(q.until)
        if q.before is not None:
            where.append(f"({tcol}, {scol}) < (?, ?)")
            params.extend(q.before)
        sql = (
            f"SELECT e.seq, e.decision_id, e.t, e.tenant, e.end_customer, e.decision, e.action, e.clauses, "
            f"e.endpoint, e.granted, e.contradicted FROM {table}"
            + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY {tcol} DESC, {scol} DESC LIMIT ?"
        )
        params.append(q.limit)
        with self._lock:
            found = self._conn.execute(sql, params).fetchall()
        return [_entry(r) for r in found]

    def seq_range(self, since: int | None, until: int | None) -> tuple[int, int] | None:
        """The first and last chain positions of the decisions received in [since, until)
        (None when there are none)."""
        with self._lock:
            lo, hi = self._conn.execute(
                "SELECT MIN(seq), MAX(seq) FROM entries WHERE t >= ? AND t < ?",
                (since if since is not None else -(2**62), until if until is not None else 2**62),
            ).fetchone()
        return None if lo is None else (int(lo), int(hi))

    def entry(self, decision_id: str) -> Entry | None:
        with self._lock:
            r = self._conn.execute(
                "SELECT seq, decision_id, t, tenant, end_customer, decision, action, clauses, endpoint, "
                "granted, contradicted FROM entries WHERE decision_id = ?",
                (decision_id,),
            ).fetchone()
        return None if r is None else _entry(r)

    def counts(self, since: int | None = None, until: int | None = None) -> dict[str, Any]:
        """Totals for the overview: by outcome over time (hour buckets), by tenant, by clause."""
        lo = -(2**62) if since is None else since - since % HOUR
        hi = 2**62 if until is None else until
        with self._lock:
            c = self._conn
            by_hour = c.execute(
                "SELECT hour, decision, SUM(n) FROM hourly WHERE hour >= ? AND hour < ? "
                "GROUP BY hour, decision",
                (lo, hi),
            ).fetchall()
            by_tenant = c.execute(
                "SELECT tenant, decision, SUM(n) FROM hourly WHERE hour >= ? AND hour < ? "
                "GROUP BY tenant, decision",
                (lo, hi),
            ).fetchall()
            by_clause = c.execute(
                "SELECT clause, decision, SUM(n) FROM hourly_clauses WHERE hour >= ? AND hour < ? "
                "GROUP BY clause, decision",
                (lo, hi),
            ).fetchall()
        return {"hours": by_hour, "tenants": by_tenant, "clauses": by_clause}

    def tenants(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._conn.execute("SELECT DISTINCT tenant FROM hourly ORDER BY tenant")]

    def clauses(self) -> list[str]:
        with self._lock:
            return [
                r[0] for r in self._conn.execute("SELECT DISTINCT clause FROM hourly_clauses ORDER BY clause")
            ]

    def queue(self, status: str = "pending", *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """The review queue, oldest first."""
        with self._lock:
            found = self._conn.execute(
                "SELECT decision_id, seq, t, tenant, clauses, endpoint, status, reviewer, note, verdict_t "
                "FROM queue WHERE status = ? ORDER BY t LIMIT ? OFFSET ?",
                (status, limit, offset),
            ).fetchall()
        return [
            {
                "decision_id": r[0],
                "seq": r[1],
                "time": iso_of(r[2]),
                "t": r[2],
                "tenant": r[3],
                "clauses": [x for x in r[4].split(",") if x],
                "endpoint": r[5],
                "status": r[6],
                "reviewer": r[7],
                "note": r[8],
                "verdict_time": iso_of(r[9]) if r[9] else None,
            }
            for r in found
        ]

    def backlog(self) -> tuple[int, int | None]:
        """Pending reviews and the receipt time of the oldest (microseconds)."""
        with self._lock:
            n, oldest = self._conn.execute(
                "SELECT COUNT(*), MIN(t) FROM queue WHERE status = 'pending'"
            ).fetchone()
        return int(n), oldest

    def turnaround(self, since: int | None = None) -> list[float]:
        """Seconds from receipt to verdict of reviews settled since `since`."""
        with self._lock:
            found = self._conn.execute(
                "SELECT verdict_t - t FROM queue WHERE verdict_t IS NOT NULL AND t >= ?",
                (since or 0,),
            ).fetchall()
        return [r[0] / 1e6 for r in found]

    def iter_entries(self, since: int | None, until: int | None) -> Iterator[Entry]:
        q = Query(since=since, until=until, limit=5000)
        while True:
            batch = self.search(q)
            yield from batch
            if len(batch) < q.limit:
                return
            last = batch[-1]
            q = Query(since=since, until=until, limit=5000, before=(last.t, last.seq))


def _entry(r: Sequence[Any]) -> Entry:
    return Entry(
        seq=r[0],
        decision_id=r[1],
        t=r[2],
        tenant=r[3],
        end_customer=r[4],
        decision=r[5],
        action=r[6],
        clauses=tuple(x for x in r[7].split(",") if x),
        endpoint=r[8],
        granted=bool(r[9]),
        contradicted=bool(r[10]),
    )


def default_path(audit_url: str, configured: str | None) -> str:
    """Where the index lives: as configured, else beside a SQLite log, else in memory."""
    if configured:
        return configured
    if audit_url.startswith("sqlite://"):
        path = audit_url[len("sqlite://") :]
        if path.startswith("/") and not path.startswith("//"):
            path = path[1:]
        elif path.startswith("//"):
            path = path[1:]
        if path and path != ":memory:":
            return path + ".console"
    return ":memory:"
