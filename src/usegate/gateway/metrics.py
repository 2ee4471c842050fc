"""Prometheus metrics, in a registry of the app's own (so several apps can live in one process).

The hot path only adds to plain Python counters (an int in a dict, a bucket in a list);
`prometheus_client` turns them into the exposition format when `/metrics` is scraped,
through a custom collector. Its own `Counter`/`Histogram` take a lock and walk every
bucket on each update, which cost ~65k instructions a request here. Each series is
written by one thread only (the audit series by the writer thread, the rest by the
event loop), so no lock is needed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.metrics_core import CounterMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

_FAST = (0.0002, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
_SLOW = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
_BATCH = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)


class CounterChild:
    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value = 0.0

    def inc(self, amount: float = 1.0) -> None:
        self.value += amount


class Counter:
    def __init__(self, name: str, doc: str, labels: Sequence[str] = ()) -> None:
        self.name, self.doc, self.label_names = name, doc, tuple(labels)
        self.children: dict[tuple[str, ...], CounterChild] = {}

    def labels(self, *values: str) -> CounterChild:
        child = self.children.get(values)
        if child is None:
            child = self.children[values] = CounterChild()
        return child

    def collect(self) -> Metric:
        family = CounterMetricFamily(self.name, self.doc, labels=self.label_names)
        for values, child in self.children.items():
            family.add_metric(list(values), child.value)
        return family


class HistogramChild:
    __slots__ = ("bounds", "counts", "sum")

    def __init__(self, bounds: tuple[float, ...]) -> None:
        self.bounds = bounds
        self.counts = [0] * (len(bounds) + 1)  # the last one is +Inf
        self.sum = 0.0

    def observe(self, value: float) -> None:
        # a value equal to a bound belongs to that bucket (`le`), as in Prometheus
        self.counts[bisect_left(self.bounds, value)] += 1
        self.sum += value


class Histogram:
    def __init__(self, name: str, doc: str, buckets: tuple[float, ...], labels: Sequence[str] = ()) -> None:
        self.name, self.doc, self.label_names = name, doc, tuple(labels)
        self.buckets = tuple(float(b) for b in buckets)
        self.children: dict[tuple[str, ...], HistogramChild] = {}
        if not self.label_names:
            self._plain = self.labels()

    def labels(self, *values: str) -> HistogramChild:
        child = self.children.get(values)
        if child is None:
            child = self.children[values] = HistogramChild(self.buckets)
        return child

    def observe(self, value: float) -> None:
        self._plain.observe(value)

    def collect(self) -> Metric:
        family = HistogramMetricFamily(self.name, self.doc, labels=self.label_names)
        for values, child in self.children.items():
            counts = list(child.counts)
            running = 0
            cumulative = []
            for bound, count in zip((*self.buckets, float("inf")), counts, strict=True):
                running += count
                cumulative.append((_bound(bound), float(running)))
            family.add_metric(list(values), cumulative, child.sum)
        return family


def _bound(value: float) -> str:
    return "+Inf" if value == float("inf") else repr(value)


class _Collector(Collector):
    def __init__(self, metrics: Sequence[Counter | Histogram]) -> None:
        self.metrics = metrics

    def collect(self) -> Iterator[Metric]:
        for metric in self.metrics:
            yield metric.collect()


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.decisions = Counter(
            "usegate_decisions", "Decisions by outcome and endpoint", ["outcome", "endpoint"]
        )
        self.clauses = Counter(
            "usegate_decision_clauses", "Clauses cited by decisions", ["outcome", "clause"]
        )
        self.decision_seconds = Histogram(
            "usegate_decision_seconds", "Time spent deciding", _FAST, labels=["outcome"]
        )
        self.overhead_seconds = Histogram(
            "usegate_gateway_overhead_seconds",
            "Gateway time per request outside the upstream (parse, decide, audit wait)",
            _FAST,
        )
        self.upstream_seconds = Histogram(
            "usegate_upstream_seconds", "Upstream time to response headers", _SLOW
        )
        self.upstream_errors = Counter(
            "usegate_upstream_errors",
            "Upstream failures by kind (connect, timeout, protocol, status_5xx)",
            ["kind"],
        )
        self.responses = Counter("usegate_responses", "Responses by status code", ["status"])
        self.audit_batch = Histogram("usegate_audit_batch_size", "Records per audit group commit", _BATCH)
        self.audit_commit_seconds = Histogram(
            "usegate_audit_commit_seconds", "Audit group commit time", _FAST
        )
        self.audit_failures = Counter(
            "usegate_audit_failures",
            "Records the audit store failed to commit (each was answered 503 or left unfinished)",
        )
        self.reloads = Counter("usegate_config_reloads", "Config reloads (SIGHUP) by result", ["result"])
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(
            _Collector(
                [
                    self.decisions,
                    self.clauses,
                    self.decision_seconds,
                    self.overhead_seconds,
                    self.upstream_seconds,
                    self.upstream_errors,
                    self.responses,
                    self.audit_batch,
                    self.audit_commit_seconds,
                    self.audit_failures,
                    self.reloads,
                ]
            )
        )
        self._status: dict[int, CounterChild] = {}

    def decided(self, outcome: str, endpoint: str, clauses: tuple[str, ...], seconds: float) -> None:
        self.decisions.labels(outcome, endpoint).inc()
        self.decision_seconds.labels(outcome).observe(seconds)
        for clause in clauses:
            self.clauses.labels(outcome, clause).inc()

    def status(self, status: int) -> None:
        child = self._status.get(status)
        if child is None:
            child = self._status[status] = self.responses.labels(str(status))
        child.inc()

    def committed(self, size: int, seconds: float) -> None:
        self.audit_batch.observe(size)
        self.audit_commit_seconds.observe(seconds)

    def audit_failed(self, size: int) -> None:
        self.audit_failures.labels().inc(size)

    def render(self) -> bytes:
        return generate_latest(self.registry)
