"""Faces in request images: detection accuracy on real photographs, layouts, failures.

The photographs ship inside installed packages (see `tests/images/photos.py`).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.images import photos
from usegate.images.detector import get_detector
from usegate.request.case import ImageRef
from usegate.signals.faces import ImageFaces, analyze_faces, is_face_sheet, is_id_layout, is_tight_crop


def faces_of(arr: np.ndarray, fmt: str = "JPEG", **kwargs: object) -> ImageFaces:
    return analyze_faces(photos.ref(photos.encode(arr, fmt)), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "image", "box"),
    [
        ("astronaut", photos.astronaut, photos.ASTRONAUT_FACE),  # Eileen Collins, scikit-image
        ("grace_hopper", photos.grace_hopper, photos.HOPPER_FACE),  # matplotlib sample data
    ],
)
def test_portraits(name: str, image: object, box: tuple[int, int, int, int]) -> None:
    result = faces_of(image())  # type: ignore[operator]
    assert result.faces == 1, name
    assert photos.iou(result.boxes[0], box) > 0.6
    assert result.evidence()[0].startswith("image 1: 1 face (")


def test_no_face_on_face_free_photographs() -> None:
    detector = get_detector()
    found = {name: detector.detect(img) for name, img in photos.negatives().items()}
    assert {name: boxes for name, boxes in found.items() if boxes} == {}


def test_no_face_on_lfw_non_face_patches() -> None:
    detector = get_detector()
    hits = [
        i
        for i, patch in enumerate(photos.lfw_non_faces())
        if detector.detect(photos.grey_to_rgb(photos.resize(patch, 120, 120)))
    ]
    assert hits == []


def test_lfw_face_crops() -> None:
    """100 different people (LFW), each a tight face crop at 64 px: at least 95 found."""
    detector = get_detector()
    found = sum(bool(detector.detect(photos.lfw_crop(i, 64))) for i in range(100))
    assert found >= 95


@pytest.mark.slow
def test_recall_on_scenes_at_least_95_percent_of_faces_from_40_px() -> None:
    """16 frames of 1280×720, each with 8 frontal faces of 40-128 px on a real photograph."""
    detector = get_detector()
    backgrounds = list(photos.negatives().values())
    found = total = 0
    for seed in range(16):
        frame, truth = photos.scene(
            [40, 44, 48, 56, 64, 80, 96, 128], backgrounds[seed % len(backgrounds)], seed
        )
        boxes = [box for box, _ in detector.detect(frame)]
        total += len(truth)
        found += sum(any(photos.iou(t, b) > 0.3 for b in boxes) for t in truth)
    assert found / total >= 0.95, f"{found}/{total}"


def test_tight_crop() -> None:
    x, y, w, h = photos.ASTRONAUT_FACE
    crop = photos.astronaut()[max(0, y - 30) : y + h + 30, max(0, x - 30) : x + w + 30]
    result = faces_of(crop)
    assert result.faces == 1 and result.tight_crop and not result.face_sheet
    assert "tight crop" in result.evidence()[0]
    assert not faces_of(photos.astronaut()).tight_crop


@pytest.mark.parametrize(("rows", "cols"), [(3, 4), (2, 3), (1, 5)])
def test_face_sheet(rows: int, cols: int) -> None:
    result = faces_of(photos.face_sheet(rows, cols))
    assert result.faces >= min(rows * cols, 4) - 1
    assert result.face_sheet, result.boxes
    assert "face sheet" in result.evidence()[0]


def test_scene_is_not_a_sheet() -> None:
    frame, _ = photos.scene([40, 64, 96, 128, 56, 80], photos.negatives()["china"], 3)
    assert not faces_of(frame).face_sheet


def test_id_card_layout_and_text() -> None:
    card = photos.id_card()
    result = faces_of(card, "PNG")
    assert result.faces == 1 and result.id_document and not result.tight_crop
    with_text = faces_of(card, "PNG", read_text=True)
    assert with_text.id_document and with_text.id_text.lower().startswith("driver")
    assert "id document ('DRIVER" in with_text.evidence()[0].upper().replace(
        "ID DOCUMENT ('DRIVER", "id document ('DRIVER"
    )


@pytest.mark.parametrize(
    ("boxes", "size", "tight", "sheet", "card"),
    [
        ([(10, 10, 80, 80)], (100, 100), True, False, False),  # one face filling the frame
        ([(10, 10, 20, 20)], (400, 400), False, False, False),  # one small face
        (
            [(0, 0, 50, 50), (100, 0, 50, 50), (0, 100, 50, 50), (100, 100, 52, 52)],
            (200, 200),
            False,
            True,
            False,
        ),  # 2×2 grid
        ([(0, 0, 50, 50), (100, 0, 50, 50), (200, 0, 48, 48)], (300, 80), False, True, False),  # a line-up
        (
            [(0, 0, 50, 50), (100, 0, 150, 150), (300, 0, 50, 50)],
            (400, 200),
            False,
            False,
            False,
        ),  # mixed sizes
        ([(40, 110, 140, 140)], (856, 540), False, False, True),  # portrait at the left of a card
        ([(350, 110, 140, 140)], (856, 540), False, False, False),  # centred: not a card layout
    ],
)
def test_layout_rules(
    boxes: list[tuple[int, int, int, int]], size: tuple[int, int], tight: bool, sheet: bool, card: bool
) -> None:
    assert is_tight_crop(boxes, *size) is tight
    assert is_face_sheet(boxes) is sheet
    assert is_id_layout(boxes, *size) is card


@pytest.mark.parametrize(
    ("image", "message"),
    [
        (ImageRef(index=2, location="x", url="https://img.example.com/a.jpg"), "fetching is off"),
        (ImageRef(index=2, location="x", data_url="data:image/png;base64,AAAA"), "not a readable image"),
        (
            ImageRef(index=2, location="x", data_url="data:image/png;base64,!!!"),
            "not a readable image|invalid base64|empty",
        ),
        (ImageRef(index=2, location="x"), "no data"),
    ],
)
def test_failures_are_unknown_not_crashes(image: ImageRef, message: str) -> None:
    import re

    result = analyze_faces(image)
    assert result.error is not None and re.search(message, result.error)
    assert not result.known and result.faces == 0
    assert result.evidence()[0].startswith("image 2: not analysed: ")


def test_wrong_mime_is_ignored() -> None:
    data = photos.encode(photos.astronaut(), "PNG")
    result = analyze_faces(photos.ref(data, mime="image/gif"))
    assert result.faces == 1


def test_boxes_are_in_encoded_pixels() -> None:
    big = photos.resize(photos.astronaut(), 2048, 2048)
    result = faces_of(big)
    x, y, w, h = photos.ASTRONAUT_FACE
    assert result.faces == 1
    assert photos.iou(result.boxes[0], (x * 4, y * 4, w * 4, h * 4)) > 0.6


def test_detector_is_loaded_once_and_thread_safe() -> None:
    from concurrent.futures import ThreadPoolExecutor

    assert get_detector() is get_detector()
    frame = photos.astronaut()
    with ThreadPoolExecutor(4) as pool:
        counts = list(pool.map(lambda _: len(get_detector().detect(frame)), range(8)))
    assert counts == [1] * 8


def test_dozens_of_images_in_bounded_time() -> None:
    import time

    small = photos.encode(photos.resize(photos.astronaut(), 96, 96))
    bomb = photos.encode(photos.astronaut())[:200]  # truncated
    images = [photos.ref(small if i % 3 else bomb, i + 1) for i in range(36)]
    start = time.perf_counter()
    results = [analyze_faces(image) for image in images]
    assert time.perf_counter() - start < 20
    assert sum(r.error is not None for r in results) == 12
    assert all(r.index == i + 1 for i, r in enumerate(results))


def test_giant_dimensions_are_refused_fast() -> None:
    import io
    import time

    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (12_000, 5_000)).save(buf, "PNG")  # 60 MP, compresses to ~60 kB
    start = time.perf_counter()
    result = analyze_faces(photos.ref(buf.getvalue(), mime="image/png"))
    assert result.error is not None and "too large" in result.error
    assert time.perf_counter() - start < 1.0


def test_phone_photo_turned_by_exif_orientation() -> None:
    import io

    from PIL import Image

    sideways = Image.fromarray(np.ascontiguousarray(np.rot90(photos.astronaut())))
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    sideways.save(buf, "JPEG", exif=exif)
    result = analyze_faces(photos.ref(buf.getvalue()))
    assert result.faces == 1 and photos.iou(result.boxes[0], photos.ASTRONAUT_FACE) > 0.6


@pytest.mark.slow
@settings(max_examples=40, deadline=5000)
@given(
    width=st.integers(min_value=1, max_value=700),
    height=st.integers(min_value=1, max_value=700),
    seed=st.integers(min_value=0, max_value=2**16),
    fmt=st.sampled_from(["PNG", "JPEG", "GIF"]),
)
def test_fuzz_analysis_path_never_crashes(width: int, height: int, seed: int, fmt: str) -> None:
    rng = np.random.default_rng(seed)
    noise = rng.integers(0, 256, size=(height, width, 3), dtype=np.uint8)
    result = analyze_faces(photos.ref(photos.encode(noise, fmt)))
    assert result.error is None
    assert all(0 <= x and 0 <= y and w > 0 and h > 0 for x, y, w, h in result.boxes)
