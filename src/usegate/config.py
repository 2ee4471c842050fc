"""Gateway settings: YAML plus `USEGATE_*` environment overrides, validated strictly into
frozen (pydantic) dataclasses.

    upstream: {base_url: "http://127.0.0.1:9001/v1", api_key: "sk-...", timeout: 600}
    packs: [azure-openai-coc]
    review: refuse                 # or `allow` (forward, flagged in the audit log)
    audit: {url: "sqlite:///./usegate-audit.db", store_bodies: false}
    sessions: {window_seconds: 60, redis_url: null}
    limits: {max_body_bytes: 33554432, max_header_bytes: 65536, ...}
    image_fetch: {enabled: false}  # fetch linked (https) images to decide on them
    review_grants: {ttl_seconds: 86400}   # how long an approved review lets the request through
    console: {admin_users: [{name, password_hash}], secret_key: ...}   # /console (docs/console.md)
    decision_api: {token_hashes: [<sha256 hex>]}   # services calling POST /v1/usegate/decide
    registry: {source: yaml}       # or `database`: tenants live in the audit database (docs/tenants.md)
    admin: {tokens: [{id, sha256}]}   # the tenant admin API under /admin/tenants
    tenants: [...]                 # SPEC §2, each with `api_keys` or `api_key_hashes`

Every section is one dataclass with unknown keys forbidden and exact types (`"no"` is
not a boolean, `k1` is not a list of keys); cross-field rules live in the section's
`model_validator`. A problem is a `ConfigError` of one line that names the key and its
line and column (or the variable it came from). To add a section: write its dataclass
with `@section`, add a field to `Settings`; its scalar keys get `USEGATE_<SECTION>_<KEY>`
variables for free.

Environment overrides win over the file: `USEGATE_<SECTION>_<KEY>` for every scalar key
of a section (`USEGATE_UPSTREAM_BASE_URL`, `USEGATE_AUDIT_STORE_BODIES`, ...), and
`USEGATE_PACKS` (comma-separated), `USEGATE_REVIEW`, `USEGATE_VISION`, plus
`USEGATE_MAX_BODY_BYTES` (= `USEGATE_LIMITS_MAX_BODY_BYTES`). An unknown `USEGATE_*`
variable is an error.

Opens no sockets or databases and loads no models (it does look whether the folder of
an SQLite audit file exists).
"""

from __future__ import annotations

import dataclasses
import os
import typing
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic import dataclasses as pydantic_dataclasses

from usegate.config_errors import YamlDoc, describe, read_yaml_doc
from usegate.exceptions import ConfigError
from usegate.request.tenants import Registry, TenantConfig

REVIEW_ACTIONS = ("refuse", "allow")

T = TypeVar("T")


@typing.dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def section(cls: type[T]) -> type[T]:
    """A config section: a frozen dataclass, unknown keys forbidden, validated on construction."""
    made = pydantic_dataclasses.dataclass(frozen=True, config=ConfigDict(extra="forbid"))(cls)
    return typing.cast(type[T], made)


def _list_to_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


# exact types: YAML's `"no"` is not a boolean, `"5"` not a number, `5` not a string
Bool = Annotated[bool, Strict()]
Str = Annotated[str, Strict(), Field(min_length=1)]
PositiveInt = Annotated[int, Strict(), Field(gt=0)]
PositiveFloat = Annotated[float, Strict(), Field(gt=0)]  # an int is a float too
StrList = Annotated[tuple[Str, ...], BeforeValidator(_list_to_tuple), Strict()]
MB = 1024 * 1024


def _no_secrets_in_url(url: str, key: str) -> None:
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        raise ValueError(f"credentials in the url are not allowed: put the key in `{key}`")
    if parts.query or parts.fragment:
        raise ValueError("the url must not have a query or a fragment")


