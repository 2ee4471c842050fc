"""Turn an OpenAI request body (chat, responses, completions, embeddings, images,
audio; tools and multi-turn included) into a `Case`.

Must not decode pixels, run models, or look at policies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from usegate.exceptions import CaseError
from usegate.request.case import LE_TYPES, SECTORS, Case, ImageRef, Tenant, TextPart, ToolDef, is_embeddings

_B64 = re.compile(r"[A-Za-z0-9+/=\s]+")

_MAX_SCHEMA_TEXT = 4000
#: metadata keys that are declarations (SPEC §2), not free text
_DECLARATION_KEYS = {
    "end_customer",
    "capture_device",
    "capture_mode",
    "environment",
    "authorisation",
    "authorization",
}


def parse_time(value: Any) -> datetime:
    """Parse an ISO-8601 timestamp (a trailing `Z` allowed); naive times are UTC."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError as exc:
            raise CaseError(f"invalid timestamp `{value}`: expected ISO 8601") from exc
    else:
        raise CaseError(f"invalid timestamp `{value!r}`: expected an ISO 8601 string")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def _schema_text(schema: Any, depth: int = 0) -> str:
    """Property names and descriptions of a JSON schema, flattened to words."""
    if depth > 6:
        return ""
    out: list[str] = []
    if isinstance(schema, Mapping):
        for key, value in schema.items():
            if key == "properties" and isinstance(value, Mapping):
                for prop, sub in value.items():
                    out.append(str(prop))
                    out.append(_schema_text(sub, depth + 1))
            elif key in ("description", "title") and isinstance(value, str):
                out.append(value)
            elif key == "enum" and isinstance(value, list):
                out.extend(str(v) for v in value[:20])
            elif isinstance(value, Mapping | list):
                out.append(_schema_text(value, depth + 1))
    elif isinstance(schema, list):
        out.extend(_schema_text(v, depth + 1) for v in schema[:50])
    return " ".join(s for s in out if s)[:_MAX_SCHEMA_TEXT]


