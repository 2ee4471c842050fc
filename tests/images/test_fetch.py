"""Fetching linked images: off by default, SSRF guard, redirects, size and time limits."""

from __future__ import annotations

import httpx
import pytest

from tests.images import photos
from usegate.images.decode import ImageError
from usegate.images.fetch import FetchPolicy, check_url, fetch, image_bytes, is_public_address, load
from usegate.request.case import ImageRef

ON = FetchPolicy(enabled=True)
JPEG = photos.encode(photos.resize(photos.astronaut(), 128, 128))


def resolver(table: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError("no such host")
        return table[host]

    return resolve


PUBLIC = resolver(
    {
        "img.example.com": ["93.184.215.14"],
        "evil.example.com": ["127.0.0.1"],
        "v6.example.com": ["::ffff:10.0.0.1"],
    }
)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("127.0.0.1", False),  # loopback
        ("10.1.2.3", False),  # private
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # link-local: cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),  # multicast
        ("::1", False),
        ("fe80::1", False),
        ("fd00::1", False),  # unique local
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("2606:4700::1111", True),
        # issue 10 item 5: IPv6 forms that lead to an IPv4 address
        ("2002:7f00:1::", False),  # 6to4 of 127.0.0.1
        ("2002:a9fe:a9fe::1", False),  # 6to4 of 169.254.169.254 (metadata)
        ("2002:5db8:d70e::", False),  # 6to4 of a public address: a relay, refused as well
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False),  # Teredo
        ("64:ff9b::7f00:1", False),  # NAT64 of 127.0.0.1
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 of 169.254.169.254
        ("64:ff9b::5db8:d70e", True),  # NAT64 of a public address (IPv6-only networks use it)
        ("64:ff9b:1::a00:1", False),  # local-use NAT64 of 10.0.0.1
        ("::127.0.0.1", False),  # IPv4-compatible (deprecated)
        ("::ffff:0:7f00:1", False),  # IPv4-translated (SIIT)
        ("::ffff:8.8.8.8", True),  # IPv4-mapped public
        ("fec0::1", False),  # site-local (deprecated)
        ("fe80::1%eth0", False),  # scoped link-local
        ("ff02::1", False),  # multicast
        ("100::1", False),  # discard-only
        ("2001:db8::1", False),  # documentation
        ("198.18.0.1", False),  # benchmarking
        ("192.0.0.1", False),  # IETF protocol assignments
        ("240.0.0.1", False),  # reserved
        ("255.255.255.255", False),  # broadcast
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_off_by_default() -> None:
    with pytest.raises(ImageError, match="fetching is off"):
        fetch("https://img.example.com/a.jpg", FetchPolicy())
    with pytest.raises(ImageError, match="fetching is off"):
        image_bytes(ImageRef(index=1, location="x", url="https://img.example.com/a.jpg"))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://img.example.com/a.jpg", "scheme not allowed"),
        ("file:///etc/passwd", "scheme not allowed"),
        ("https://evil.example.com/a.jpg", "not public"),
        ("https://v6.example.com/a.jpg", "not public"),
        ("http://127.0.0.1:8080/x", "not public"),
        ("http://[::1]/x", "not public"),
        ("https://nowhere.example.com/a.jpg", "does not resolve"),
        ("https://user:pw@img.example.com/a.jpg", "credentials"),
    ],
)
def test_ssrf_guard(url: str, message: str) -> None:
    def fail(host: str, port: int) -> list[str]:
        if host in ("127.0.0.1", "::1"):
            return [host]
        return PUBLIC(host, port)

    with pytest.raises(ImageError, match=message):
        check_url(url, ON, fail)


def _transport(routes: dict[str, httpx.Response]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        # the connection goes to the vetted address; the name travels in the Host header
        assert request.url.host == "93.184.215.14"
        named = request.url.copy_with(host=request.headers["host"])
        return routes.get(str(named), httpx.Response(404))

    return httpx.MockTransport(handler)


def test_fetch_ok() -> None:
    transport = _transport({"https://img.example.com/a.jpg": httpx.Response(200, content=JPEG)})
    assert fetch("https://img.example.com/a.jpg", ON, transport=transport, resolver=PUBLIC) == JPEG
    image = ImageRef(index=2, location="x", url="https://img.example.com/a.jpg")
    assert load(image, policy=ON, transport=transport, resolver=PUBLIC).pixels.shape == (128, 128, 3)


def test_redirect_into_private_network_is_refused() -> None:
    transport = _transport(
        {
            "https://img.example.com/a.jpg": httpx.Response(
                302, headers={"location": "https://evil.example.com/x"}
            )
        }
    )
    with pytest.raises(ImageError, match="not public"):
        fetch("https://img.example.com/a.jpg", ON, transport=transport, resolver=PUBLIC)


def test_redirect_loop_is_bounded() -> None:
    transport = _transport(
        {"https://img.example.com/a.jpg": httpx.Response(302, headers={"location": "/a.jpg"})}
    )
    with pytest.raises(ImageError, match="too many redirects"):
        fetch("https://img.example.com/a.jpg", ON, transport=transport, resolver=PUBLIC)


def test_size_limit_while_streaming() -> None:
    transport = _transport({"https://img.example.com/a.jpg": httpx.Response(200, content=b"\xff" * 5000)})
    small = FetchPolicy(enabled=True, max_bytes=1000)
    with pytest.raises(ImageError, match="too large"):
        fetch("https://img.example.com/a.jpg", small, transport=transport, resolver=PUBLIC)


def test_http_errors_are_image_errors() -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("slow", request=request)

    with pytest.raises(ImageError, match="ConnectTimeout"):
        fetch("https://img.example.com/a.jpg", ON, transport=httpx.MockTransport(boom), resolver=PUBLIC)
    with pytest.raises(ImageError, match="http 404"):
        fetch("https://img.example.com/missing.jpg", ON, transport=_transport({}), resolver=PUBLIC)


def test_oversized_data_url_is_refused_before_decoding() -> None:
    image = ImageRef(index=1, location="x", data_url="data:image/jpeg;base64," + "A" * 4000)
    with pytest.raises(ImageError, match="too large"):
        image_bytes(image, max_bytes=1000)


def test_the_connection_goes_to_the_address_checked() -> None:
    """DNS rebinding: the name is resolved once, vetted, and that address is connected to."""
    answers = iter([["93.184.215.14"], ["127.0.0.1"]])  # a second lookup would say loopback

    def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=JPEG)

    fetch(
        "https://img.example.com:8443/a.jpg", ON, transport=httpx.MockTransport(handler), resolver=rebinding
    )
    [request] = seen
    assert str(request.url) == "https://93.184.215.14:8443/a.jpg"
    assert request.headers["host"] == "img.example.com:8443"
    assert request.extensions["sni_hostname"] == "img.example.com"