@section
class UpstreamSettings:
    base_url: Str = "http://127.0.0.1:9001/v1"
    api_key: Str | None = None
    timeout: PositiveFloat = 600.0  # seconds to wait for the upstream's response (and between chunks)
    connect_timeout: PositiveFloat = 5.0
    max_connections: PositiveInt = 200
    #: client headers passed on besides content-type, accept, accept-encoding, user-agent and
    #: openai-beta (credentials, routing and `X-Usegate-*` headers can never be added)
    forward_headers: StrList = ()
    #: `openai`: base_url ends in /v1; Azure routes are mapped to /v1/... (deployment → `model`).
    #: `azure`: base_url is the Azure OpenAI resource (https://NAME.openai.azure.com); Azure
    #: paths and api-version go as they came, /v1/... as /openai/v1/..., the key as `api-key`
    style: Literal["openai", "azure"] = "openai"

    @field_validator("forward_headers")
    @classmethod
    def _headers(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        from usegate.gateway.headers import forbidden  # pure data; config imports no I/O

        for name in names:
            problem = forbidden(name)
            if problem:
                raise ValueError(problem)
        return tuple(n.lower() for n in names)

    @field_validator("base_url")
    @classmethod
    def _url(cls, url: str) -> str:
        if not url.startswith(("http://", "https://")) or not urlsplit(url).hostname:
            raise ValueError(f"`{url[:100]}` is not an http(s) url with a host")
        _no_secrets_in_url(url, "upstream.api_key")
        return url.rstrip("/")


@section
class AuditSettings:
    url: Str = "sqlite:///./usegate-audit.db"
    #: SQLite only: `full` fsyncs every group commit (durable across power loss); `normal` survives
    #: process crashes only
    synchronous: Literal["full", "normal"] = "full"
    #: keep the (redacted) request body in each record; off: hashes, sizes and signals only
    #: (SPEC §6). The log is hash-chained: what is stored cannot be taken back.
    store_bodies: Bool = False
    #: keep each request as received outside the chain, for `usegate replay --reread`
    #: (purged after `retain_days` by `usegate audit purge`); off by default
    retain_bodies: Bool = False
    retain_days: PositiveFloat = 30.0

    @field_validator("url")
    @classmethod
    def _url(cls, url: str) -> str:
        if url == "memory://" or url.startswith(("postgresql://", "postgres://")):
            return url
        if not url.startswith("sqlite://"):
            raise ValueError(
                f"unsupported url `{url[:100]}`: expected sqlite:///PATH, postgresql://... or memory://"
            )
        path = sqlite_path(url)
        if path != ":memory:" and not Path(path).parent.is_dir():
            raise ValueError(f"folder `{Path(path).parent}` of the audit database does not exist")
        return url


def sqlite_path(url: str) -> str:
    """The file an `sqlite:///PATH` url names (`sqlite:////abs` and `sqlite:///rel` alike)."""
    path = url[len("sqlite://") :]
    if path.startswith("/"):
        path = path[1:]
    return path or "usegate-audit.db"


@section
class SessionSettings:
    window_seconds: PositiveFloat = 60.0
    redis_url: Str | None = None  # e.g. redis://127.0.0.1:6379/0; in-memory when unset

    @field_validator("redis_url")
    @classmethod
    def _url(cls, url: str | None) -> str | None:
        if url and not url.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError(f"`{url[:100]}` is not a redis url")
        return url


@section
class LimitSettings:
    """What one client may cost the gateway (answers: 413, 431, 408, 503, 400)."""

    max_body_bytes: PositiveInt = 32 * MB
    #: nesting depth of a JSON body (arrays and objects)
    max_json_depth: PositiveInt = 64
    #: all request header lines together, and how many there may be (431)
    max_header_bytes: PositiveInt = 64 * 1024
    max_headers: PositiveInt = 100
    #: a session id (`X-Usegate-Session` or the body's `user`) longer than this is refused (400)
    max_session_id_chars: PositiveInt = 256
    #: seconds a client may take to send its request head, and may fall silent while sending
    #: its body (408)
    client_timeout: PositiveFloat = 30.0
    #: open client connections; more are answered 503 (`usegate serve`)
    max_connections: PositiveInt = 2048
    #: request bodies held at once, all requests together; more are answered 503
    max_inflight_body_bytes: PositiveInt = 512 * MB
    #: bodies at least this big are decided in a worker thread, off the event loop
    thread_body_bytes: PositiveInt = 256 * 1024

    @model_validator(mode="after")
    def _budget(self) -> LimitSettings:
        if self.max_inflight_body_bytes < self.max_body_bytes:
            raise ValueError("`max_inflight_body_bytes` must be at least `max_body_bytes`")
        return self


@section
class ImageFetchSettings:
    """Fetching linked (http/https) images so they can be analysed. Off: a linked image
    leaves its signals unknown (a police request with one goes to review)."""

    enabled: Bool = False
    max_bytes: PositiveInt = 20 * MB
    timeout_seconds: PositiveFloat = 5.0
    max_redirects: Annotated[int, Strict(), Field(ge=0, le=10)] = 3
    allow_http: Bool = False  # https only unless set


@section
class LogSettings:
    level: Literal["debug", "info", "warning", "error"] = "info"
    requests: Bool = True  # one JSON line per request


@section
class ReviewGrantSettings:
    """`review_grants:` how long an approved review lets the same request through."""

    ttl_seconds: PositiveFloat = 86400.0


@section
class ConsoleUser:
    name: Str
    password_hash: Str  # `usegate console hash-password` (scrypt)

    @field_validator("password_hash")
    @classmethod
    def _hash(cls, value: str) -> str:
        from usegate.console.passwords import is_hash  # pure functions; no I/O

        if not is_hash(value):
            raise ValueError("not a password hash: make one with `usegate console hash-password`")
        return value


@section
class ConsoleSettings:
    """`console:` the compliance console under /console (off without admin users)."""

    admin_users: Annotated[tuple[ConsoleUser, ...], BeforeValidator(_list_to_tuple), Strict()] = ()
    #: signs session cookies; a random key per start when unset (sessions end on restart)
    secret_key: Str | None = None
    session_ttl_seconds: PositiveFloat = 8 * 3600.0
    #: the console's search index (derived from the audit log, rebuilt when missing);
    #: default: beside a SQLite log, in memory otherwise
    index_path: Str | None = None

    @field_validator("secret_key")
    @classmethod
    def _secret(cls, value: str | None) -> str | None:
        if value is not None and len(value) < 32:
            raise ValueError("must be at least 32 characters")
        return value

    @field_validator("admin_users")
    @classmethod
    def _unique(cls, users: tuple[ConsoleUser, ...]) -> tuple[ConsoleUser, ...]:
        names = [u.name for u in users]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"admin `{twice[0]}` is listed twice")
        return users

    @property
    def enabled(self) -> bool:
        return bool(self.admin_users)


