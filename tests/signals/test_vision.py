"""Decisions with real photographs: faces, EXIF and overlays through the whole core."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest

from tests.conftest import DE_POLICE, RETAILER, US_POLICE, make_case
from tests.images import photos
from usegate.driver import Decider
from usegate.request.parse import parse_time
from usegate.signals.registry import default_registry
from usegate.types import Outcome

RECEIVED = "2026-11-21T14:33:15Z"


@pytest.fixture(scope="module")
def vision_decider() -> Decider:
    return Decider.create(registry=default_registry(vision=True))


def _url(data: bytes) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(data).decode()


def _msg(text: str, *images: bytes) -> list[dict]:  # type: ignore[type-arg]
    parts: list[dict] = [{"type": "text", "text": text}]  # type: ignore[type-arg]
    parts += [{"type": "image_url", "image_url": {"url": _url(i)}} for i in images]
    return [{"role": "user", "content": parts}]


FACE = photos.encode(photos.resize(photos.astronaut(), 1280, 720))
NO_FACE = photos.encode(photos.resize(photos.negatives()["coffee"], 1280, 720))


def test_face_free_image_settles_not_recognition(vision_decider: Decider) -> None:
    decision = vision_decider.decide(make_case(_msg("next one", NO_FACE), US_POLICE, received_at=RECEIVED))
    assert decision.outcome is Outcome.ALLOW
    fr = decision.signals["facial_recognition"]
    assert fr.value is False and any("no face" in e for e in fr.evidence)


def test_face_with_no_stated_purpose_goes_to_review(vision_decider: Decider) -> None:
    decision = vision_decider.decide(make_case(_msg("next one", FACE), US_POLICE, received_at=RECEIVED))
    assert decision.outcome in (Outcome.REVIEW, Outcome.DENY)
    assert any("face" in e for e in decision.signals["facial_recognition"].evidence)


def test_embeddings_of_a_face_image_build_a_gallery(vision_decider: Decider) -> None:
    body = {"model": "text-embedding-3-large", "input": [_url(FACE)]}
    decision = vision_decider.decide(
        make_case("", US_POLICE, body=body, endpoint="/v1/embeddings", received_at=RECEIVED)
    )
    assert decision.outcome is Outcome.DENY
    assert decision.clauses == ("azure-openai-coc/us-police-facial-recognition",)


def _axon_frame_seconds_ago() -> bytes:
    """A face frame whose EXIF says an Axon Body 3 took it 20 s before the request."""
    taken = parse_time(RECEIVED) - timedelta(seconds=20)
    return photos.encode(
        photos.resize(photos.astronaut(), 1280, 720),
        make="Axon",
        model="Body 3",
        taken=taken.replace(tzinfo=None),
        offset="+00:00",
    )


def test_exif_body_camera_seconds_ago_makes_c2(vision_decider: Decider) -> None:
    frame = _axon_frame_seconds_ago()
    decision = vision_decider.decide(
        make_case(
            _msg("On patrol downtown. Who is this man? Check him against the wanted list.", frame),
            DE_POLICE,
            received_at=RECEIVED,
        )
    )
    assert decision.outcome is Outcome.DENY
    assert decision.clauses == ("azure-openai-coc/le-realtime-mobile-facial-recognition",)
    assert decision.signals["mobile_camera"].value is True
    assert decision.signals["real_time"].value is True


def test_exif_contradicts_declared_fixed_camera(vision_decider: Decider) -> None:
    frame = _axon_frame_seconds_ago()
    headers = {
        "X-Usegate-Capture-Device": "fixed",
        "X-Usegate-Capture-Mode": "live",
        "X-Usegate-Environment": "uncontrolled",
    }
    decision = vision_decider.decide(
        make_case(
            _msg("Who is this man? Check him against the wanted list.", frame),
            DE_POLICE,
            headers=headers,
            received_at=RECEIVED,
        )
    )
    assert decision.outcome in (Outcome.DENY, Outcome.REVIEW)
    assert decision.signals["mobile_camera"].contradictions


def test_commercial_tenant_images_are_never_analysed(vision_decider: Decider) -> None:
    decision = vision_decider.decide(make_case(_msg("who is this?", FACE), RETAILER, received_at=RECEIVED))
    assert decision.outcome is Outcome.ALLOW
    assert "facial_recognition" not in decision.signals


def test_corrupt_image_is_unknown_never_allow(vision_decider: Decider) -> None:
    decision = vision_decider.decide(
        make_case(_msg("next one", FACE[: len(FACE) // 3]), US_POLICE, received_at=RECEIVED)
    )
    assert decision.outcome in (Outcome.REVIEW, Outcome.DENY)


def test_linked_image_is_not_fetched(vision_decider: Decider) -> None:
    msgs = [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "next one"},
                {"type": "image_url", "image_url": {"url": "http://127.0.0.1:9/x.jpg"}},
            ],
        }
    ]
    decision = vision_decider.decide(make_case(msgs, US_POLICE, received_at=RECEIVED))
    assert decision.outcome is Outcome.REVIEW
    assert any("not fetched" in e for e in decision.signals["facial_recognition"].evidence)


def test_many_images_beyond_the_cap_stay_unknown(vision_decider: Decider) -> None:
    images = [NO_FACE] * 17
    decision = vision_decider.decide(make_case(_msg("next one", *images), US_POLICE, received_at=RECEIVED))
    assert decision.outcome is Outcome.REVIEW
