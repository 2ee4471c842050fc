"""The device table: EXIF Make/Model and overlay text to device classes."""

from __future__ import annotations

import pytest

from usegate.exceptions import ConfigError
from usegate.images.devices import CLASSES, classify, classify_text, parse_table, table


@pytest.mark.parametrize(
    ("make", "model", "device"),
    [
        ("Axon", "Body 3", "body_worn"),  # the flagship body camera
        ("Axon Enterprise, Inc.", "AXON Body 4", "body_worn"),
        ("Axon", "Fleet 3", "dash"),  # Axon's in-car system
        ("Motorola Solutions", "V300", "body_worn"),
        ("motorola", "moto g power", "handheld"),  # a Motorola phone, not a body camera
        ("WatchGuard", "4RE", "dash"),
        ("WatchGuard", "VISTA XLT", "body_worn"),
        ("Getac", "BC-03", "body_worn"),
        ("Reveal Media", "D7", "body_worn"),
        ("WOLFCOM", "Halo", "body_worn"),
        ("Utility", "BodyWorn", "body_worn"),
        ("Panasonic", "Arbitrator 360 HD", "dash"),
        ("Digital Ally", "FirstVU Pro", "body_worn"),
        ("Digital Ally", "EVO-HD", "dash"),
        ("Kustom Signals", "Eyewitness Vantage", "dash"),
        ("BlackVue", "DR970X", "dash"),
        ("Garmin", "Dash Cam 67W", "dash"),
        ("Nextbase", "622GW", "dash"),
        ("VIOFO", "A129 Pro", "dash"),
        ("THINKWARE", "U1000", "dash"),
        ("Apple", "iPhone 15 Pro", "handheld"),
        ("samsung", "SM-S918B", "handheld"),
        ("Google", "Pixel 8", "handheld"),
        ("DJI", "FC3582", "drone"),  # Mini 3 Pro camera module
        ("DJI", "Osmo Pocket 3", "handheld"),
        ("Autel Robotics", "XT705", "drone"),
        ("Skydio", "X10", "drone"),
        ("AXIS", "P3265-LVE", "fixed"),
        ("Hikvision", "DS-2CD2143G2-I", "fixed"),
        ("Dahua", "IPC-HDW2431T", "fixed"),
        ("Hanwha Vision", "XNV-8080R", "fixed"),
        ("Bosch", "FLEXIDOME IP 5100i", "fixed"),
        ("Avigilon", "H5A", "fixed"),
        ("", "AXON Body 3", "body_worn"),  # no Make: the model names the maker
    ],
)
def test_classify(make: str, model: str, device: str) -> None:
    match = classify(make, model)
    assert match is not None and match.device == device


def test_unknown_and_empty() -> None:
    assert classify(None, None) is None
    assert classify("Acme", "Model 1") is None
    assert classify("Bosch", "PSR 18") is None  # a maker whose table needs a model match


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("AXON BODY 3 X6033921F 2026-11-21 14:33:10", "body_worn"),
        ("WatchGuard 4RE  CAR 12", "dash"),
        ("BLACKVUE 2026/11/21 14:33", "dash"),
        ("HIKVISION CAM 03", "fixed"),
    ],
)
def test_classify_text(text: str, device: str) -> None:
    match = classify_text(text)
    assert match is not None and match.device == device


def test_table_is_valid() -> None:
    makers = table()
    assert len(makers) > 30
    assert all(rule.device in CLASSES for maker in makers for rule in maker.rules)


@pytest.mark.parametrize(
    "data",
    [
        {},  # no makers
        {"makers": [{"default": "dash"}]},  # no make
        {"makers": [{"make": ["x"], "default": "submarine"}]},  # unknown class
    ],
)
def test_parse_table_errors(data: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match="devices table"):
        parse_table(data)