@section
class DecisionApiSettings:
    """`decision_api:` who may call `POST /v1/usegate/decide` besides tenants (for their own
    requests): services holding a token whose sha256 (hex) is listed, deciding for any tenant."""

    token_hashes: StrList = ()

    @field_validator("token_hashes")
    @classmethod
    def _hashes(cls, hashes: tuple[str, ...]) -> tuple[str, ...]:
        for h in hashes:
            if len(h) != 64 or any(c not in "0123456789abcdefABCDEF" for c in h):
                raise ValueError(f"`{h[:12]}...` is not a sha256 hex digest (64 hex digits)")
        return tuple(h.lower() for h in hashes)


@section
class RegistrySettings:
    """`registry:` where tenants come from. `yaml`: the `tenants:` list, read at start and
    on SIGHUP. `database`: tables beside the audit log, seeded from `tenants:` with the
    tenants they lack, changed by the admin API and `usegate tenants`, and polled by
    every gateway (docs/tenants.md)."""

    source: Literal["yaml", "database"] = "yaml"
    #: how often a gateway looks for changes (one cheap query); PostgreSQL also wakes it at once
    poll_seconds: PositiveFloat = 1.0


@section
class AdminToken:
    id: Str  # who made a change, in the change history
    sha256: Str  # sha256 of the token (`usegate tenants admin-token` makes one)

    @field_validator("sha256")
    @classmethod
    def _digest(cls, value: str) -> str:
        digest = value.lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError("an admin token hash must be 64 hex digits (sha256 of the token)")
        return digest


