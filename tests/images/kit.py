"""Resolve the image kit references of the reading corpus (`kit:face_photo?exif=bodycam&age=8`,
see data/reading/FORMAT.md) into real JPEG data URLs, composed from photographs that ship
inside installed packages (`photos.py`). Used by the tests and by scripts/eval_reading.py. Deterministic; cached per reference and
capture time.
"""

from __future__ import annotations

import base64
from datetime import timedelta
from functools import cache
from typing import Any
from urllib.parse import parse_qs

import numpy as np

from tests.images import photos
from usegate.request.parse import parse_time

EXIF = {
    "bodycam": ("Axon", "AXON Body 3"),
    "dashcam": ("Axon", "AXON Fleet 3"),
    "phone": ("Apple", "iPhone 14"),
    "drone": ("DJI", "Mavic 3 Enterprise"),
    "cctv": ("Hikvision", "DS-2CD2143G2"),
}


@cache
def _pixels(name: str, clock: str = "") -> np.ndarray:
    neg = photos.negatives()
    if name == "face_photo":
        return photos.scene([160], neg["brick"], seed=1)[0]
    if name == "face_crop":
        return photos.face_tile(0, 200)[0]
    if name == "face_sheet":
        return photos.face_sheet(3, 4)
    if name == "crowd":
        return photos.scene([70, 64, 80, 60, 72, 66, 58, 76], neg["gravel"], seed=3)[0]
    if name == "id_card":
        return photos.id_card()
    if name == "no_face":
        return neg["coffee"]
    if name == "plate":
        return photos.with_overlay(neg["motorcycle"], middle="KJ 4821 TX", size=40)
    if name == "document":
        return neg["page"]
    frame = photos.scene([150], neg["grass"], seed=5)[0]
    if name == "bodycam_frame":
        return photos.with_overlay(
            frame, top=f"AXON BODY 3 X6033921F {clock} +0000" if clock else "AXON BODY 3 X6033921F"
        )
    if name == "dashcam_frame":
        return photos.with_overlay(frame, bottom=f"UNIT 214  58 MPH  N 40.7128 W 74.0060  {clock}".rstrip())
    if name == "cctv_frame":
        return photos.with_overlay(frame, top=f"CAM 03 LOBBY  {clock}".rstrip())
    raise KeyError(name)


@cache
def _data_url(ref: str, received_at: str) -> str:
    name, _, query = ref.removeprefix("kit:").partition("?")
    params = {k: v[0] for k, v in parse_qs(query).items()}
    make = model = None
    taken = None
    if "exif" in params:
        make, model = EXIF[params["exif"]]
    if "age" in params:
        taken = parse_time(received_at) - timedelta(seconds=float(params["age"]))
        taken = taken.replace(tzinfo=None)
    # a frame's burned-in clock shows its capture time when the reference gives one (`age=`),
    # and no clock otherwise (a fixed date would read as footage from another day)
    clock = taken.strftime("%Y-%m-%d %H:%M:%S") if taken is not None and name.endswith("_frame") else ""
    data = photos.encode(
        _pixels(name, clock), make=make, model=model, taken=taken, offset="+00:00" if taken else None
    )
    return "data:image/jpeg;base64," + base64.b64encode(data).decode()


def resolve(record: dict[str, Any]) -> dict[str, Any]:
    """The record with every `kit:` reference replaced by a data URL (a new object)."""
    received = str(record.get("received_at") or "2026-06-02T10:00:00Z")

    def walk(v: Any) -> Any:
        if isinstance(v, str) and v.startswith("kit:"):
            try:
                return _data_url(v, received)
            except KeyError:
                return v
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    out = dict(record)
    out["body"] = walk(record.get("body"))
    return out
