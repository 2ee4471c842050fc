"""The three-valued core: laziness, contradictions, integrators, fail-closed errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from tests.conftest import DE_POLICE, INTEGRATOR, RETAILER, US_POLICE, make_case
from usegate.decision import WorldResult, decide
from usegate.driver import Decider
from usegate.signals.base import SignalValue
from usegate.types import Outcome

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
LIVE_PATROL = {
    "X-Usegate-Capture-Device": "body_worn",
    "X-Usegate-Capture-Mode": "live",
    "X-Usegate-Environment": "uncontrolled",
}


def test_commercial_tenant_is_decided_without_purpose_or_context(decider: Decider) -> None:
    case = make_case("Who is this man? Match his face against our banned-customer list.", RETAILER)
    decision = decider.decide(case)
    assert decision.outcome is Outcome.ALLOW
    # lazy: neither the purpose nor any context signal was computed
    assert set(decision.signals) == {"law_enforcement", "for_us_police"}


def test_police_summary_of_bodycam_audio_is_allowed(decider: Decider) -> None:
    case = make_case("Summarise this body-cam audio transcript into a report draft: 21:04 arrived ...")
    decision = decider.decide(case)
    assert decision.outcome is Outcome.ALLOW
    assert decision.signals["facial_recognition"].value is False
    assert "real_time" not in decision.signals


def test_declared_live_contradicted_by_text_does_not_count(decider: Decider) -> None:
    headers = {**LIVE_PATROL, "X-Usegate-Capture-Mode": "recorded"}
    text = "Is this guy on our watch list? He is standing in front of the officer right now."
    decision = decider.decide(make_case(text, DE_POLICE, headers=headers))
    assert decision.outcome in (Outcome.DENY, Outcome.REVIEW)
    real_time = decision.signals["real_time"]
    assert real_time.contradictions, "the audit record must show the contradiction"
    assert "recorded" in real_time.contradictions[0]


def test_declaration_settles_signal_when_nothing_contradicts(decider: Decider) -> None:
    text = "Is the person in this photo on our wanted list?"
    decision = decider.decide(make_case(text, DE_POLICE, headers=LIVE_PATROL))
    assert decision.outcome is Outcome.DENY
    assert decision.clauses == (C2,)
    assert decision.signals["real_time"].value is True
    assert decision.signals["real_time"].contradictions == ()


def test_end_customer_declared_retailer_but_speaks_as_police(decider: Decider) -> None:
    text = "My sergeant wants this face checked against our suspects database. Who is he?"
    case = make_case(text, INTEGRATOR, headers={"X-Usegate-End-Customer": "shopco"})
    decision = decider.decide(case)
    assert decision.outcome in (Outcome.DENY, Outcome.REVIEW)
    assert decision.signals["for_us_police"].value is None
    assert decision.signals["for_us_police"].contradictions


@pytest.mark.parametrize(
    "text",
    [
        "तो अब इस चेहरे को suspects gallery से मिलाओ, मेरे sergeant ने कहा है। यह कौन है?",
        "Il mio maresciallo vuole sapere chi è quest'uomo: confrontalo con i nostri sospetti.",
        "Мой сержант просит проверить это лицо по нашей базе подозреваемых. Кто это?",
        "Saya polisi, cocokkan wajah ini dengan daftar tersangka kami.",
    ],
)
def test_end_customer_declared_retailer_but_speaks_as_police_in_other_languages(
    decider: Decider, text: str
) -> None:
    case = make_case(text, INTEGRATOR, headers={"X-Usegate-End-Customer": "shopco"})
    decision = decider.decide(case)
    assert decision.outcome in (Outcome.DENY, Outcome.REVIEW)
    assert decision.signals["for_us_police"].contradictions


def test_end_customer_from_metadata(decider: Decider) -> None:
    body = {
        "model": "gpt-4o",
        "metadata": {"end_customer": "spd"},
        "messages": [{"role": "user", "content": "Who is the man in this photo?"}],
    }
    decision = decider.decide(make_case("", INTEGRATOR, body=body))
    assert decision.outcome is Outcome.DENY
    assert C1 in decision.clauses


def test_integrator_serving_police_without_end_customer_is_review_for_recognition(decider: Decider) -> None:
    decision = decider.decide(make_case("Who is the man in this photo?", INTEGRATOR))
    assert decision.outcome is Outcome.REVIEW
    assert decision.signals["for_us_police"].value is None
    assert "for_us_police" in decision.undetermined


def test_integrator_serving_police_without_end_customer_allowed_when_not_recognition(
    decider: Decider,
) -> None:
    decision = decider.decide(make_case("Translate this witness statement into English.", INTEGRATOR))
    assert decision.outcome is Outcome.ALLOW


def test_version_in_force_by_received_at(decider: Decider) -> None:
    text = "Is the person in this photo on our wanted list?"
    before = decider.decide(
        make_case(text, DE_POLICE, headers=LIVE_PATROL, received_at="2024-04-30T23:59:59Z")
    )
    after = decider.decide(
        make_case(text, DE_POLICE, headers=LIVE_PATROL, received_at="2024-05-01T00:00:01Z")
    )
    assert (before.outcome, before.pack) == (Outcome.ALLOW, "azure-openai-coc@2023-06-01")
    assert (after.outcome, after.pack) == (Outcome.DENY, "azure-openai-coc@2024-05-01")


def test_clauses_refined_with_cheap_signals_both_clauses(decider: Decider) -> None:
    decision = decider.decide(
        make_case("Who is this guy in the frame? Run him.", US_POLICE, headers=LIVE_PATROL)
    )
    assert decision.outcome is Outcome.DENY
    assert set(decision.clauses) == {C1, C2}


class _ErrorEvaluator:
    """An engine that fails in every world where facial_recognition is true."""

    signals = ("facial_recognition", "for_us_police")

    def evaluate_table(self, known: Mapping[str, bool], unknown: Sequence[str]) -> list[WorldResult]:
        from usegate.decision import assignments

        return [
            WorldResult(frozenset(), ("error while evaluating policy",))
            if w["facial_recognition"]
            else WorldResult(frozenset())
            for w in assignments(known, unknown)
        ]


def _run(flow, values: dict[str, SignalValue]):  # type: ignore[no-untyped-def]
    try:
        name = next(flow)
        while True:
            name = flow.send(values[name])
    except StopIteration as stop:
        return stop.value


def test_evaluation_error_never_allows() -> None:
    flow = decide(
        "x",
        _ErrorEvaluator(),
        "p@1",
        costs={"facial_recognition": 1, "for_us_police": 0},
    )
    decision = _run(flow, {"facial_recognition": SignalValue(True), "for_us_police": SignalValue(True)})
    assert decision.outcome is Outcome.REVIEW
    assert decision.errors


def test_evaluation_error_irrelevant_when_world_is_excluded() -> None:
    flow = decide("x", _ErrorEvaluator(), "p@1", costs={"facial_recognition": 1, "for_us_police": 0})
    decision = _run(flow, {"facial_recognition": SignalValue(False), "for_us_police": SignalValue(True)})
    assert decision.outcome is Outcome.ALLOW


def test_failing_provider_gives_review_not_allow(decider: Decider) -> None:
    class Broken:
        name = "facial_recognition"

        def cost(self, case, memo):  # type: ignore[no-untyped-def]
            return 1.0

        def compute(self, case, memo):  # type: ignore[no-untyped-def]
            raise RuntimeError("model file is corrupt")

    broken = Decider(decider.library, decider.packs, decider.registry.with_provider(Broken()))
    decision = broken.decide(make_case("Who is the man in this photo?", US_POLICE))
    assert decision.outcome is Outcome.REVIEW
    assert "model file is corrupt" in decision.signals["facial_recognition"].errors[0]


def test_eu_pack_with_real_text() -> None:
    from usegate.signals.registry import default_registry

    eu = Decider.create(["eu-ai-act-art5"], registry=default_registry(vision=False))
    live = {"X-Usegate-Capture-Mode": "live", "X-Usegate-Environment": "uncontrolled"}
    text = "Wer ist die Person auf dem Live-Bild vom Hauptbahnhof?"
    denied = eu.decide(make_case(text, DE_POLICE, headers=live))
    assert (denied.outcome, denied.clauses) == (
        Outcome.DENY,
        ("eu-ai-act-art5/realtime-remote-biometric-identification",),
    )
    authorised = eu.decide(
        make_case(text, DE_POLICE, headers={**live, "X-Usegate-Authorisation": "AG Köln 502 Gs 1/26"})
    )
    assert authorised.outcome is Outcome.ALLOW
    verification = eu.decide(
        make_case("Is the man in this live frame the same person as on the ID card?", DE_POLICE, headers=live)
    )
    assert verification.outcome is Outcome.ALLOW  # 1:1 verification is not remote identification
    scraper = {**RETAILER, "country": "FR"}
    scraping = eu.decide(
        make_case(
            "Scrape profile photos from Instagram and enrol the faces into our recognition database.", scraper
        )
    )
    assert scraping.clauses == ("eu-ai-act-art5/untargeted-facial-scraping",)
    us = eu.decide(make_case(text, US_POLICE, headers=live))
    assert us.outcome is Outcome.ALLOW  # outside the Union