@section
class AdminSettings:
    """`admin:` the tenant admin API under /admin/tenants (off without tokens)."""

    tokens: Annotated[tuple[AdminToken, ...], BeforeValidator(_list_to_tuple), Strict()] = ()
    max_body_bytes: PositiveInt = 64 * 1024

    @field_validator("tokens")
    @classmethod
    def _unique(cls, tokens: tuple[AdminToken, ...]) -> tuple[AdminToken, ...]:
        ids = [t.id for t in tokens]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"admin token id `{twice[0]}` is listed twice")
        return tokens


def _packs(value: Any) -> Any:
    if isinstance(value, str):
        return (value,)
    return _list_to_tuple(value)


def _vision(value: Any) -> Any:
    return None if value == "auto" else value


@section
class Settings:
    upstream: UpstreamSettings = field(default_factory=UpstreamSettings)
    packs: Annotated[tuple[Str, ...], BeforeValidator(_packs), Strict(), Field(min_length=1)] = (
        "azure-openai-coc",
    )
    pack_dirs: StrList = ()
    review: Literal["refuse", "allow"] = "refuse"
    audit: AuditSettings = field(default_factory=AuditSettings)
    sessions: SessionSettings = field(default_factory=SessionSettings)
    limits: LimitSettings = field(default_factory=LimitSettings)
    #: image analysis: `auto` (None) = when the [vision] extra is installed
    vision: Annotated[Bool | None, BeforeValidator(_vision)] = None
    image_fetch: ImageFetchSettings = field(default_factory=ImageFetchSettings)
    log: LogSettings = field(default_factory=LogSettings)
    tenants: Annotated[tuple[TenantConfig, ...], BeforeValidator(_list_to_tuple), Strict()] = ()
    review_grants: ReviewGrantSettings = field(default_factory=ReviewGrantSettings)
    console: ConsoleSettings = field(default_factory=ConsoleSettings)
    decision_api: DecisionApiSettings = field(default_factory=DecisionApiSettings)
    registry: RegistrySettings = field(default_factory=RegistrySettings)
    admin: AdminSettings = field(default_factory=AdminSettings)

    @property
    def max_body_bytes(self) -> int:
        return self.limits.max_body_bytes


_ADAPTER: TypeAdapter[Settings] = TypeAdapter(Settings)


# -- the environment ------------------------------------------------------------

#: variables that are not `USEGATE_<SECTION>_<KEY>`, and where they go
_ALIASES: dict[str, tuple[str, ...]] = {"USEGATE_MAX_BODY_BYTES": ("limits", "max_body_bytes")}
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def _scalar_kind(tp: Any) -> str | None:
    """How an environment string becomes this field's value: bool, int, float, str, list."""
    while typing.get_origin(tp) is Annotated:
        tp = typing.get_args(tp)[0]
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) is tuple:
        return "list"
    if args and typing.get_origin(tp) is not Literal:
        return _scalar_kind(args[0])
    if typing.get_origin(tp) is Literal or tp is str:
        return "str"
    if tp is bool:
        return "bool"
    if tp is int:
        return "int"
    if tp is float:
        return "float"
    return None


def environment_keys() -> dict[str, tuple[tuple[str, ...], str]]:
    """Every `USEGATE_*` variable: its location in the config and its kind."""
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    hints = typing.get_type_hints(Settings, include_extras=True)
    for name, tp in hints.items():
        inner = tp
        while typing.get_origin(inner) is Annotated:
            inner = typing.get_args(inner)[0]
        if dataclasses.is_dataclass(inner):
            for key, ftp in typing.get_type_hints(inner, include_extras=True).items():
                kind = _scalar_kind(ftp)
                if kind is not None and kind != "list":
                    out[f"USEGATE_{name.upper()}_{key.upper()}"] = ((name, key), kind)
        elif name == "vision":
            out["USEGATE_VISION"] = ((name,), "auto_bool")
        elif name != "tenants":
            kind = _scalar_kind(tp)
            if kind is not None:
                out[f"USEGATE_{name.upper()}"] = ((name,), kind)
    for alias, loc in _ALIASES.items():
        out[alias] = (loc, out["USEGATE_" + "_".join(loc).upper()][1])
    return out


