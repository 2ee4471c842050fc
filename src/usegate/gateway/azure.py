"""Azure OpenAI's routes, matched exactly, and how an Azure request reaches either kind of
upstream. Pure: no I/O.

    POST /openai/deployments/{deployment}/chat/completions?api-version=2024-10-21
    POST /openai/deployments/{deployment}/{completions|embeddings|images/generations|images/edits|
                                           audio/transcriptions|audio/translations|audio/speech}
    POST /openai/responses?api-version=...            (what `openai.AzureOpenAI` calls for responses)
    GET  /openai/models[/{id}]?api-version=...
    POST /openai/v1/{chat/completions|responses|embeddings|...}   (Azure's v1 API; api-version optional)
    GET  /openai/v1/models[/{id}]

Each is decided as its `/v1` counterpart (`endpoint`), so a request is decided the same
whichever route it came by; a deployment route's deployment name is the model. The
routes before `/openai/v1/` require `api-version` (400 without it, as Azure answers). A
path that was percent-encoded, has a dot segment, an empty segment or a deployment name
outside Azure's characters is no route (404, never forwarded).

Upstream (`upstream.style`): `azure` gets the Azure path and query as they came (and
`/v1/...` requests as `/openai/v1/...`); `openai` gets the `/v1` counterpart without
`api-version`, the deployment put in the body's `model`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

from usegate.gateway import errors, routes

PREFIX = "/openai/"
#: what a deployment route serves, and how its body is read (its /v1 counterpart is /v1/<op>)
DEPLOYMENT_OPS = {
    "chat/completions": "json",
    "completions": "json",
    "embeddings": "json",
    "images/generations": "json",
    "images/edits": "multipart",
    "audio/transcriptions": "multipart",
    "audio/translations": "multipart",
    "audio/speech": "json",
}
_DEPLOYMENT_PATH = re.compile(rf"/openai/deployments/({routes.DEPLOYMENT})/([a-z/]+)")
_API_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}(?:-preview)?|preview|latest")


@dataclass(frozen=True, slots=True)
class AzureRoute:
    mode: str  # json | multipart | none
    endpoint: str  # the /v1 counterpart it is decided as
    deployment: str | None = None
    versioned: bool = True  # `api-version` required
    label: str = ""  # a metrics label (no deployment or model name)


def match(path: str, raw_path: bytes | None) -> AzureRoute | None:
    """The Azure route of `path`, or None when it is none (404, never forwarded)."""
    if not path.startswith(PREFIX):
        return None
    if raw_path is not None and b"%" in raw_path:
        return None
    found = _match(path)
    return found


def _match(path: str) -> AzureRoute | None:
    if path.startswith("/openai/deployments/"):
        m = _DEPLOYMENT_PATH.fullmatch(path)
        if m is None:
            return None
        deployment, op = m.group(1), m.group(2)
        mode = DEPLOYMENT_OPS.get(op)
        if mode is None:
            return None
        return AzureRoute(mode, "/v1/" + op, deployment, True, f"/openai/deployments/{{deployment}}/{op}")
    if path.startswith("/openai/v1/"):
        v1 = path[len("/openai") :]
        mode = routes.match(v1, None)
        if mode is None:
            return None
        return AzureRoute(mode, v1, None, False, "/openai" + _label(v1, mode))
    if path == "/openai/responses":
        return AzureRoute("json", "/v1/responses", None, True, path)
    if path == "/openai/models" or path.startswith("/openai/models/"):
        v1 = "/v1" + path[len("/openai") :]
        if routes.match(v1, None) != routes.NO_BODY:
            return None
        return AzureRoute(routes.NO_BODY, v1, None, True, "/openai" + _label(v1, routes.NO_BODY))
    return None


def _label(v1: str, mode: str) -> str:
    return v1 if mode != routes.NO_BODY or v1 == routes.MODELS else routes.MODEL


def api_version(query: bytes) -> tuple[str | None, str | None]:
    """(the `api-version` in `query`, a problem with it) — both None when it is absent."""
    found: list[str] = []
    for part in query.split(b"&") if query else ():
        key, _, value = part.partition(b"=")
        if key == b"api-version":
            found.append(value.decode("latin-1"))
    if not found:
        return None, None
    if len(found) > 1:
        return None, "the `api-version` query parameter is given more than once"
    if not _API_VERSION.fullmatch(found[0]):
        return None, f"`{found[0][:40]}` is not an api-version (e.g. 2024-10-21, 2025-04-01-preview)"
    return found[0], None


def without_api_version(query: bytes) -> bytes:
    """`query` less its `api-version` parameter (an OpenAI-style upstream knows none)."""
    return b"&".join(p for p in query.split(b"&") if p and p.partition(b"=")[0] != b"api-version")


def upstream_path(route: AzureRoute, path: str, style: str) -> str:
    """The path an allowed request goes to: the Azure path itself on an Azure upstream, the
    /v1 counterpart on an OpenAI-style one (whose base url ends in its own /v1)."""
    return path if style == "azure" else route.endpoint


def with_model(
    raw: bytes, mode: str, body: dict[str, Any], headers: list[tuple[bytes, bytes]], model: str
) -> bytes:
    """`raw` with `model` set to the deployment, for an OpenAI-style upstream (which has no
    deployments): unchanged when the body already names it (as the `openai` SDK sends it)."""
    if body.get("model") == model:
        return raw
    if mode == "json":
        return orjson.dumps({**body, "model": model})
    ctype = next((v for k, v in headers if k == b"content-type"), b"")
    return _multipart_with(raw, ctype, b"model", model.encode())


def _multipart_with(raw: bytes, content_type: bytes, name: bytes, value: bytes) -> bytes:
    """A multipart body with the text field `name` set to `value` (replaced, or added)."""
    boundary = content_type.partition(b"boundary=")[2].split(b";")[0].strip().strip(b'"')
    delimiter = b"--" + boundary
    pieces = raw.split(delimiter)
    # pieces: preamble, part, part, ..., "--\r\n" epilogue
    field = b'name="' + name + b'"'
    kept = []
    for piece in pieces[1:-1]:
        head = piece.split(b"\r\n\r\n", 1)[0]
        if field in head and b"filename=" not in head:
            continue
        kept.append(piece)
    added = b"\r\nContent-Disposition: form-data; " + field + b"\r\n\r\n" + value + b"\r\n"
    return delimiter.join([pieces[0], *kept, added, pieces[-1]])


def check_query(query: bytes, route: AzureRoute) -> bytes | None:
    """The 400 body when `query`'s `api-version` is missing (where required) or wrong."""
    version, problem = api_version(query)
    if problem is not None:
        return errors.error_body(problem, "invalid_request_error", "invalid_api_version", "api-version")
    if version is None and route.versioned:
        return errors.error_body(
            "Missing required query parameter: api-version (e.g. ?api-version=2024-10-21)",
            "invalid_request_error",
            "missing_api_version",
            "api-version",
        )
    return None
