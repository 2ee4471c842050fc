"""Image evidence for the decision: the adapter between the image analysers
(`usegate.signals.faces`, `usegate.signals.camera`, `usegate.images`) and the
signal providers.

Each image is fetched/decoded at most once per request (shared through the `Memo`)
and at most `MAX_IMAGES` images are analysed; the rest stay unknown, so a request
with many images cannot buy an `allow` by hiding a face in image 40. OCR runs only
when the providers ask for it (nothing cheaper settled the signal).

Importing this module requires the `usegate[vision]` extra.
"""

from __future__ import annotations

from collections.abc import Mapping

from usegate.images.decode import DecodedImage, ImageError, Limits, require_vision
from usegate.images.fetch import FetchPolicy, load
from usegate.request.case import Case, ImageRef
from usegate.signals.base import Memo, SignalValue
from usegate.signals.camera import CameraCues, context_from_cues, exif_cues, overlay_cues
from usegate.signals.faces import ImageFaces, analyze_faces

require_vision()  # a clear error naming the extra when it is missing

#: at most this many images of one request are analysed
MAX_IMAGES = 16
#: at most this many images of one request are OCR'd for overlays
MAX_OCR = 1
#: URL images are not fetched unless an operator allows it (see `configure`)
_POLICY: FetchPolicy | None = None
_LIMITS = Limits()


def configure(*, fetch: FetchPolicy | None = None, limits: Limits | None = None) -> None:
    """Process-wide image settings (the gateway calls this from its config)."""
    global _POLICY, _LIMITS
    _POLICY = fetch
    if limits is not None:
        _LIMITS = limits


def _decoded(image: ImageRef, memo: Memo) -> DecodedImage | ImageError:
    def work() -> DecodedImage | ImageError:
        if image.url and _POLICY is None:
            return ImageError(f"image {image.index}: linked image not fetched (fetching is off)")
        try:
            return load(image, limits=_LIMITS, policy=_POLICY)
        except ImageError as exc:
            return exc

    return memo.get(f"decoded:{image.index}", work)


def _skipped(image: ImageRef) -> str:
    return f"image {image.index} not analysed: only the first {MAX_IMAGES} images of a request are"


def _failed(index: int, error: str) -> ImageFaces:
    return ImageFaces(index, 0, 0, 0, (), False, False, False, error, 0.0)


def face_reports(case: Case, memo: Memo) -> list[ImageFaces]:
    """Faces in every image of the request (memoised per request)."""

    def work() -> list[ImageFaces]:
        reports = []
        for image in case.images:
            if image.index > MAX_IMAGES:
                reports.append(_failed(image.index, _skipped(image)))
                continue
            decoded = _decoded(image, memo)
            if isinstance(decoded, ImageError):
                reports.append(_failed(image.index, str(decoded)))
            else:
                reports.append(analyze_faces(image, decoded=decoded))
        return reports

    return memo.get("faces", work)


def _exif(case: Case, memo: Memo) -> list[CameraCues]:
    def work() -> list[CameraCues]:
        out = []
        for image in case.images[:MAX_IMAGES]:
            decoded = _decoded(image, memo)
            if isinstance(decoded, ImageError):
                continue
            out.append(exif_cues(image, case.received_at, exif=decoded.exif))
        return out

    return memo.get("exif", work)


def _overlays(case: Case, memo: Memo) -> list[CameraCues]:
    """OCR of burned-in overlays, image by image, stopping once the context is read.

    At most `MAX_OCR` images are read (OCR costs ~200 ms an image); reading stops at the
    first image whose overlay names a device class or a clock.
    """

    def work() -> list[CameraCues]:
        out: list[CameraCues] = []
        for image in case.images[:MAX_IMAGES]:
            if len(out) >= MAX_OCR:
                break
            decoded = _decoded(image, memo)
            if isinstance(decoded, ImageError):
                continue
            cues = overlay_cues(image, case.received_at, decoded=decoded)
            out.append(cues)
            if cues.device is not None or cues.captured_at is not None:
                break
        return out

    return memo.get("overlays", work)


def image_context(case: Case, memo: Memo, with_ocr: bool) -> Mapping[str, SignalValue]:
    """`mobile_camera`, `real_time`, `uncontrolled` from EXIF, and from overlays when `with_ocr`."""
    cues = list(_exif(case, memo))
    if with_ocr:
        cues += _overlays(case, memo)
    return context_from_cues(cues)