class _Collector:
    def __init__(self) -> None:
        self.texts: list[TextPart] = []
        self.images: list[ImageRef] = []
        self.tools: list[ToolDef] = []
        self.image_inputs = False  # an embeddings body that says its string inputs are images

    def text(self, role: str, text: Any, turn: int, location: str) -> None:
        if isinstance(text, str) and text.strip():
            if text.startswith("data:image/"):
                self.image(text, turn, location)
            else:
                self.texts.append(TextPart(role=role, text=text, turn=turn, location=location))

    def image(self, url: Any, turn: int, location: str) -> None:
        if isinstance(url, Mapping):
            # `{"url": ...}`, and Vertex-style `{"bytesBase64Encoded": ...}` / `{"gcsUri": ...}`
            url = (
                url.get("url")
                or url.get("image_url")
                or url.get("bytesBase64Encoded")
                or url.get("gcsUri")
                or url.get("data")  # `{"type": "base64", "media_type": ..., "data": ...}`
            )
        if not isinstance(url, str) or not url:
            return
        bare = not url.startswith(("data:", "http://", "https://", "gs://"))
        if bare and len(url) > 64 and _B64.fullmatch(url[:64]):
            url = "data:image/jpeg;base64," + url  # bare base64 bytes
        index = len(self.images) + 1
        if url.startswith("data:"):
            mime = url[5:].split(";", 1)[0].split(",", 1)[0] or None
            self.images.append(ImageRef(index, location, data_url=url, mime=mime, turn=turn))
        else:
            self.images.append(ImageRef(index, location, url=url, turn=turn))

    def tool(self, spec: Any) -> None:
        if not isinstance(spec, Mapping):
            return
        inner = spec.get("function")
        fn: Mapping[str, Any] = inner if isinstance(inner, Mapping) else spec
        name = str(fn.get("name") or spec.get("type") or "")
        description = str(fn.get("description") or "")
        params = _schema_text(fn.get("parameters") or fn.get("input_schema") or {})
        if name or description or params:
            self.tools.append(ToolDef(name=name, description=description, parameters=params))

    def content(self, role: str, content: Any, turn: int, location: str) -> None:
        if isinstance(content, str):
            self.text(role, content, turn, location)
            return
        if isinstance(content, Mapping):
            content = [content]
        if not isinstance(content, list):
            return
        for j, part in enumerate(content):
            loc = f"{location}[{j}]"
            if isinstance(part, str):
                self.text(role, part, turn, loc)
                continue
            if not isinstance(part, Mapping):
                continue
            kind = part.get("type")
            if kind in ("text", "input_text", "output_text"):
                self.text(role, part.get("text"), turn, loc)
            elif kind in ("image_url", "input_image", "image", "image_base64"):
                self.image(
                    part.get("image_url")
                    or part.get("url")
                    or part.get("image")
                    or part.get("image_base64")
                    or part.get("data")
                    or part.get("source")
                    or (part.get("content") if isinstance(part.get("content"), str) else None),
                    turn,
                    loc,
                )
            elif kind in ("file", "input_file"):
                data = part.get("file_data") or (part.get("file") or {}).get("file_data")
                if isinstance(data, str) and data.startswith("data:image/"):
                    self.image(data, turn, loc)
            elif "text" in part:
                self.text(role, part.get("text"), turn, loc)

    def embedding_item(self, item: Any, location: str, depth: int = 0) -> None:
        """One item to embed, in any provider's shape (depth-bounded)."""
        if depth > 4:
            return
        if isinstance(item, str):
            if self.image_inputs or _IMAGE_REF.match(item):
                # a picture given as a string: an image URL, a data URL, bare JPEG/PNG base64, or any
                # string when the body says the inputs are images (`"modality": "image"`)
                self.image(item, -1, location)
            else:
                self.text("input", item, -1, location)
        elif isinstance(item, list):
            for j, sub in enumerate(item[:256]):
                self.embedding_item(sub, f"{location}[{j}]", depth + 1)
        elif isinstance(item, Mapping):
            if item.get("type"):
                self.content("input", [item], -1, location)
                return
            for key in (*_EMBED_IMAGE_KEYS, "uri", "bytes"):
                if item.get(key) is not None:
                    self.image(item[key], -1, f"{location}.{key}")
            for j, image in list(_iter_list(item.get("images")))[:256]:
                # `{"images": [...], "metadata": [...]}`: a batch of pictures to embed
                self.image(image, -1, f"{location}.images[{j}]")
            for key in ("text", "inputText", "input_text"):
                if item.get(key) is not None:
                    self.text("input", item[key], -1, f"{location}.{key}")
            if item.get("content") is not None:
                self.embedding_item(item["content"], f"{location}.content", depth + 1)
            for key in ("input", "inputs", "instances", "texts", "contents", "data"):
                # a wrapper around the items: `{"inputs": [...], "task": ...}`, `{"instances": [...]}`
                if isinstance(item.get(key), list | Mapping):
                    self.embedding_item(item[key], f"{location}.{key}", depth + 1)

    def message(self, message: Any, turn: int, location: str) -> None:
        if isinstance(message, str):
            self.text("user", message, turn, location)
            return
        if not isinstance(message, Mapping):
            return
        kind = message.get("type")
        if kind == "function_call":
            self.text(
                "tool_call", f"{message.get('name', '')} {message.get('arguments', '')}", turn, location
            )
            return
        if kind == "function_call_output":
            self.text("tool", message.get("output"), turn, location)
            return
        role = str(message.get("role") or "user")
        self.content(role, message.get("content"), turn, f"{location}.content")
        for k, call in enumerate(message.get("tool_calls") or []):
            if isinstance(call, Mapping) and isinstance(call.get("function"), Mapping):
                fn = call["function"]
                self.text(
                    "tool_call",
                    f"{fn.get('name', '')} {fn.get('arguments', '')}",
                    turn,
                    f"{location}.tool_calls[{k}]",
                )
        fc = message.get("function_call")
        if isinstance(fc, Mapping):
            self.text("tool_call", f"{fc.get('name', '')} {fc.get('arguments', '')}", turn, location)


