"""Camera and time cues: EXIF, burned-in overlays read by OCR, and the three context signals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.images import photos
from usegate.request.case import ImageRef
from usegate.signals.camera import (
    CameraCues,
    context_from_cues,
    cues_from_text,
    exif_cues,
    overlay_cues,
    parse_clock,
)

RECEIVED = datetime(2026, 11, 21, 14, 33, 15, tzinfo=UTC)
FRAME = photos.resize(photos.astronaut(), 1280, 720)


def jpeg_ref(index: int = 1, **exif: object) -> ImageRef:
    return photos.ref(photos.encode(FRAME, **exif), index)  # type: ignore[arg-type]


# --- EXIF -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "model", "device"),
    [
        ("Axon", "Body 3", "body_worn"),  # body camera
        ("Panasonic", "Arbitrator 360 HD", "dash"),  # in-car
        ("Apple", "iPhone 15 Pro", "handheld"),  # phone
        ("DJI", "FC3582", "drone"),
        ("Hikvision", "DS-2CD2143G2-I", "fixed"),  # CCTV
    ],
)
def test_exif_device(make: str, model: str, device: str) -> None:
    cues = exif_cues(jpeg_ref(2, make=make, model=model), RECEIVED)
    assert cues.device == device and cues.device_confidence >= 0.8
    assert cues.evidence[0] == f"image 2: EXIF Make '{make}' Model '{model}' → {device}"


def test_exif_live_capture_with_offset() -> None:
    taken = (RECEIVED - timedelta(seconds=40)).astimezone(timezone(timedelta(hours=-5)))
    cues = exif_cues(
        jpeg_ref(make="Axon", model="Body 3", taken=taken.replace(tzinfo=None), offset="-05:00"), RECEIVED
    )
    assert cues.seconds_before_request == pytest.approx(40)
    assert cues.zone_known
    signals = context_from_cues([cues])
    assert signals["real_time"].value is True and signals["real_time"].confidence >= 0.9
    assert signals["mobile_camera"].value is True
    assert signals["uncontrolled"].value is None


def test_exif_recorded_days_ago() -> None:
    cues = exif_cues(jpeg_ref(taken=datetime(2026, 11, 1, 9, 0, 0)), RECEIVED)
    assert cues.seconds_before_request is not None and cues.seconds_before_request > 86400 * 19
    assert context_from_cues([cues])["real_time"].value is False


def test_exif_naive_clock_in_another_zone_is_live_with_less_confidence() -> None:
    # a camera set to local time in New York (UTC-5) with no OffsetTimeOriginal
    cues = exif_cues(jpeg_ref(taken=datetime(2026, 11, 21, 9, 33, 0)), RECEIVED)
    assert not cues.zone_known and cues.seconds_before_request == pytest.approx(15)
    real_time = context_from_cues([cues])["real_time"]
    assert real_time.value is True and real_time.confidence < 0.9


def test_exif_in_the_future_is_clock_skew() -> None:
    cues = exif_cues(jpeg_ref(taken=datetime(2026, 11, 21, 15, 33, 15), offset="+00:00"), RECEIVED)
    assert cues.seconds_before_request == pytest.approx(-3600)
    assert context_from_cues([cues])["real_time"].value is None


def test_exif_missing_or_unreadable() -> None:
    plain = exif_cues(photos.ref(photos.encode(FRAME, "PNG"), mime="image/png"), RECEIVED)
    assert plain.error is None and plain.device is None and plain.captured_at is None
    broken = exif_cues(ImageRef(index=3, location="x", data_url="data:image/jpeg;base64,AAAA"), RECEIVED)
    assert broken.error is not None
    linked = exif_cues(ImageRef(index=4, location="x", url="https://img.example.com/a.jpg"), RECEIVED)
    assert linked.error == "linked image not fetched: fetching is off"
    signals = context_from_cues([broken, linked])
    assert all(v.value is None for v in signals.values())
    assert signals["mobile_camera"].errors


# --- overlay text (pure) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "device", "place"),
    [
        ("AXON BODY 3 X6033921F 2026-11-21 14:33:10 -0500", "body_worn", None),  # body-cam stamp
        ("45 MPH N 40.7128 W 74.0060 UNIT 12", "dash", "uncontrolled"),  # dash-cam line
        ("72 KM/H 52.5200, 13.4050", "dash", "uncontrolled"),
        ("CAM 03 LOBBY 11/21/2026 14:33:10", "fixed", "controlled"),  # CCTV label
        ("CH02 BOOKING", "fixed", "controlled"),
        ("INTERVIEW ROOM 2", None, "controlled"),
        ("MAIN ST / 5TH AVE", None, "uncontrolled"),
        ("HAPPY BIRTHDAY", None, None),  # text that says nothing
    ],
)
def test_cues_from_text(text: str, device: str | None, place: str | None) -> None:
    cues = cues_from_text(1, text, RECEIVED)
    assert cues.device == device
    assert cues.place == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2026-11-21 14:33:10 -0500",
            datetime(2026, 11, 21, 14, 33, 10, tzinfo=timezone(timedelta(hours=-5))),
        ),
        ("2026/11/21 14:33:10Z", datetime(2026, 11, 21, 14, 33, 10, tzinfo=UTC)),
        ("11/21/2026 14:33:10", datetime(2026, 11, 21, 14, 33, 10)),  # US order
        ("21.11.2026 14:33:10", datetime(2026, 11, 21, 14, 33, 10)),  # day first when it cannot be a month
        ("2026-11-2114:33:10", datetime(2026, 11, 21, 14, 33, 10)),  # OCR dropped the space
        ("no clock here", None),
        ("2026-13-45 99:99:99", None),
    ],
)
def test_parse_clock(text: str, expected: datetime | None) -> None:
    assert parse_clock(text) == expected


def test_context_mobile_wins_over_fixed_with_less_confidence() -> None:
    body = cues_from_text(1, "AXON BODY 3 X6033921F", RECEIVED)
    cctv = cues_from_text(2, "CAM 03 LOBBY", RECEIVED)
    signals = context_from_cues([body, cctv])
    assert signals["mobile_camera"].value is True
    assert signals["mobile_camera"].confidence < body.device_confidence
    assert signals["uncontrolled"].value is False
    assert context_from_cues([cctv])["mobile_camera"].value is False


def test_context_nothing_said_is_unknown() -> None:
    empty = CameraCues(1, None, 0.0, None, None, None, "", (), None)
    signals = context_from_cues([empty])
    assert set(signals) == {"mobile_camera", "real_time", "uncontrolled"}
    assert all(v.value is None for v in signals.values())
    assert context_from_cues([])["real_time"].value is None


def test_context_between_live_and_recorded_is_unknown() -> None:
    cues = cues_from_text(1, "2026-11-21 14:13:15Z", RECEIVED)  # 20 minutes before
    assert cues.seconds_before_request == pytest.approx(1200)
    assert context_from_cues([cues])["real_time"].value is None


# --- overlay text (OCR) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "bottom", "device", "place", "live"),
    [
        ("AXON BODY 3 X6033921F  2026-11-21 09:33:05 -0500", None, "body_worn", None, True),  # body cam, live
        (None, "45 MPH  N 40.7128 W 74.0060  UNIT 12", "dash", "uncontrolled", None),  # dash cam
        ("CAM 03 LOBBY  2026-11-19 08:00:00", None, "fixed", "controlled", False),  # CCTV, recorded
        ("WATCHGUARD 4RE  CAR 12", "2026-11-21 14:33:00Z", "dash", None, True),  # in-car, both bands
    ],
)
def test_overlay_cues_on_frames(
    top: str | None, bottom: str | None, device: str, place: str | None, live: bool | None
) -> None:
    frame = photos.with_overlay(FRAME, top=top, bottom=bottom)
    cues = overlay_cues(photos.ref(photos.encode(frame)), RECEIVED)
    assert cues.error is None, cues.error
    assert cues.device == device, cues.overlay_text
    assert cues.place == place, cues.overlay_text
    assert context_from_cues([cues])["real_time"].value is live, cues.overlay_text
    assert any("overlay" in e for e in cues.evidence)


def test_overlay_cues_on_a_clean_photo() -> None:
    cues = overlay_cues(photos.ref(photos.encode(photos.astronaut())), RECEIVED)
    assert cues.error is None and cues.device is None and cues.captured_at is None


def test_overlay_cues_failure() -> None:
    cues = overlay_cues(ImageRef(index=5, location="x", data_url="data:image/jpeg;base64,AAAA"), RECEIVED)
    assert cues.error is not None and cues.overlay_text == ""
