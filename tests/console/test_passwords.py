"""Console admin passwords: scrypt hashes, checked in constant time."""

from __future__ import annotations

import pytest

from usegate.console.passwords import check_password, hash_password, is_hash


def test_hash_and_check() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$") and is_hash(stored)
    assert check_password("correct horse", stored)
    assert not check_password("correct horsE", stored)
    assert hash_password("x", salt=b"0" * 16) == hash_password("x", salt=b"0" * 16)
    assert hash_password("x") != hash_password("x")  # salted


@pytest.mark.parametrize(
    "stored",
    [
        "ug-spd-1",  # a tenant key is not a hash
        "plaintext-password",
        "scrypt$16384$8$1$c2FsdA==",  # truncated
        "scrypt$1000$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA==",  # N not a power of two
        "pbkdf2$1$2$3$x$y",
    ],
)
def test_what_is_not_a_hash(stored: str) -> None:
    assert not is_hash(stored)
    assert not check_password("anything", stored)