#: a string that is a picture: a data URL, an image URL by its extension, a bucket path, or bare
#: JPEG / PNG base64 bytes
_IMAGE_REF = re.compile(
    r"data:image/|(?:https?|gs|s3)://\S+\.(?:jpe?g|png|webp|gif|bmp|tiff?|heic)(?:[?#]\S*)?$|/9j/|iVBORw0KGgo",
    re.I,
)
#: where an embeddings item (or, from the fifth on, the body itself) carries a picture
_EMBED_IMAGE_KEYS = (
    "image",
    "image_url",
    "image_base64",
    "bytesBase64Encoded",
    "inputImage",
    "input_image",
    "imageBase64",
    "image_bytes",
)


def _iter_list(value: Any) -> Iterator[tuple[int, Any]]:
    if isinstance(value, list):
        yield from enumerate(value)
    elif value is not None:
        yield 0, value


def collect(endpoint: str, body: Mapping[str, Any]) -> _Collector:
    c = _Collector()
    for i, message in _iter_list(body.get("messages")):
        c.message(message, i, f"messages[{i}]")
    instructions = body.get("instructions")
    if instructions is not None:
        c.text("system", instructions, -1, "instructions")
    if is_embeddings(endpoint) or endpoint.endswith("/moderations"):
        kind = " ".join(str(body.get(k, "")) for k in ("modality", "input_type", "inputType", "type")).lower()
        c.image_inputs = "image" in kind
        # OpenAI `input` (moderations' too: strings, text and image parts); multimodal shapes
        # of other providers: `inputs` of `{"content": [...]}`,
        # items like `{"image": ..., "text": ...}`, `{"type": "image_base64", ...}`
        for key in ("input", "inputs", "texts", "instances"):
            for i, item in _iter_list(body.get(key)):
                c.embedding_item(item, f"{key}[{i}]")
        top = {k: body[k] for k in (*_EMBED_IMAGE_KEYS[4:], "inputText", "input_text") if k in body}
        if top:
            # Bedrock Titan's `{"inputImage": ..., "inputText": ...}` at the top of the body
            c.embedding_item(top, "body")
    elif "input" in body:
        inp = body["input"]
        if isinstance(inp, str):
            c.text("user", inp, 0, "input")
        else:
            for i, item in _iter_list(inp):
                c.message(item, i, f"input[{i}]")
    for i, prompt in _iter_list(body.get("prompt")):
        if isinstance(prompt, str):
            c.text("prompt", prompt, 0, "prompt" if i == 0 else f"prompt[{i}]")
    for key in ("image", "images", "mask"):
        for i, image in _iter_list(body.get(key)):
            c.image(image, -1, f"{key}[{i}]")
    for key in ("tools", "functions"):  # `"tools": 1` is malformed, not a crash
        for _, spec in _iter_list(body.get(key)):
            c.tool(spec)
    return c


def _metadata(body: Mapping[str, Any]) -> dict[str, str]:
    meta = body.get("metadata")
    if not isinstance(meta, Mapping):
        return {}
    return {str(k): str(v) for k, v in meta.items() if isinstance(v, str | int | float | bool)}


