"""Camera and time cues in a request's images, for `mobile_camera`, `real_time` and `uncontrolled`.

Two sources, cheapest first:

- `exif_cues()`: EXIF `Make`/`Model` through the device table (`usegate/images/
  devices.yaml`) and `DateTimeOriginal` (with `OffsetTimeOriginal`) against the
  request's `received_at`. Header only; no pixel is decoded.
- `overlay_cues()`: OCR of burned-in overlays in the top and bottom bands: body-cam
  stamps (`AXON BODY 3 X60...`), dash-cam lines (`45 MPH`, GPS coordinates, unit
  numbers), CCTV labels (`CAM 03 LOBBY`) and clocks.

`context_from_cues()` turns the cues of all images into `SignalValue`s. This module
decides nothing about policy; times without a zone are read with care (see
`_clock`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from usegate.images.decode import DecodedImage, ImageError, Limits, exif_datetime, read_exif
from usegate.images.devices import MOBILE, classify, classify_text
from usegate.images.fetch import FetchPolicy, image_bytes, load
from usegate.request.case import ImageRef
from usegate.signals.base import SignalValue

LIVE_S = 120.0  # capture this close before the request: real time
RECORDED_S = 3600.0  # capture at least this long before: recorded footage
SKEW_S = 300.0  # a capture time this far in the future is clock skew: no evidence
NAIVE_CONFIDENCE = 0.6  # for clocks without a time zone


@dataclass(frozen=True)
class CameraCues:
    index: int
    device: str | None  # body_worn|dash|handheld|drone|fixed
    device_confidence: float
    captured_at: datetime | None
    seconds_before_request: float | None  # received_at - capture (negative: future / skew)
    place: str | None  # "controlled" | "uncontrolled" hint
    overlay_text: str  # OCR text ("" if OCR not run)
    evidence: tuple[str, ...]
    error: str | None
    zone_known: bool = True  # False: the clock had no time zone (EXIF without offset, overlay)
    place_confidence: float = 0.0
    elapsed_ms: float = 0.0


def _empty(index: int, error: str | None = None, start: float | None = None) -> CameraCues:
    elapsed = (time.perf_counter() - start) * 1000 if start else 0.0
    return CameraCues(index, None, 0.0, None, None, None, "", (), error, elapsed_ms=elapsed)


# --- clocks ---------------------------------------------------------------------------


def _aware(received_at: datetime) -> datetime:
    return received_at if received_at.tzinfo else received_at.replace(tzinfo=UTC)


def _clock(captured: datetime, received_at: datetime) -> tuple[float, bool]:
    """Seconds from capture to request, and whether the zone was known.

    A naive clock is read in the UTC offset (whole or half hours, -12..+14) that brings
    it closest to the request time when that is within `RECORDED_S`; otherwise as UTC.
    """
    received = _aware(received_at)
    if captured.tzinfo is not None:
        return (received - captured).total_seconds(), True
    as_utc = (received - captured.replace(tzinfo=UTC)).total_seconds()
    best = min(
        (as_utc + half_hours * 1800 for half_hours in range(-28, 25)),
        key=abs,
    )
    return (best if abs(best) <= RECORDED_S else as_utc), False


# --- EXIF -----------------------------------------------------------------------------


def exif_cues(
    image: ImageRef,
    received_at: datetime,
    *,
    limits: Limits | None = None,
    fetch: FetchPolicy | None = None,
    exif: dict[str, Any] | None = None,
    **fetch_kwargs: Any,
) -> CameraCues:
    """Device class and capture time from EXIF (header only). `exif` reuses a parsed header."""
    start = time.perf_counter()
    limits = limits or Limits()
    try:
        if exif is None:
            data = image_bytes(image, fetch, max_bytes=limits.max_bytes, **fetch_kwargs)
            exif = read_exif(data, limits=limits)
    except ImageError as exc:
        return _empty(image.index, str(exc), start)
    except Exception as exc:  # never crash a request on a header
        return _empty(image.index, f"exif could not be read: {type(exc).__name__}", start)
    evidence: list[str] = []
    device, confidence = None, 0.0
    make, model = exif.get("Make"), exif.get("Model")
    if isinstance(make, str) or isinstance(model, str):
        match = classify(make if isinstance(make, str) else None, model if isinstance(model, str) else None)
        if match is not None:
            device, confidence = match.device, match.confidence
            evidence.append(f"image {image.index}: EXIF Make '{make or ''}' Model '{model or ''}' → {device}")
    captured, zone_known = exif_datetime(exif)
    seconds = None
    if captured is not None:
        seconds, zone_known = _clock(captured, received_at)
        zone = "" if zone_known else " (no time zone)"
        evidence.append(
            f"image {image.index}: EXIF DateTimeOriginal {captured.isoformat()}{zone}, "
            f"{_ago(seconds)} before the request"
        )
    return CameraCues(
        index=image.index,
        device=device,
        device_confidence=confidence,
        captured_at=captured,
        seconds_before_request=seconds,
        place=None,
        overlay_text="",
        evidence=tuple(evidence),
        error=None,
        zone_known=zone_known if captured is not None else True,
        elapsed_ms=(time.perf_counter() - start) * 1000,
    )


def _ago(seconds: float) -> str:
    sign = "-" if seconds < 0 else ""
    s = abs(seconds)
    if s < 120:
        return f"{sign}{s:.0f} s"
    if s < 7200:
        return f"{sign}{s / 60:.0f} min"
    if s < 172800:
        return f"{sign}{s / 3600:.1f} h"
    return f"{sign}{s / 86400:.0f} days"


# --- overlays -------------------------------------------------------------------------

SPEED = re.compile(r"\b\d{1,3}\s?(mph|km/?h|kmh|kph)\b", re.IGNORECASE)
GPS = re.compile(
    r"([NS]\s?\d{1,2}[.°]\d{2,}.{0,4}[EW]\s?\d{1,3}[.°]\d{2,})|"
    r"(-?\d{1,2}\.\d{3,}\s*[,;/ ]\s*-?\d{1,3}\.\d{3,})|"
    r"(\d{1,2}\.\d{3,}\s?[NS].{0,3}\d{1,3}\.\d{3,}\s?[EW])",
    re.IGNORECASE,
)
UNIT = re.compile(r"\b(unit|car|veh|vehicle|patrol|officer|ofc|badge)\s?#?\s?[a-z]?\d{1,5}\b", re.IGNORECASE)
CCTV = re.compile(r"\b(cam(era)?|ch|channel|ipc)\s?[-#]?\s?\d{1,3}\b", re.IGNORECASE)
CONTROLLED = re.compile(
    r"\b(lobby|cell|cells|cellblock|booking|intake|interview|interrogation|sally\s?port|holding|"
    r"custody|jail|detention|processing|corridor|hallway|reception|visiting|property\s?room|evidence\s?room)\b",
    re.IGNORECASE,
)
UNCONTROLLED = re.compile(
    r"\b(street|st|ave|avenue|blvd|hwy|highway|interstate|i-\d+|route|rte|park|plaza|parking|"
    r"intersection|downtown|main\s?st)\b",
    re.IGNORECASE,
)
CLOCKS = (
    (re.compile(r"(\d{4})[-/.](\d{2})[-/.](\d{2})\s*[T ]?\s*(\d{1,2}):(\d{2}):(\d{2})"), "ymd"),
    (re.compile(r"(\d{2})[-/.](\d{2})[-/.](\d{4})\s*[T ]?\s*(\d{1,2}):(\d{2}):(\d{2})"), "mdy"),
)
ZONE = re.compile(r"^\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})")


def parse_clock(text: str) -> datetime | None:
    """The first date-and-time in overlay text (`2026-11-21 14:33:10 -0500`, `11/21/2026 ...`)."""
    for pattern, order in CLOCKS:
        found = pattern.search(text)
        if not found:
            continue
        a, b, c, hh, mm, ss = (int(g) for g in found.groups())
        if order == "ymd":
            y, mo, d = a, b, c
        else:  # US month first, unless the first number cannot be a month
            y, mo, d = c, a, b
            if mo > 12:
                mo, d = d, mo
        try:
            when = datetime(y, mo, d, hh, mm, ss)
        except ValueError:
            continue
        zone = ZONE.match(text[found.end() :])
        if zone:
            z = zone.group(1)
            if z in ("Z", "UTC", "GMT"):
                return when.replace(tzinfo=UTC)
            digits = z[1:].replace(":", "")
            delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            if delta <= timedelta(hours=14):
                return when.replace(tzinfo=timezone(delta if z[0] == "+" else -delta))
        return when
    return None


def cues_from_text(index: int, text: str, received_at: datetime) -> CameraCues:
    """Cues from overlay text already read (pure; used by `overlay_cues` and tests)."""
    evidence: list[str] = []
    quote = f"image {index}: overlay '{text[:60]}'"
    device, confidence = None, 0.0
    match = classify_text(text)
    if match is not None:
        device, confidence = match.device, match.confidence
        evidence.append(f"{quote} → {device}")
    elif SPEED.search(text) and (GPS.search(text) or UNIT.search(text)):
        device, confidence = "dash", 0.8
        evidence.append(f"{quote} → dash (speed with GPS or unit number)")
    elif SPEED.search(text):
        device, confidence = "dash", 0.65
        evidence.append(f"{quote} → dash (speed line)")
    elif CCTV.search(text) and not GPS.search(text):
        device, confidence = "fixed", 0.7
        evidence.append(f"{quote} → fixed (camera label)")
    elif GPS.search(text):
        device, confidence = "body_worn", 0.5
        evidence.append(f"{quote} → mobile (GPS position)")
    place, place_confidence = None, 0.0
    found = CONTROLLED.search(text)
    if found:
        place, place_confidence = "controlled", 0.75
        evidence.append(f"image {index}: overlay place '{found.group(0)}' → controlled")
    else:
        found = UNCONTROLLED.search(text)
        if found or SPEED.search(text):
            place, place_confidence = "uncontrolled", 0.6
            what = found.group(0) if found else "vehicle speed"
            evidence.append(f"image {index}: overlay place '{what}' → uncontrolled")
    captured = parse_clock(text)
    seconds, zone_known = (None, True)
    if captured is not None:
        seconds, zone_known = _clock(captured, received_at)
        zone = "" if zone_known else " (no time zone)"
        evidence.append(
            f"image {index}: overlay clock {captured.isoformat()}{zone}, {_ago(seconds)} before the request"
        )
    return CameraCues(
        index=index,
        device=device,
        device_confidence=confidence,
        captured_at=captured,
        seconds_before_request=seconds,
        place=place,
        overlay_text=text,
        evidence=tuple(evidence),
        error=None,
        zone_known=zone_known,
        place_confidence=place_confidence,
    )


def overlay_cues(
    image: ImageRef,
    received_at: datetime,
    *,
    limits: Limits | None = None,
    fetch: FetchPolicy | None = None,
    decoded: DecodedImage | None = None,
    full_frame: bool = False,
    **fetch_kwargs: Any,
) -> CameraCues:
    """Cues from burned-in overlay text (OCR of the top and bottom bands; expensive)."""
    start = time.perf_counter()
    try:
        from usegate.images.ocr import read_bands, read_text

        if decoded is None:
            decoded = load(image, limits=limits, policy=fetch, **fetch_kwargs)
        lines = read_text(decoded.pixels) if full_frame else read_bands(decoded.pixels)
    except ImageError as exc:
        return _empty(image.index, str(exc), start)
    except Exception as exc:  # OCR failures leave the signals unknown
        return _empty(image.index, f"overlay text could not be read: {type(exc).__name__}", start)
    text = " | ".join(line.text for line in lines)
    cues = cues_from_text(image.index, text, received_at)
    return replace(cues, elapsed_ms=(time.perf_counter() - start) * 1000)


# --- signals --------------------------------------------------------------------------


def context_from_cues(cues: Sequence[CameraCues]) -> dict[str, SignalValue]:
    """`mobile_camera`, `real_time` and `uncontrolled` from the cues of a request's images.

    Each is unknown (value None) when no cue speaks to it. A mobile device in any image
    outweighs a fixed one elsewhere (the stricter reading), at lower confidence.
    """
    errors = tuple(f"image {c.index}: {c.error}" for c in cues if c.error)
    return {
        "mobile_camera": _mobile(cues, errors),
        "real_time": _real_time(cues, errors),
        "uncontrolled": _uncontrolled(cues, errors),
    }


def _lines(cues: Sequence[CameraCues], *words: str) -> tuple[str, ...]:
    return tuple(e for c in cues for e in c.evidence if any(w in e for w in words))


def _mobile(cues: Sequence[CameraCues], errors: tuple[str, ...]) -> SignalValue:
    mobile = [c for c in cues if c.device in MOBILE]
    fixed = [c for c in cues if c.device == "fixed"]
    evidence = _lines(cues, "→ body_worn", "→ dash", "→ handheld", "→ drone", "→ fixed", "→ mobile")
    if mobile:
        confidence = max(c.device_confidence for c in mobile)
        if fixed:
            confidence *= 0.8
        return SignalValue(True, confidence, evidence, errors=())
    if fixed:
        return SignalValue(False, max(c.device_confidence for c in fixed), evidence)
    return SignalValue.unknown(errors=errors)


def _real_time(cues: Sequence[CameraCues], errors: tuple[str, ...]) -> SignalValue:
    timed = [c for c in cues if c.seconds_before_request is not None]
    evidence = _lines(cues, "DateTimeOriginal", "overlay clock")
    live = [c for c in timed if -SKEW_S <= (c.seconds_before_request or 0.0) <= LIVE_S]
    if live:
        confidence = 0.9 if any(c.zone_known for c in live) else NAIVE_CONFIDENCE
        return SignalValue(True, confidence, evidence)
    if timed and all((c.seconds_before_request or 0.0) >= RECORDED_S for c in timed):
        confidence = 0.85 if all(c.zone_known for c in timed) else 0.7
        return SignalValue(False, confidence, evidence)
    return SignalValue.unknown(*evidence, errors=errors)


def _uncontrolled(cues: Sequence[CameraCues], errors: tuple[str, ...]) -> SignalValue:
    placed = [c for c in cues if c.place is not None]
    evidence = _lines(cues, "overlay place")
    wild = [c for c in placed if c.place == "uncontrolled"]
    if wild:
        return SignalValue(True, max(c.place_confidence for c in wild), evidence)
    if placed:
        return SignalValue(False, max(c.place_confidence for c in placed), evidence)
    return SignalValue.unknown(errors=errors)
