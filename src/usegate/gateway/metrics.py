"""Prometheus metrics, in a registry of the app's own (so several apps can live in one process)."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

_FAST = (0.0002, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
_SLOW = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.decisions = Counter(
            "usegate_decisions", "Decisions by outcome and endpoint", ["outcome", "endpoint"], registry=r
        )
        self.clauses = Counter(
            "usegate_decision_clauses", "Clauses cited by decisions", ["outcome", "clause"], registry=r
        )
        self.decision_seconds = Histogram(
            "usegate_decision_seconds", "Time spent deciding", ["outcome"], buckets=_FAST, registry=r
        )
        self.overhead_seconds = Histogram(
            "usegate_gateway_overhead_seconds",
            "Gateway time per request outside the upstream (parse, decide, audit wait)",
            buckets=_FAST,
            registry=r,
        )
        self.upstream_seconds = Histogram(
            "usegate_upstream_seconds", "Upstream time to response headers", buckets=_SLOW, registry=r
        )
        self.upstream_errors = Counter(
            "usegate_upstream_errors",
            "Upstream failures by kind (connect, timeout, protocol, status_5xx)",
            ["kind"],
            registry=r,
        )
        self.responses = Counter("usegate_responses", "Responses by status code", ["status"], registry=r)
        self.audit_batch = Histogram(
            "usegate_audit_batch_size",
            "Records per audit group commit",
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024),
            registry=r,
        )
        self.audit_commit_seconds = Histogram(
            "usegate_audit_commit_seconds", "Audit group commit time", buckets=_FAST, registry=r
        )
        self._children: dict[tuple[str, ...], Any] = {}

    def decided(self, outcome: str, endpoint: str, clauses: tuple[str, ...], seconds: float) -> None:
        key = ("d", outcome, endpoint)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = (
                self.decisions.labels(outcome, endpoint),
                self.decision_seconds.labels(outcome),
            )
        counter, hist = child
        counter.inc()
        hist.observe(seconds)
        for clause in clauses:
            self.clauses.labels(outcome, clause).inc()

    def status(self, status: int) -> None:
        key = ("s", str(status))
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = self.responses.labels(str(status))
        child.inc()

    def committed(self, size: int, seconds: float) -> None:
        self.audit_batch.observe(size)
        self.audit_commit_seconds.observe(seconds)

    def render(self) -> bytes:
        return generate_latest(self.registry)