def build_case(
    *,
    case_id: str,
    received_at: datetime,
    tenant: Tenant,
    endpoint: str,
    headers: Mapping[str, str] | None,
    body: Mapping[str, Any],
    extras: Mapping[str, Any] | None = None,
) -> Case:
    """Build a `Case` from a request's parts."""
    if not isinstance(body, Mapping):
        raise CaseError("request body must be a JSON object")
    lowered = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    c = collect(endpoint, body)
    metadata = _metadata(body)
    for key, value in metadata.items():
        if key not in _DECLARATION_KEYS and not value.isdigit():
            c.text("metadata", f"{key}: {value}", -1, f"metadata.{key}")
    session = lowered.get("x-usegate-session") or (str(body["user"]) if body.get("user") else None)
    model = body.get("model")
    return Case(
        id=case_id,
        received_at=received_at,
        tenant=tenant,
        endpoint=endpoint,
        headers=lowered,
        body=body,
        texts=tuple(c.texts),
        tools=tuple(c.tools),
        images=tuple(c.images),
        metadata=metadata,
        model=str(model) if model is not None else None,
        session=session,
        extras=dict(extras or {}),
    )


def tenant_from_json(data: Any, *, where: str = "tenant") -> Tenant:
    """Validate and build a `Tenant` from the registry shape of SPEC §2."""
    if not isinstance(data, Mapping):
        raise CaseError(f"{where}: expected an object")
    missing = [k for k in ("id", "sector", "country") if not data.get(k)]
    if missing:
        raise CaseError(f"{where}: missing `{'`, `'.join(missing)}`")
    sector = str(data["sector"])
    if sector not in SECTORS:
        raise CaseError(f"{where}: unknown sector `{sector}`: expected one of {', '.join(SECTORS)}")
    le_type = data.get("le_type")
    if le_type is not None and str(le_type) not in LE_TYPES:
        raise CaseError(f"{where}: unknown le_type `{le_type}`: expected one of {', '.join(LE_TYPES)}")
    if sector == "law_enforcement" and le_type is None:
        le_type = "other"
    country = str(data["country"]).upper()
    if len(country) != 2 or not country.isalpha():
        raise CaseError(f"{where}: country `{data['country']}` is not an ISO 3166-1 alpha-2 code")
    customers = tuple(
        tenant_from_json(c, where=f"{where}.end_customers[{i}]")
        for i, c in enumerate(data.get("end_customers") or [])
    )
    return Tenant(
        id=str(data["id"]),
        name=str(data.get("name") or data["id"]),
        sector=sector,
        le_type=str(le_type) if le_type is not None else None,
        country=country,
        integrator=bool(data.get("integrator", False)),
        end_customers=customers,
    )


def case_from_json(
    data: Any,
    *,
    now: datetime,
    registry: Mapping[str, Tenant] | None = None,
    line: int | None = None,
) -> Case:
    """Build a `Case` from one object of a `usegate check` input file (SPEC §5)."""
    if not isinstance(data, Mapping):
        raise CaseError("case must be a JSON object")
    case_id = str(data.get("id") if data.get("id") is not None else (f"line-{line}" if line else "case"))
    if "tenant" in data and data["tenant"] is not None:
        tenant = tenant_from_json(data["tenant"])
    elif data.get("tenant_id") is not None:
        if registry is None:
            raise CaseError(f"case names tenant_id `{data['tenant_id']}` but no --registry was given")
        tenant_found = registry.get(str(data["tenant_id"]))
        if tenant_found is None:
            raise CaseError(f"unknown tenant `{data['tenant_id']}`")
        tenant = tenant_found
    else:
        raise CaseError("case has neither `tenant` nor `tenant_id`")
    received = parse_time(data["received_at"]) if data.get("received_at") else now
    endpoint = str(data.get("endpoint") or "/v1/chat/completions")
    headers = data.get("headers") or {}
    if not isinstance(headers, Mapping):
        raise CaseError("`headers` must be an object")
    body = data.get("body")
    if body is None:
        body = {}
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except json.JSONDecodeError as exc:
            raise CaseError(f"`body` is not valid JSON: {exc.msg}") from exc
    if not isinstance(body, Mapping):
        raise CaseError("`body` must be a JSON object")
    return build_case(
        case_id=case_id,
        received_at=received,
        tenant=tenant,
        endpoint=endpoint,
        headers={str(k): str(v) for k, v in headers.items()},
        body=body,
        extras=data.get("extras") if isinstance(data.get("extras"), Mapping) else None,
    )
