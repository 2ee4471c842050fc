"""Safe decoding: limits, corrupt input, animations, EXIF; and a hypothesis fuzz of the decoder path."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import timedelta

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from tests.images import photos
from usegate.images.decode import ImageError, Limits, decode, exif_datetime, read_exif


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims `width`×`height` pixels and carries almost no data (a bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def test_decode_downscales_and_keeps_size() -> None:
    big = photos.resize(photos.astronaut(), 2560, 2560)
    out = decode(photos.encode(big))
    assert (out.width, out.height) == (2560, 2560)
    assert max(out.pixels.shape[:2]) == 1280
    assert out.pixels.dtype == np.uint8 and out.pixels.shape[2] == 3
    assert out.scale == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty image"),  # nothing
        (b"not an image at all", "not a readable image"),  # text posing as an image
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "not a readable image"),  # a PNG signature and garbage
        (
            _png_header_only(100_000, 100_000),
            "decompression bomb|image too large",
        ),  # a decompression bomb: header only
        (_png_header_only(40_000, 10), "image too large"),  # a giant dimension
    ],
)
def test_decode_refuses_bad_input(data: bytes, message: str) -> None:
    with pytest.raises(ImageError, match=message):
        decode(data)


def test_decode_refuses_too_many_bytes() -> None:
    with pytest.raises(ImageError, match="image too large: 2000 bytes"):
        decode(b"\xff" * 2000, limits=Limits(max_bytes=1000))


def test_truncated_jpeg_is_an_error_not_a_crash() -> None:
    data = photos.encode(photos.astronaut())
    with pytest.raises(ImageError, match="could not be decoded"):
        decode(data[: len(data) // 2])


def test_pixel_limit_below_default() -> None:
    with pytest.raises(ImageError, match="512x512 pixels"):
        decode(photos.encode(photos.astronaut()), limits=Limits(max_pixels=100_000))


def test_animated_gif_first_frame_only() -> None:
    frames = [Image.fromarray(photos.astronaut()), Image.fromarray(photos.grace_hopper()).resize((512, 512))]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    out = decode(buf.getvalue())
    assert out.frames == 2 and out.format == "GIF"
    assert out.pixels.shape == (512, 512, 3)


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "BMP", "TIFF", "GIF"])
def test_formats(fmt: str) -> None:
    out = decode(photos.encode(photos.astronaut(), fmt))
    assert out.format == fmt and out.pixels.shape == (512, 512, 3)


def test_greyscale_and_alpha_become_rgb() -> None:
    grey = Image.fromarray(photos.astronaut()).convert("L")
    rgba = Image.fromarray(photos.astronaut()).convert("RGBA")
    for img in (grey, rgba):
        buf = io.BytesIO()
        img.save(buf, "PNG")
        assert decode(buf.getvalue()).pixels.shape == (512, 512, 3)


def test_exif_make_model_and_time() -> None:
    from datetime import datetime

    taken = datetime(2026, 11, 21, 9, 33, 0)
    data = photos.encode(photos.astronaut(), make="Axon", model="Body 3", taken=taken, offset="-05:00")
    exif = read_exif(data)
    assert exif["Make"] == "Axon" and exif["Model"] == "Body 3"
    when, zone_known = exif_datetime(exif)
    assert zone_known and when is not None
    assert when.utcoffset() == -timedelta(hours=5)
    assert decode(data).exif["Model"] == "Body 3"


def test_exif_broken_values_are_ignored() -> None:
    assert exif_datetime({"DateTimeOriginal": "yesterday"}) == (None, False)
    assert (
        exif_datetime({"DateTimeOriginal": "2026:11:21 10:00:00", "OffsetTimeOriginal": "+99:00"})[1] is False
    )
    assert read_exif(photos.encode(photos.astronaut(), "PNG")) == {}


_SEEDS = [
    photos.encode(photos.resize(photos.astronaut(), 64, 64), fmt) for fmt in ("JPEG", "PNG", "GIF", "WEBP")
]


@pytest.mark.slow
@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(_SEEDS),
    cut=st.integers(min_value=0, max_value=4000),
    flips=st.lists(st.tuples(st.integers(min_value=0, max_value=4000), st.integers(0, 255)), max_size=8),
    tail=st.binary(max_size=64),
)
def test_fuzz_decoder_never_crashes(seed: bytes, cut: int, flips: list[tuple[int, int]], tail: bytes) -> None:
    data = bytearray(seed[: max(1, len(seed) - cut)] if cut % 3 else seed)
    for pos, value in flips:
        if data:
            data[pos % len(data)] = value
    data += tail
    try:
        out = decode(bytes(data), limits=Limits(max_pixels=4_000_000))
    except ImageError as exc:
        assert str(exc) and str(exc)[0].islower() and not str(exc).endswith(".")
    else:
        assert out.pixels.ndim == 3 and out.pixels.shape[2] == 3


@pytest.mark.slow
@settings(max_examples=150, deadline=2000)
@given(st.binary(max_size=512))
def test_fuzz_random_bytes(data: bytes) -> None:
    try:
        decode(data)
    except ImageError:
        pass


def test_exif_orientation_is_applied() -> None:
    sideways = np.ascontiguousarray(np.rot90(photos.astronaut()[:, :400]))  # 400 wide, 512 tall, turned left
    img = Image.fromarray(sideways)
    exif = Image.Exif()
    exif[0x0112] = 6  # the viewer must turn it 90° clockwise
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    out = decode(buf.getvalue())
    assert (out.width, out.height) == (400, 512)
    assert out.pixels.shape == (512, 400, 3)
    assert out.exif["Orientation"] == 6
