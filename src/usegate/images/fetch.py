"""Getting an image's bytes: inline data URLs always, http(s) links only when allowed.

Fetching is off by default (`FetchPolicy()`): a linked image is then an `ImageError`,
and the signals that needed it stay unknown. An operator may turn it on; then every
hop (the first URL and each redirect) must use an allowed scheme and resolve only to
public addresses (no loopback, private, link-local, multicast, reserved or unspecified
targets, nor IPv6 forms that lead to them: IPv4-mapped, 6to4, Teredo, NAT64), redirects
are followed by hand up to a limit,
the body is streamed up to `max_bytes`, and the whole fetch has one deadline.

The connection goes to the address that was checked (the url's host is replaced by
it; the Host header and TLS's server name keep the name), so a DNS server that answers
differently the second time (rebinding) cannot send it elsewhere. Tests drive this
module through `httpx.MockTransport` and a fake resolver.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from usegate.images.decode import MB, DecodedImage, ImageError, Limits, decode
from usegate.request.case import ImageRef

Resolver = Callable[[str, int], Sequence[str]]


@dataclass(frozen=True)
class FetchPolicy:
    enabled: bool = False
    max_bytes: int = 20 * MB
    timeout_s: float = 5.0  # for the whole fetch, redirects included
    max_redirects: int = 3
    schemes: tuple[str, ...] = ("https", "http")
    user_agent: str = "usegate-image-check/0.1"


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


#: IPv6 prefixes that carry an IPv4 address in their last 32 bits: NAT64 (well-known and
#: local-use), IPv4-compatible (deprecated) and IPv4-translated (SIIT)
_EMBEDS_V4_LOW = (
    ipaddress.ip_network("64:ff9b::/96"),
    ipaddress.ip_network("64:ff9b:1::/48"),
    ipaddress.ip_network("::/96"),
    ipaddress.ip_network("::ffff:0:0:0/96"),
)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address leads to (mapped, 6to4, Teredo, NAT64, ...)."""
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:  # 2002::/16
        found.append(ip.sixtofour)
    if ip.teredo is not None:  # 2001::/32: (server, client)
        found.extend(ip.teredo)
    for net in _EMBEDS_V4_LOW:
        if ip in net:
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def _public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return bool(
        ip.is_global
        and not ip.is_multicast
        and not ip.is_private
        and not ip.is_loopback
        and not ip.is_link_local
        and not ip.is_reserved
        and not ip.is_unspecified
        and not (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local)
    )


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address. An IPv6 address that embeds an IPv4
    one (IPv4-mapped, 6to4, Teredo, NAT64, IPv4-compatible or -translated) is public only
    when every IPv4 address it leads to is, and 6to4 and Teredo relay addresses never are."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv4Address):
        return _public(ip)
    embedded = _embedded_ipv4(ip)
    if embedded:
        return all(_public(v4) for v4 in embedded) and ip.sixtofour is None and ip.teredo is None
    return _public(ip)


