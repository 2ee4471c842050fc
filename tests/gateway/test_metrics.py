"""/metrics: the exposition a Prometheus server scrapes, parsed back with its own parser."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from usegate.gateway.metrics import Metrics


def samples(m: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(m.render().decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_counters_and_cumulative_histogram_buckets() -> None:
    m = Metrics()
    m.decided("allow", "/v1/chat/completions", (), 0.0004)
    m.decided("allow", "/v1/chat/completions", (), 0.001)  # on a bound: counted in le="0.001"
    m.decided("deny", "/v1/chat/completions", ("AOAI-COC-2024-05-01/C1",), 7.0)  # beyond every bound
    m.status(200)
    m.status(200)
    m.status(403)
    m.upstream_errors.labels("connect").inc()
    m.committed(3, 0.0002)
    got = samples(m)
    allow = (("endpoint", "/v1/chat/completions"), ("outcome", "allow"))
    assert got[("usegate_decisions_total", allow)] == 2
    assert (
        got[("usegate_decision_clauses_total", (("clause", "AOAI-COC-2024-05-01/C1"), ("outcome", "deny")))]
        == 1
    )
    assert got[("usegate_responses_total", (("status", "200"),))] == 2
    assert got[("usegate_responses_total", (("status", "403"),))] == 1
    assert got[("usegate_upstream_errors_total", (("kind", "connect"),))] == 1
    bucket = "usegate_decision_seconds_bucket"
    assert got[(bucket, (("le", "0.0002"), ("outcome", "allow")))] == 0
    assert got[(bucket, (("le", "0.0005"), ("outcome", "allow")))] == 1
    assert got[(bucket, (("le", "0.001"), ("outcome", "allow")))] == 2
    assert got[(bucket, (("le", "+Inf"), ("outcome", "allow")))] == 2
    assert got[(bucket, (("le", "5.0"), ("outcome", "deny")))] == 0
    assert got[(bucket, (("le", "+Inf"), ("outcome", "deny")))] == 1
    assert got[("usegate_decision_seconds_count", (("outcome", "deny"),))] == 1
    assert abs(got[("usegate_decision_seconds_sum", (("outcome", "allow"),))] - 0.0014) < 1e-12
    assert got[("usegate_audit_batch_size_bucket", (("le", "4.0"),))] == 1
    assert got[("usegate_audit_batch_size_bucket", (("le", "2.0"),))] == 0
    assert got[("usegate_audit_commit_seconds_count", ())] == 1
