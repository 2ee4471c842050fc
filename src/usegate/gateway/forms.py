"""Multipart requests (audio transcriptions, image edits) as a body dict for the decision.

Text fields are kept as they are; image files become `data:` URLs (so image analysis
sees them); other files (audio) become `{filename, content_type, size, sha256}`. The
upstream still gets the original bytes.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import AsyncGenerator
from typing import Any

from starlette.datastructures import Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from usegate.exceptions import CaseError

_IMAGE_EXT = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff")


async def parse_multipart(
    headers: list[tuple[bytes, bytes]], raw: bytes
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The body dict and a description of each file part."""

    async def stream() -> AsyncGenerator[bytes, None]:
        yield raw

    declared = next((v for k, v in headers if k == b"content-type"), b"").lower()
    if not declared.startswith(b"multipart/form-data") or b"boundary=" not in declared:
        raise CaseError("the request body must be multipart/form-data with a boundary")
    parser = MultiPartParser(Headers(raw=headers), stream(), max_files=64, max_fields=1000)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise CaseError(f"invalid multipart body: {exc.message}") from exc
    except (KeyError, ValueError, UnicodeDecodeError) as exc:  # the parser's own edge cases
        raise CaseError(f"invalid multipart body: {type(exc).__name__}") from exc
    body: dict[str, Any] = {}
    files: list[dict[str, Any]] = []
    try:
        for key, value in form.multi_items():
            name = key[:-2] if key.endswith("[]") else key
            if isinstance(value, UploadFile):
                data = await value.read()
                ctype = value.content_type or "application/octet-stream"
                meta = {
                    "field": key,
                    "filename": value.filename,
                    "content_type": ctype,
                    "size": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                }
                files.append(meta)
                is_image = ctype.startswith("image/") or (value.filename or "").lower().endswith(_IMAGE_EXT)
                if is_image:
                    mime = ctype if ctype.startswith("image/") else "image/png"
                    item: Any = f"data:{mime};base64," + base64.b64encode(data).decode("ascii")
                else:
                    item = {k: meta[k] for k in ("filename", "content_type", "size", "sha256")}
            else:
                item = value
            if name in body:
                prev = body[name]
                body[name] = [*prev, item] if isinstance(prev, list) else [prev, item]
            else:
                body[name] = item
    finally:
        await form.close()
    return body, files