def _convert(variable: str, raw: str, kind: str) -> Any:
    text = raw.strip()
    if kind in ("bool", "auto_bool"):
        if kind == "auto_bool" and text.lower() == "auto":
            return "auto"
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ConfigError(f"environment: `{variable}` must be true or false, not `{text[:60]}`")
    if kind == "int":
        try:
            return int(text.replace("_", ""))
        except ValueError:
            raise ConfigError(
                f"environment: `{variable}` must be a whole number, not `{text[:60]}`"
            ) from None
    if kind == "float":
        try:
            return float(text)
        except ValueError:
            raise ConfigError(f"environment: `{variable}` must be a number, not `{text[:60]}`") from None
    if kind == "list":
        return [p.strip() for p in text.split(",") if p.strip()]
    return text


def overlay_environ(
    data: Mapping[str, Any], environ: Mapping[str, str]
) -> tuple[dict[str, Any], dict[tuple[str | int, ...], str]]:
    """`data` with the `USEGATE_*` values put in, and which locations they set."""
    known = environment_keys()
    merged: dict[str, Any] = dict(data)
    where: dict[tuple[str | int, ...], str] = {}
    for variable in sorted(environ):
        if not variable.startswith("USEGATE_") or environ[variable] == "":
            continue
        if variable not in known:
            raise ConfigError(
                f"environment: `{variable}`: unknown variable: expected one of {', '.join(sorted(known))}"
            )
        loc, kind = known[variable]
        value = _convert(variable, environ[variable], kind)
        if len(loc) == 1:
            merged[loc[0]] = value
        else:
            sub = merged.get(loc[0])
            sub = dict(sub) if isinstance(sub, Mapping) else {}
            sub[loc[1]] = value
            merged[loc[0]] = sub
        where[loc] = variable
    return merged, where


# -- loading -------------------------------------------------------------------


def _validate(
    data: Any,
    *,
    source: str = "",
    doc: YamlDoc | None = None,
    environ: Mapping[tuple[str | int, ...], str] | None = None,
) -> Settings:
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise ConfigError(f"{source or 'config'}: expected a mapping at the top level")
    bad = [k for k in data if not isinstance(k, str)]
    if bad:
        raise ConfigError(f"{source or 'config'}: key `{bad[0]}` must be a string")
    try:
        settings = _ADAPTER.validate_python(data)
    except ValidationError as exc:
        raise ConfigError(describe(exc, root=Settings, source=source, doc=doc, environ=environ)) from None
    # across tenants: an id, key or key hash used twice (each record is valid by now)
    try:
        Registry.from_records(settings.tenants)
    except ConfigError as exc:
        where = source
        found = doc.position(exc.loc) if doc is not None and exc.loc else None
        if found is not None:
            where = f"{source}:{found[0]}:{found[1]}"
        raise ConfigError(f"{where}: {exc}" if where else str(exc)) from None
    return settings


def from_mapping(data: Mapping[str, Any], *, source: str = "") -> Settings:
    """Validate a parsed config mapping into `Settings` (no environment applied)."""
    return _validate(data, source=source)


def load(path: str | Path | None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the YAML config at `path` (None: defaults only) and apply `USEGATE_*` overrides."""
    doc: YamlDoc | None = None
    source = ""
    data: Any = {}
    if path is not None:
        p = Path(path)
        source = str(p)
        doc = read_yaml_doc(p)
        data = doc.data if doc.data is not None else {}
        if not isinstance(data, Mapping):
            raise ConfigError(f"{source}: expected a mapping at the top level")
    merged, where = overlay_environ(data, os.environ if environ is None else environ)
    return _validate(merged, source=source, doc=doc, environ=where)


def apply_environ(settings: Settings, environ: Mapping[str, str]) -> Settings:
    """`settings` with the `USEGATE_*` overrides applied (validated again as a whole)."""
    merged, where = overlay_environ(dataclasses.asdict(settings), environ)
    return _validate(merged, environ=where)