def check_url(url: str, policy: FetchPolicy, resolver: Resolver | None = None) -> str:
    """Raise `ImageError` unless `url` may be fetched under `policy` (the SSRF guard); the
    vetted address to connect to."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise ImageError(f"image url is not valid: `{url[:100]}`") from exc
    if parts.scheme not in policy.schemes:
        raise ImageError(f"image url scheme not allowed: `{parts.scheme}`")
    host = parts.hostname
    if not host:
        raise ImageError(f"image url has no host: `{url[:100]}`")
    if parts.username or parts.password:
        raise ImageError("image url with credentials not allowed")
    port = port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = list((resolver or _system_resolver)(host, port))
    except (OSError, UnicodeError) as exc:
        raise ImageError(f"image host does not resolve: `{host}`") from exc
    if not addresses:
        raise ImageError(f"image host does not resolve: `{host}`")
    for address in addresses:
        try:
            public = is_public_address(address)
        except ValueError as exc:
            raise ImageError(f"image host resolved to a bad address: `{address}`") from exc
        if not public:
            raise ImageError(f"image host is not public: `{host}` resolves to `{address}`")
    return addresses[0]


def _pinned(url: str, address: str) -> tuple[str, str]:
    """`url` with its host replaced by the vetted `address` (so a second DNS answer cannot
    send the connection elsewhere: no rebinding), and the Host header for the name."""
    parts = urlsplit(url)
    shown = f"[{address}]" if ":" in address else address
    port = f":{parts.port}" if parts.port else ""
    host = parts.netloc.rsplit("@", 1)[-1]
    return parts._replace(netloc=shown + port).geturl(), host


def fetch(
    url: str,
    policy: FetchPolicy,
    *,
    transport: Any = None,
    resolver: Resolver | None = None,
) -> bytes:
    """The bytes at `url`, or `ImageError`. `transport` is an httpx transport (tests)."""
    if not policy.enabled:
        raise ImageError("linked image not fetched: fetching is off")
    try:
        import httpx
    except ImportError as exc:  # pragma: no cover - httpx is installed with the gateway extra
        raise ImageError("fetching images needs httpx: pip install 'usegate[gateway]'") from exc
    deadline = time.monotonic() + policy.timeout_s
    current = url
    with httpx.Client(transport=transport, follow_redirects=False, trust_env=False) as client:
        for _ in range(policy.max_redirects + 1):
            address = check_url(current, policy, resolver)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ImageError(f"image fetch timed out: `{url[:100]}`")
            target, host = _pinned(current, address)
            try:
                with client.stream(
                    "GET",
                    target,
                    headers={"User-Agent": policy.user_agent, "Accept": "image/*", "Host": host},
                    timeout=httpx.Timeout(remaining),
                    # TLS still checks the certificate against the name, not the address
                    extensions={"sni_hostname": urlsplit(current).hostname or ""},
                ) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise ImageError("image redirect without a location")
                        current = urljoin(current, location)
                        continue
                    if response.status_code != 200:
                        raise ImageError(f"image fetch failed: http {response.status_code}: `{url[:100]}`")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                        raise ImageError(f"image too large: {declared} bytes, limit {policy.max_bytes}")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > policy.max_bytes:
                            raise ImageError(f"image too large: over {policy.max_bytes} bytes")
                        if time.monotonic() > deadline:
                            raise ImageError(f"image fetch timed out: `{url[:100]}`")
                        chunks.append(chunk)
                    return b"".join(chunks)
            except httpx.HTTPError as exc:
                raise ImageError(f"image fetch failed: {type(exc).__name__}: `{url[:100]}`") from exc
    raise ImageError(f"image fetch failed: too many redirects: `{url[:100]}`")


def image_bytes(
    image: ImageRef, policy: FetchPolicy | None = None, *, max_bytes: int = 20 * MB, **kwargs: Any
) -> bytes:
    """The bytes of an inline image, or of a linked one when `policy` allows fetching."""
    if image.data_url is not None:
        if image.approx_bytes > max_bytes:
            raise ImageError(
                f"image {image.index}: too large: about {image.approx_bytes} bytes, limit {max_bytes}"
            )
        try:
            return image.payload()
        except ValueError as exc:
            raise ImageError(f"image {image.index}: {exc}") from exc
    if image.url:
        return fetch(image.url, policy or FetchPolicy(), **kwargs)
    raise ImageError(f"image {image.index}: no data")


def load(
    image: ImageRef, *, limits: Limits | None = None, policy: FetchPolicy | None = None, **kwargs: Any
) -> DecodedImage:
    """Get and decode one image of a request; raise `ImageError` when it cannot be analysed."""
    limits = limits or Limits()
    if policy is not None and image.url and policy.max_bytes > limits.max_bytes:
        policy = FetchPolicy(**{**policy.__dict__, "max_bytes": limits.max_bytes})
    return decode(image_bytes(image, policy, max_bytes=limits.max_bytes, **kwargs), limits=limits)
