"""The console's and the review loop's config sections."""

from __future__ import annotations

from typing import Any

import pytest

from usegate import config
from usegate.console.passwords import hash_password
from usegate.exceptions import ConfigError

HASH = hash_password("admin password")


def test_console_is_off_without_admins_and_on_with_them() -> None:
    assert not config.from_mapping({}).console.enabled
    s = config.from_mapping(
        {
            "console": {
                "admin_users": [{"name": "alice", "password_hash": HASH}],
                "session_ttl_seconds": 600,
            },
            "review_grants": {"ttl_seconds": 3600},
            "audit": {"retain_bodies": True, "retain_days": 7},
        }
    )
    assert s.console.enabled and s.console.admin_users[0].name == "alice"
    assert s.console.session_ttl_seconds == 600 and s.review_grants.ttl_seconds == 3600
    assert s.audit.retain_bodies and s.audit.retain_days == 7
    assert s.review == "refuse"  # the plain `review:` string is unchanged
    assert not config.from_mapping({}).audit.retain_bodies  # off by default


@pytest.mark.parametrize(
    "data, message",
    [
        (
            {"console": {"admin_users": [{"name": "alice", "password_hash": HASH, "password": "x"}]}},
            "`console.admin_users[0].password`",
        ),
        (
            {"console": {"admin_users": [{"name": "alice", "password_hash": "ug-spd-1"}]}},
            "not a password hash",
        ),
        (
            {
                "console": {
                    "admin_users": [
                        {"name": "a", "password_hash": HASH},
                        {"name": "a", "password_hash": HASH},
                    ]
                }
            },
            "listed twice",
        ),
        ({"console": {"admin_users": "alice"}}, "must be a list"),
        ({"console": {"secret_key": "short"}}, "at least 32 characters"),
        ({"console": {"theme": "dark"}}, "`console.theme`: unknown key"),
        (
            {"review_grants": {"ttl_seconds": -1}},
            "`review_grants.ttl_seconds` must be (a positive number|greater than 0)",
        ),
        ({"audit": {"retain_bodies": "sometimes"}}, "`audit.retain_bodies` must be true or false"),
    ],
)
def test_bad_sections_fail_with_the_key(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[0]", r"\[0\]")):
        config.from_mapping(data)
