"""The `Case`: one request to decide, in a shape that is independent of the endpoint.

A case is built by `usegate.request.parse` from an OpenAI request body, the
headers, the tenant and the time of receipt. It holds the text parts, tool
definitions, image references and declared metadata that signal providers read.
Nothing here decodes pixels, runs models, or knows about policies.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

SECTORS = ("law_enforcement", "government", "commercial", "nonprofit", "academic", "individual")
LE_TYPES = ("police", "federal_investigative", "border_immigration", "corrections", "prosecution", "other")


@dataclass(frozen=True)
class Tenant:
    """An organisation in the tenant registry (SPEC §2)."""

    id: str
    name: str
    sector: str
    country: str
    le_type: str | None = None
    integrator: bool = False
    end_customers: tuple[Tenant, ...] = ()

    @property
    def is_law_enforcement(self) -> bool:
        return self.sector == "law_enforcement"

    @property
    def is_us_police(self) -> bool:
        return self.sector == "law_enforcement" and self.le_type == "police" and self.country == "US"

    def end_customer(self, customer_id: str) -> Tenant | None:
        for customer in self.end_customers:
            if customer.id == customer_id:
                return customer
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "sector": self.sector,
            "le_type": self.le_type,
            "country": self.country,
            "integrator": self.integrator,
            "end_customers": [c.to_json() for c in self.end_customers],
        }


@dataclass(frozen=True)
class TextPart:
    """A piece of text from the request, with where it came from."""

    role: str  # system, developer, user, assistant, tool, tool_call, prompt, input
    text: str
    turn: int  # index of the message; -1 for text outside messages
    location: str  # e.g. `messages[2].content[0]`


@dataclass(frozen=True)
class ToolDef:
    """A tool or function the request offers the model."""

    name: str
    description: str
    parameters: str  # the JSON schema's property names and descriptions, flattened

    @property
    def text(self) -> str:
        return f"{self.name} {self.description} {self.parameters}".strip()


@dataclass(frozen=True)
class ImageRef:
    """An image carried by (or linked from) the request. Pixels are not decoded here."""

    index: int  # 1-based, in request order
    location: str
    url: str | None = None  # http(s) URL, when the image is linked rather than inlined
    data_url: str | None = None  # a `data:` URL, when inlined
    mime: str | None = None
    turn: int = -1

    @property
    def inline(self) -> bool:
        return self.data_url is not None

    def payload(self) -> bytes:
        """The bytes of an inlined image; raises ValueError when the data URL is unusable."""
        if self.data_url is None:
            raise ValueError("image is linked, not inlined")
        header, _, data = self.data_url.partition(",")
        if not header.startswith("data:"):
            raise ValueError("not a data url")
        if header.endswith(";base64"):
            try:
                return base64.b64decode(data, validate=False)
            except (binascii.Error, ValueError) as exc:
                raise ValueError(f"invalid base64 in data url: {exc}") from exc
        return data.encode("latin-1", errors="replace")

    @property
    def approx_bytes(self) -> int:
        if self.data_url is None:
            return 0
        return len(self.data_url) * 3 // 4


@dataclass(frozen=True)
class Case:
    """One request to decide."""

    id: str
    received_at: datetime
    tenant: Tenant
    endpoint: str
    headers: Mapping[str, str]  # lower-cased names
    body: Mapping[str, Any]
    texts: tuple[TextPart, ...] = ()
    tools: tuple[ToolDef, ...] = ()
    images: tuple[ImageRef, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)
    model: str | None = None
    session: str | None = None
    # Things the gateway knows that a single body does not (e.g. frame rate of a session).
    extras: Mapping[str, Any] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def declared(self, key: str) -> str | None:
        """A declaration from `X-Usegate-<Key>` or `metadata.<key>` (header wins when both)."""
        header = self.headers.get(_header_of(key)) if self.headers else None
        if header is not None and header.strip():
            return header.strip()
        value = self.metadata.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
        return None

    @property
    def end_customer_id(self) -> str | None:
        return self.declared("end_customer")

    def user_texts(self) -> tuple[TextPart, ...]:
        return tuple(t for t in self.texts if t.role not in ("system", "developer", "tool_schema"))

    def all_text(self) -> str:
        return "\n".join(t.text for t in self.texts)


@cache
def _header_of(key: str) -> str:
    """`end_customer` -> `x-usegate-end-customer` (cached: looked up on every request)."""
    return "x-usegate-" + key.replace("_", "-").lower()


#: endpoints that embed their input: OpenAI's, and other providers' multimodal shapes
#: (Cohere `/embed`, Voyage `/multimodalembeddings`)
EMBEDDINGS_ENDPOINTS = ("/embeddings", "/embed", "/multimodalembeddings")


def is_embeddings(endpoint: str) -> bool:
    return endpoint.endswith(EMBEDDINGS_ENDPOINTS)
