"""The gateway's routes, matched exactly: which paths are decided and forwarded, and how
their bodies are read. Pure: no I/O.

Only these paths reach the upstream, and each of them is decided and recorded first:
the POST endpoints of `DECIDED`, and `GET /v1/models` and `GET /v1/models/<id>` (a
decision on a request without content). A path that was percent-encoded (`%2e%2e`,
`%2f`), has a dot segment, an empty segment or a character outside a model id's is
not one of them, so it is answered 404 and never forwarded: the upstream sees only the
path that was decided.
"""

from __future__ import annotations

import re

#: POST endpoints that are decided, and how their bodies are read
DECIDED = {
    "/v1/chat/completions": "json",
    "/v1/completions": "json",
    "/v1/responses": "json",
    "/v1/embeddings": "json",
    "/v1/images/generations": "json",
    "/v1/images/edits": "multipart",
    "/v1/images/variations": "multipart",
    "/v1/audio/transcriptions": "multipart",
    "/v1/audio/translations": "multipart",
    # decided on their text `input` (moderations like embeddings' input, speech its text)
    "/v1/moderations": "json",
    "/v1/audio/speech": "json",
}
#: GET endpoints that carry no content: decided on who asks, then forwarded
MODELS = "/v1/models"
MODEL = "/v1/models/{id}"  # one model (a metrics label)
NO_BODY = "none"

# a model id: `gpt-4o`, `ft:gpt-4o-mini:org:name:abc123`, `meta-llama/Llama-3-8B` (one slash)
_SEGMENT = r"[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}"
_MODEL = re.compile(rf"/v1/models/{_SEGMENT}(?:/{_SEGMENT})?")
# what a forwarded query may hold: RFC 3986 query characters, nothing that ends or splits a
# request line
_QUERY = re.compile(rb"[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*")


def match(path: str, raw_path: bytes | None) -> str | None:
    """How the body of a request to `path` is read (`json`, `multipart`, `none`), or None
    when the path is not forwarded. `raw_path` is the path as sent (before percent-decoding)."""
    mode = DECIDED.get(path)
    if mode is None:
        if path == MODELS or (path.startswith("/v1/models/") and _MODEL.fullmatch(path)):
            mode = NO_BODY
        else:
            return None
    if raw_path is not None and b"%" in raw_path:
        return None  # encoded: `%2e%2e`, `%2f` and friends never reach the upstream
    return mode


#: OpenAI (and Azure) endpoint families the gateway does not forward, because it cannot
#: decide them: they act on objects stored in the upstream account (shared by every tenant
#: under the operator's key), carry content it never sees (uploaded files, realtime audio),
#: or run content later (batches, assistants' runs, fine-tuning). Answered 501
#: `endpoint_not_supported`, never forwarded. (Any other path is 404.)
UNSUPPORTED = (
    "files",
    "uploads",
    "batches",
    "assistants",
    "threads",
    "vector_stores",
    "fine_tuning",
    "fine-tunes",
    "realtime",
    "evals",
    "containers",
    "conversations",
    "chatkit",
    "organization",
    "responses",  # /v1/responses/{id}...: stored responses
    "chat",  # /v1/chat/completions/{id}...: stored completions
    "audio",  # audio endpoints beside transcriptions, translations and speech
    "videos",
    "extensions",
    "ingestion",
    "operations",
    "deployments",
)


#: an Azure deployment name: letters, digits, `.`, `_`, `-`, starting with a letter or digit
DEPLOYMENT = r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"
_DOT_OR_EMPTY = re.compile(r"//|/\.\.?(?:/|$)|/$")


def unsupported(path: str, raw_path: bytes | None) -> str | None:
    """The endpoint family of a path the gateway knowingly does not forward (`/v1/files`,
    `/v1/threads/...`, Azure's `/openai/files`, `/openai/v1/batches`,
    `/openai/deployments/x/extensions/...`), or None (an encoded path, or one with dot or
    empty segments, is no endpoint at all: 404)."""
    if (raw_path is not None and b"%" in raw_path) or _DOT_OR_EMPTY.search(path):
        return None
    if path.startswith("/openai/v1/"):
        rest = path[len("/openai/v1/") :]
    elif path.startswith("/openai/"):
        rest = path[len("/openai/") :]
    elif path.startswith("/v1/"):
        rest = path[len("/v1/") :]
    else:
        return None
    family = rest.split("/", 1)[0]
    if family == "deployments":  # /openai/deployments/{name}/<op>: the op names the family
        parts = rest.split("/")
        if len(parts) > 2:
            if not re.fullmatch(DEPLOYMENT, parts[1]):
                return None
            family = parts[2]
    return family if family in UNSUPPORTED else None


def query_ok(query: bytes) -> bool:
    """Whether a query string may be forwarded as it is."""
    return not query or (len(query) <= 4096 and _QUERY.fullmatch(query) is not None)
