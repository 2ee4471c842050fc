"""What the SQLite and PostgreSQL stores share: the schema, its migrations, the chained
batch insert and the reads. Each dialect supplies a connection and its placeholder."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import orjson

from usegate.audit.record import GENESIS, VerdictRecord, chain_hash
from usegate.audit.store import Record, StoredRow, now_iso, review_row

#: the decisions table after its `seq` key
_DECISION_COLUMNS = (
    "decision_id TEXT NOT NULL UNIQUE, time TEXT NOT NULL, tenant TEXT NOT NULL, decision TEXT NOT NULL, "
    "prev_hash TEXT NOT NULL, hash TEXT NOT NULL, record TEXT NOT NULL"
)

#: schema migrations, in order; each is a list of statements, or a list per dialect
#: (`SQLStore.dialect`) where the dialects differ
MIGRATIONS: list[list[str] | dict[str, list[str]]] = [
    [
        f"CREATE TABLE IF NOT EXISTS decisions (seq BIGINT PRIMARY KEY, {_DECISION_COLUMNS})",
        "CREATE INDEX IF NOT EXISTS decisions_time ON decisions (time)",
        "CREATE INDEX IF NOT EXISTS decisions_tenant ON decisions (tenant, time)",
        """CREATE TABLE IF NOT EXISTS chain_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seq BIGINT NOT NULL,
            hash TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS reviews (
            decision_id TEXT PRIMARY KEY,
            time TEXT NOT NULL,
            tenant TEXT NOT NULL,
            status TEXT NOT NULL,
            row TEXT NOT NULL,
            reviewer TEXT,
            note TEXT,
            updated TEXT)""",
        "CREATE INDEX IF NOT EXISTS reviews_status ON reviews (status, time)",
    ],
    # 2: SQLite only. `seq` becomes the rowid (`BIGINT PRIMARY KEY` kept a second
    # b-tree) and the time and tenant indexes, which no query reads, go: each group
    # commit writes 3 pages to the WAL instead of 6. PostgreSQL keeps its indexes.
    {
        "sqlite": [
            f"CREATE TABLE decisions_v2 (seq INTEGER PRIMARY KEY, {_DECISION_COLUMNS})",
            "INSERT INTO decisions_v2 (seq, decision_id, time, tenant, decision, prev_hash, hash, record) "
            "SELECT seq, decision_id, time, tenant, decision, prev_hash, hash, record FROM decisions",
            "DROP TABLE decisions",
            "ALTER TABLE decisions_v2 RENAME TO decisions",
        ],
        "postgres": [],
    },
    # 3: the review loop. A verdict is a chained record in `decisions`; `verdicts` indexes
    # them by the decision reviewed. A review remembers its body hash (grants and
    # rejections are bound to it). `retained` keeps request bodies outside the chain
    # when `audit.retain_bodies` is on, so they can be purged. Nothing here is written
    # for an ordinary decision: the gateway's commit is unchanged.
    {
        "sqlite": [
            "ALTER TABLE reviews ADD COLUMN body_sha256 TEXT",
            "UPDATE reviews SET body_sha256 = (SELECT json_extract(d.record, '$.request.sha256') "
            "FROM decisions d WHERE d.decision_id = reviews.decision_id)",
            "CREATE INDEX IF NOT EXISTS reviews_body ON reviews (tenant, body_sha256)",
            "CREATE TABLE IF NOT EXISTS verdicts (seq INTEGER PRIMARY KEY, review_of TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS verdicts_review ON verdicts (review_of, seq)",
            "CREATE TABLE IF NOT EXISTS retained (decision_id TEXT PRIMARY KEY, time TEXT NOT NULL, "
            "content_type TEXT NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL)",
            "CREATE INDEX IF NOT EXISTS retained_time ON retained (time)",
        ],
        "postgres": [
            "ALTER TABLE reviews ADD COLUMN IF NOT EXISTS body_sha256 TEXT",
            "UPDATE reviews SET body_sha256 = (SELECT d.record::jsonb #>> '{request,sha256}' "
            "FROM decisions d WHERE d.decision_id = reviews.decision_id)",
            "CREATE INDEX IF NOT EXISTS reviews_body ON reviews (tenant, body_sha256)",
            "CREATE TABLE IF NOT EXISTS verdicts (seq BIGINT PRIMARY KEY, review_of TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS verdicts_review ON verdicts (review_of, seq)",
            "CREATE TABLE IF NOT EXISTS retained (decision_id TEXT PRIMARY KEY, time TEXT NOT NULL, "
            "content_type TEXT NOT NULL, headers TEXT NOT NULL, body BYTEA NOT NULL)",
            "CREATE INDEX IF NOT EXISTS retained_time ON retained (time)",
        ],
    },
]


class SQLStore:
    """A DB-API store; subclasses set `ph` (the placeholder) and open `self._conn`."""

    ph = "?"
    dialect = "sqlite"
    _conn: Any

    def __init__(self) -> None:
        self._lock = threading.Lock()

    # -- schema -------------------------------------------------------------
    def _migrate(self) -> None:
        cur = self._conn.cursor()
        cur.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
        )
        cur.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
        current = int(cur.fetchone()[0])
        for version, statements in enumerate(MIGRATIONS, start=1):
            if version <= current:
                continue
            for statement in statements if isinstance(statements, list) else statements[self.dialect]:
                cur.execute(statement)
            cur.execute(
                f"INSERT INTO schema_migrations (version, applied) VALUES ({self.ph}, {self.ph})",
                (version, now_iso()),
            )
        cur.execute(
            f"INSERT INTO chain_head (id, seq, hash) SELECT 1, 0, {self.ph} "
            "WHERE NOT EXISTS (SELECT 1 FROM chain_head WHERE id = 1)",
            (GENESIS,),
        )
        self._conn.commit()

    @contextlib.contextmanager
    def _guard(self) -> Iterator[Any]:
        conn = self._connection()
        try:
            yield conn
        except Exception as exc:
            self._lost(exc)
            raise

    def _read(self, sql: str, params: Sequence[Any] = (), *, many: bool = False) -> Any:
        """One read in its own transaction: the first row (or all rows, `many`). A read
        that finds its connection lost (`_retry`) runs once more on a new one."""
        with self._lock:
            for attempt in (1, 2):
                conn = self._connection()
                try:
                    cur = conn.cursor()
                    cur.execute(sql, params)
                    found = cur.fetchall() if many else cur.fetchone()
                    conn.commit()
                    return found
                except Exception as exc:
                    self._lost(exc)
                    if attempt == 2 or not self._retry(exc):
                        raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _retry(self, exc: BaseException) -> bool:
        """Whether a read that failed with `exc` may run again on a new connection."""
        return False

    @property
    def schema_version(self) -> int:
        return int(self._read("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")[0])

    # -- writing ------------------------------------------------------------
    def _begin(self, cur: Any) -> None:
        """Start the write transaction (and take the chain lock)."""

    def _connection(self) -> Any:
        """The connection to use now (a dialect may reconnect here)."""
        return self._conn

    def _lost(self, exc: BaseException) -> None:
        """A statement failed with `exc`: a dialect drops a broken connection here."""

    def ping(self) -> None:
        """A trivial query: raises when the database cannot answer (`/readyz`)."""
        self._read("SELECT 1")

    def append_batch(self, records: Sequence[Record]) -> None:
        if not records:
            return
        with self._lock:
            conn = self._connection()
            try:
                self._write(conn, records)
            except Exception as exc:
                self._lost(exc)
                raise

    def _write(self, conn: Any, records: Sequence[Record]) -> None:
        """One transaction on `conn`: chain `records` after the head and commit."""
        p = self.ph
        cur = conn.cursor()
        try:
            self._begin(cur)
            cur.execute("SELECT seq, hash FROM chain_head WHERE id = 1" + self._for_update)
            seq, prev = cur.fetchone()
            seq = int(seq)
            rows = []
            reviews = []
            verdicts: list[VerdictRecord] = []
            verdicts_seq: list[int] = []
            retained = []
            for record in records:
                data = record.dumps()
                seq += 1
                digest = chain_hash(prev, data)
                rows.append(
                    (
                        seq,
                        record.decision_id,
                        record.time,
                        record.tenant,
                        record.decision,
                        prev,
                        digest,
                        data.decode("utf-8"),
                    )
                )
                prev = digest
                if isinstance(record, VerdictRecord):
                    verdicts.append(record)
                    verdicts_seq.append(seq)
                    continue
                if record.retained is not None:
                    content_type, headers, body = record.retained
                    retained.append(
                        (record.decision_id, record.time, content_type, orjson.dumps(headers).decode(), body)
                    )
                if record.review:
                    reviews.append(
                        (
                            record.decision_id,
                            record.time,
                            record.tenant,
                            "pending",
                            orjson.dumps(review_row(record)).decode("utf-8"),
                            record.request.get("sha256"),
                        )
                    )
            cur.executemany(
                "INSERT INTO decisions "
                "(seq, decision_id, time, tenant, decision, prev_hash, hash, record) "
                f"VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p})",
                rows,
            )
            if reviews:
                cur.executemany(
                    "INSERT INTO reviews (decision_id, time, tenant, status, row, body_sha256) "
                    f"VALUES ({p}, {p}, {p}, {p}, {p}, {p})",
                    reviews,
                )
            if retained:
                cur.executemany(
                    "INSERT INTO retained (decision_id, time, content_type, headers, body) "
                    f"VALUES ({p}, {p}, {p}, {p}, {p})",
                    retained,
                )
            for verdict, at in zip(verdicts, verdicts_seq, strict=True):
                cur.execute(
                    f"INSERT INTO verdicts (seq, review_of) VALUES ({p}, {p})", (at, verdict.review_of)
                )
                cur.execute(
                    f"UPDATE reviews SET status = {p}, reviewer = {p}, note = {p}, updated = {p} "
                    f"WHERE decision_id = {p}",
                    (verdict.decision, verdict.reviewer, verdict.note, verdict.time, verdict.review_of),
                )
            cur.execute(f"UPDATE chain_head SET seq = {p}, hash = {p} WHERE id = 1", (seq, prev))
            conn.commit()
        except BaseException:
            try:
                conn.rollback()
            except Exception:  # a dead connection cannot roll back: the original error says why
                pass
            raise

    _for_update = ""

    # -- reading ------------------------------------------------------------
    def _row(self, r: Sequence[Any]) -> StoredRow:
        data = r[6]
        return StoredRow(
            int(r[0]),
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            data.encode("utf-8") if isinstance(data, str) else bytes(data),
        )

    _COLUMNS = "seq, decision_id, decision, tenant, prev_hash, hash, record"

    def get(self, decision_id: str) -> dict[str, Any] | None:
        r = self._read(f"SELECT {self._COLUMNS} FROM decisions WHERE decision_id = {self.ph}", (decision_id,))
        return None if r is None else self._row(r).to_json()

    def rows(self, after: int = 0) -> Iterator[StoredRow]:
        last = after
        while True:
            batch = self._read(
                f"SELECT {self._COLUMNS} FROM decisions WHERE seq > {self.ph} ORDER BY seq LIMIT 1000",
                (last,),
                many=True,
            )
            if not batch:
                return
            for r in batch:
                row = self._row(r)
                last = row.seq
                yield row

    def head(self) -> tuple[int, str]:
        r = self._read("SELECT seq, hash FROM chain_head WHERE id = 1")
        return (0, GENESIS) if r is None else (int(r[0]), str(r[1]))

    def reviews(self, status: str | None = "pending") -> list[dict[str, Any]]:
        if status is None:
            return self._entries("ORDER BY time", ())
        return self._entries(f"WHERE status = {self.ph} ORDER BY time", (status,))

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """All rows of a read, through `_read` (which reconnects a lost connection)."""
        return list(self._read(sql, params, many=True))

    def _entries(self, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        out = []
        for row, st, reviewer, note, updated, sha in self._query(
            "SELECT row, status, reviewer, note, updated, body_sha256 FROM reviews " + where, params
        ):
            item = orjson.loads(row)
            item.update(status=st, reviewer=reviewer, note=note, updated=updated, body_sha256=sha)
            out.append(item)
        return out

    def review(self, decision_id: str) -> dict[str, Any] | None:
        found = self._entries(f"WHERE decision_id = {self.ph}", (decision_id,))
        return found[0] if found else None

    def reviews_for_body(self, tenant: str, body_sha256: str) -> list[dict[str, Any]]:
        p = self.ph
        return self._entries(f"WHERE tenant = {p} AND body_sha256 = {p} ORDER BY time", (tenant, body_sha256))

    def verdicts(self, decision_id: str) -> list[dict[str, Any]]:
        found = self._query(
            f"SELECT {', '.join('d.' + c.strip() for c in self._COLUMNS.split(','))} "
            f"FROM verdicts v JOIN decisions d ON d.seq = v.seq WHERE v.review_of = {self.ph} ORDER BY v.seq",
            (decision_id,),
        )
        return [self._row(r).to_json() for r in found]

    def retained(self, decision_id: str) -> tuple[str, dict[str, str], bytes] | None:
        found = self._query(
            f"SELECT content_type, headers, body FROM retained WHERE decision_id = {self.ph}", (decision_id,)
        )
        if not found:
            return None
        content_type, headers, body = found[0]
        return str(content_type), orjson.loads(headers), bytes(body)

    def purge_retained(self, before: str | None) -> int:
        with self._lock:
            cur = self._conn.cursor()
            if before is None:
                cur.execute("DELETE FROM retained")
            else:
                cur.execute(f"DELETE FROM retained WHERE time < {self.ph}", (before,))
            gone = cur.rowcount
            self._conn.commit()
        return int(gone or 0)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement and commit (tests use it to tamper with the log)."""
        with self._lock, self._guard() as conn:
            cur = conn.cursor()
            cur.execute(sql, params)
            conn.commit()

    def close(self) -> None:
        with self._lock:
            self._conn.close()
