"""Gateway settings: YAML plus `USEGATE_*` environment overrides, into frozen dataclasses.

    upstream: {base_url: "http://127.0.0.1:9001/v1", api_key: "sk-...", timeout: 600}
    packs: [azure-openai-coc]
    review: refuse                 # or `allow` (forward, flagged in the audit log)
    audit: {url: "sqlite:///./usegate-audit.db"}
    sessions: {window_seconds: 60, redis_url: null}
    limits: {max_body_bytes: 33554432}
    tenants: [...]                 # SPEC §2, each with `api_keys` or `api_key_hashes`

Environment overrides (they win over the file): `USEGATE_UPSTREAM_BASE_URL`,
`USEGATE_UPSTREAM_API_KEY`, `USEGATE_PACKS` (comma-separated), `USEGATE_REVIEW`,
`USEGATE_AUDIT_URL`, `USEGATE_AUDIT_SYNCHRONOUS`, `USEGATE_SESSIONS_REDIS_URL`,
`USEGATE_MAX_BODY_BYTES`, `USEGATE_VISION`, `USEGATE_LOG_LEVEL`, `USEGATE_LOG_REQUESTS`.

Opens no sockets or databases and loads no models.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from usegate.exceptions import ConfigError

REVIEW_ACTIONS = ("refuse", "allow")
_TOP_KEYS = {
    "upstream",
    "packs",
    "pack_dirs",
    "review",
    "audit",
    "sessions",
    "limits",
    "tenants",
    "vision",
    "log",
    "review_grants",
    "console",
}


@dataclass(frozen=True)
class UpstreamSettings:
    base_url: str = "http://127.0.0.1:9001/v1"
    api_key: str | None = None
    timeout: float = 600.0  # seconds to wait for the upstream's response (and between stream chunks)
    connect_timeout: float = 5.0
    max_connections: int = 200


@dataclass(frozen=True)
class AuditSettings:
    url: str = "sqlite:///./usegate-audit.db"
    #: SQLite only: `full` fsyncs every group commit (durable across power loss); `normal` survives
    #: process crashes only
    synchronous: str = "full"
    #: keep the (redacted) request body in each record
    store_bodies: bool = True
    #: keep each request as received outside the chain, for `usegate replay --reread`
    #: (purged after `retain_days` by `usegate audit purge`)
    retain_bodies: bool = False
    retain_days: float = 30.0


@dataclass(frozen=True)
class SessionSettings:
    window_seconds: float = 60.0
    redis_url: str | None = None  # e.g. redis://127.0.0.1:6379/0; in-memory when unset


@dataclass(frozen=True)
class LogSettings:
    level: str = "info"
    requests: bool = True  # one JSON line per request


@dataclass(frozen=True)
class ReviewGrantSettings:
    """`review_grants:` how long an approved review lets the same request through."""

    ttl_seconds: float = 86400.0


@dataclass(frozen=True)
class ConsoleUser:
    name: str
    password_hash: str  # `usegate console hash-password` (scrypt)


@dataclass(frozen=True)
class ConsoleSettings:
    """`console:` the compliance console under /console (off without admin users)."""

    admin_users: tuple[ConsoleUser, ...] = ()
    #: signs session cookies; a random key per start when unset (sessions end on restart)
    secret_key: str | None = None
    session_ttl_seconds: float = 8 * 3600.0
    #: the console's search index (derived from the audit log, rebuilt when missing);
    #: default: beside a SQLite log, in memory otherwise
    index_path: str | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.admin_users)


@dataclass(frozen=True)
class Settings:
    upstream: UpstreamSettings = field(default_factory=UpstreamSettings)
    packs: tuple[str, ...] = ("azure-openai-coc",)
    pack_dirs: tuple[str, ...] = ()
    review: str = "refuse"
    audit: AuditSettings = field(default_factory=AuditSettings)
    sessions: SessionSettings = field(default_factory=SessionSettings)
    max_body_bytes: int = 32 * 1024 * 1024
    #: image analysis: None = when the [vision] extra is installed
    vision: bool | None = None
    log: LogSettings = field(default_factory=LogSettings)
    tenants: tuple[Mapping[str, Any], ...] = ()
    review_grants: ReviewGrantSettings = field(default_factory=ReviewGrantSettings)
    console: ConsoleSettings = field(default_factory=ConsoleSettings)


def _where(path: str, key: str) -> str:
    return f"{path}: `{key}`" if path else f"`{key}`"


def _mapping(data: Any, key: str, src: str) -> Mapping[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ConfigError(f"{_where(src, key)} must be a mapping")
    return data


def _str(value: Any, key: str, src: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{_where(src, key)} must be a non-empty string")
    return value.strip()


def _number(value: Any, key: str, src: str, *, integer: bool = False) -> float:
    if isinstance(value, str):
        try:
            value = int(value) if integer else float(value)
        except ValueError:
            raise ConfigError(f"{_where(src, key)} must be a number, not `{value}`") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{_where(src, key)} must be a positive number, not `{value}`")
    if integer and int(value) != value:
        raise ConfigError(f"{_where(src, key)} must be a whole number, not `{value}`")
    return value


def _bool(value: Any, key: str, src: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
        return value.lower() in ("1", "true", "yes", "on")
    raise ConfigError(f"{_where(src, key)} must be true or false, not `{value}`")


def _unknown(data: Mapping[str, Any], allowed: set[str], where: str, src: str) -> None:
    extra = sorted(str(k) for k in data if k not in allowed)
    if extra:
        raise ConfigError(
            f"{_where(src, where + extra[0])}: unknown key: expected one of {', '.join(sorted(allowed))}"
        )


def _check_audit_url(url: str, src: str) -> None:
    if not (url.startswith(("sqlite://", "postgresql://", "postgres://")) or url == "memory://"):
        raise ConfigError(
            f"{_where(src, 'audit.url')}: unsupported url `{url}`: "
            "expected sqlite:///PATH, postgresql://... or memory://"
        )


def from_mapping(data: Mapping[str, Any], *, source: str = "") -> Settings:
    """Validate a parsed config mapping into `Settings` (no environment applied)."""
    if not isinstance(data, Mapping):
        raise ConfigError(f"{source or 'config'}: expected a mapping at the top level")
    src = source
    _unknown(data, _TOP_KEYS, "", src)

    up = _mapping(data.get("upstream"), "upstream", src)
    _unknown(up, {"base_url", "api_key", "timeout", "connect_timeout", "max_connections"}, "upstream.", src)
    defaults = UpstreamSettings()
    base_url = _str(up.get("base_url", defaults.base_url), "upstream.base_url", src)
    assert base_url is not None
    if not base_url.startswith(("http://", "https://")):
        raise ConfigError(f"{_where(src, 'upstream.base_url')}: `{base_url}` is not an http(s) url")
    upstream = UpstreamSettings(
        base_url=base_url.rstrip("/"),
        api_key=_str(up.get("api_key"), "upstream.api_key", src, optional=True),
        timeout=_number(up.get("timeout", defaults.timeout), "upstream.timeout", src),
        connect_timeout=_number(
            up.get("connect_timeout", defaults.connect_timeout), "upstream.connect_timeout", src
        ),
        max_connections=int(
            _number(
                up.get("max_connections", defaults.max_connections),
                "upstream.max_connections",
                src,
                integer=True,
            )
        ),
    )

    packs = data.get("packs", ["azure-openai-coc"])
    if isinstance(packs, str):
        packs = [packs]
    if not isinstance(packs, list) or not packs or not all(isinstance(p, str) and p for p in packs):
        raise ConfigError(f"{_where(src, 'packs')} must be a non-empty list of pack names")
    pack_dirs = data.get("pack_dirs") or []
    if not isinstance(pack_dirs, list) or not all(isinstance(p, str) for p in pack_dirs):
        raise ConfigError(f"{_where(src, 'pack_dirs')} must be a list of directories")

    review = data.get("review", "refuse")
    if review not in REVIEW_ACTIONS:
        raise ConfigError(f"{_where(src, 'review')}: unknown action `{review}`: expected refuse or allow")

    au = _mapping(data.get("audit"), "audit", src)
    _unknown(au, {"url", "synchronous", "store_bodies", "retain_bodies", "retain_days"}, "audit.", src)
    url = _str(au.get("url", AuditSettings.url), "audit.url", src)
    assert url is not None
    _check_audit_url(url, src)
    synchronous = str(au.get("synchronous", "full")).lower()
    if synchronous not in ("full", "normal"):
        raise ConfigError(f"{_where(src, 'audit.synchronous')}: `{synchronous}`: expected full or normal")
    audit = AuditSettings(
        url=url,
        synchronous=synchronous,
        store_bodies=_bool(au.get("store_bodies", True), "audit.store_bodies", src),
        retain_bodies=_bool(au.get("retain_bodies", False), "audit.retain_bodies", src),
        retain_days=_number(au.get("retain_days", 30.0), "audit.retain_days", src),
    )

    se = _mapping(data.get("sessions"), "sessions", src)
    _unknown(se, {"window_seconds", "redis_url"}, "sessions.", src)
    sessions = SessionSettings(
        window_seconds=_number(se.get("window_seconds", 60.0), "sessions.window_seconds", src),
        redis_url=_str(se.get("redis_url"), "sessions.redis_url", src, optional=True),
    )
    if sessions.redis_url and not sessions.redis_url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError(f"{_where(src, 'sessions.redis_url')}: `{sessions.redis_url}` is not a redis url")

    li = _mapping(data.get("limits"), "limits", src)
    _unknown(li, {"max_body_bytes"}, "limits.", src)
    max_body = int(
        _number(li.get("max_body_bytes", Settings.max_body_bytes), "limits.max_body_bytes", src, integer=True)
    )

    vision_raw = data.get("vision", "auto")
    vision: bool | None = None if vision_raw in (None, "auto") else _bool(vision_raw, "vision", src)

    lo = _mapping(data.get("log"), "log", src)
    _unknown(lo, {"level", "requests"}, "log.", src)
    level = str(lo.get("level", "info")).lower()
    if level not in ("debug", "info", "warning", "error"):
        raise ConfigError(f"{_where(src, 'log.level')}: `{level}`: expected debug, info, warning or error")
    log = LogSettings(level=level, requests=_bool(lo.get("requests", True), "log.requests", src))

    tenants = data.get("tenants") or []
    if not isinstance(tenants, list):
        raise ConfigError(f"{_where(src, 'tenants')} must be a list of tenants")
    settings = Settings(
        upstream=upstream,
        packs=tuple(packs),
        pack_dirs=tuple(pack_dirs),
        review=str(review),
        audit=audit,
        sessions=sessions,
        max_body_bytes=max_body,
        vision=vision,
        log=log,
        tenants=tuple(tenants),
        review_grants=_review_grants(data.get("review_grants"), src),
        console=_console(data.get("console"), src),
    )
    validate_tenants(settings, src)
    return settings


def _review_grants(data: Any, src: str) -> ReviewGrantSettings:
    rg = _mapping(data, "review_grants", src)
    _unknown(rg, {"ttl_seconds"}, "review_grants.", src)
    return ReviewGrantSettings(
        ttl_seconds=_number(rg.get("ttl_seconds", 86400.0), "review_grants.ttl_seconds", src)
    )


def _console(data: Any, src: str) -> ConsoleSettings:
    from usegate.console.passwords import is_hash

    co = _mapping(data, "console", src)
    _unknown(co, {"admin_users", "secret_key", "session_ttl_seconds", "index_path"}, "console.", src)
    users_raw = co.get("admin_users") or []
    if not isinstance(users_raw, list):
        raise ConfigError(f"{_where(src, 'console.admin_users')} must be a list of {{name, password_hash}}")
    users: list[ConsoleUser] = []
    for i, u in enumerate(users_raw):
        key = f"console.admin_users[{i}]"
        if not isinstance(u, Mapping):
            raise ConfigError(f"{_where(src, key)} must be a mapping with `name` and `password_hash`")
        _unknown(u, {"name", "password_hash"}, key + ".", src)
        name = _str(u.get("name"), key + ".name", src)
        digest = _str(u.get("password_hash"), key + ".password_hash", src)
        assert name is not None and digest is not None
        if not is_hash(digest):
            raise ConfigError(
                f"{_where(src, key + '.password_hash')}: not a password hash: "
                "make one with `usegate console hash-password`"
            )
        if any(x.name == name for x in users):
            raise ConfigError(f"{_where(src, key + '.name')}: `{name}` is listed twice")
        users.append(ConsoleUser(name, digest))
    secret = _str(co.get("secret_key"), "console.secret_key", src, optional=True)
    if secret is not None and len(secret) < 32:
        raise ConfigError(f"{_where(src, 'console.secret_key')} must be at least 32 characters")
    return ConsoleSettings(
        admin_users=tuple(users),
        secret_key=secret,
        session_ttl_seconds=_number(
            co.get("session_ttl_seconds", 8 * 3600.0), "console.session_ttl_seconds", src
        ),
        index_path=_str(co.get("index_path"), "console.index_path", src, optional=True),
    )


def validate_tenants(settings: Settings, source: str = "") -> None:
    """Check the tenant list (raises `ConfigError`); keys are hashed by the registry."""
    from usegate.request.tenants import Registry

    Registry.from_records(settings.tenants, where=f"{source}: tenants" if source else "tenants")


def apply_environ(settings: Settings, environ: Mapping[str, str], *, source: str = "environment") -> Settings:
    """Apply `USEGATE_*` overrides."""
    env = {k: v for k, v in environ.items() if k.startswith("USEGATE_") and v != ""}
    if not env:
        return settings
    data: dict[str, Any] = {}
    up = settings.upstream
    if "USEGATE_UPSTREAM_BASE_URL" in env:
        url = env["USEGATE_UPSTREAM_BASE_URL"].rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"{source}: `USEGATE_UPSTREAM_BASE_URL`: `{url}` is not an http(s) url")
        up = replace(up, base_url=url)
    if "USEGATE_UPSTREAM_API_KEY" in env:
        up = replace(up, api_key=env["USEGATE_UPSTREAM_API_KEY"])
    data["upstream"] = up
    if "USEGATE_PACKS" in env:
        data["packs"] = tuple(p.strip() for p in env["USEGATE_PACKS"].split(",") if p.strip())
    if "USEGATE_REVIEW" in env:
        if env["USEGATE_REVIEW"] not in REVIEW_ACTIONS:
            raise ConfigError(f"{source}: `USEGATE_REVIEW`: unknown action `{env['USEGATE_REVIEW']}`")
        data["review"] = env["USEGATE_REVIEW"]
    audit = settings.audit
    if "USEGATE_AUDIT_URL" in env:
        _check_audit_url(env["USEGATE_AUDIT_URL"], source)
        audit = replace(audit, url=env["USEGATE_AUDIT_URL"])
    if "USEGATE_AUDIT_SYNCHRONOUS" in env:
        audit = replace(audit, synchronous=env["USEGATE_AUDIT_SYNCHRONOUS"].lower())
    data["audit"] = audit
    if "USEGATE_SESSIONS_REDIS_URL" in env:
        data["sessions"] = replace(settings.sessions, redis_url=env["USEGATE_SESSIONS_REDIS_URL"])
    if "USEGATE_MAX_BODY_BYTES" in env:
        data["max_body_bytes"] = int(
            _number(env["USEGATE_MAX_BODY_BYTES"], "USEGATE_MAX_BODY_BYTES", source, integer=True)
        )
    if "USEGATE_VISION" in env:
        v = env["USEGATE_VISION"]
        data["vision"] = None if v == "auto" else _bool(v, "USEGATE_VISION", source)
    log = settings.log
    if "USEGATE_LOG_LEVEL" in env:
        log = replace(log, level=env["USEGATE_LOG_LEVEL"].lower())
    if "USEGATE_LOG_REQUESTS" in env:
        log = replace(log, requests=_bool(env["USEGATE_LOG_REQUESTS"], "USEGATE_LOG_REQUESTS", source))
    data["log"] = log
    return replace(settings, **data)


def load(path: str | Path | None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the YAML config at `path` (None: defaults only) and apply `USEGATE_*` overrides."""
    data: Any = {}
    source = ""
    if path is not None:
        p = Path(path)
        source = str(p)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read config `{p}`: {exc.strerror}") from exc
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            problem = str(exc).splitlines()[0] if str(exc) else "syntax error"
            raise ConfigError(f"config `{p}` is not valid YAML: {problem}") from exc
    settings = from_mapping(data, source=source)
    return apply_environ(settings, os.environ if environ is None else environ)
