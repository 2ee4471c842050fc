"""Console sessions: a signed, HttpOnly, SameSite=Strict cookie naming the admin user and
carrying the session's CSRF token; every form posts the token back. Console admins come
from `console.admin_users`; a tenant key is never a console credential."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

from usegate.config import ConsoleSettings
from usegate.console.passwords import check_password, hash_password

COOKIE = "usegate_console"
LOGIN_COOKIE = "usegate_console_login"
PATH = "/console"
MAX_FAILURES = 5  # failed logins for one name ...
LOCKOUT = 900.0  # ... within this many seconds lock that name out for the rest of the window
# checked when the name is unknown, so a wrong name costs as long as a wrong password
_DUMMY = hash_password("usegate-console-dummy", salt=b"usegate-dummy-salt")


@dataclass(frozen=True)
class Session:
    user: str
    csrf: str
    started: float


class Sessions:
    def __init__(self, settings: ConsoleSettings) -> None:
        self.settings = settings
        self.ttl = settings.session_ttl_seconds
        key = settings.secret_key or secrets.token_urlsafe(48)
        self._serializer = URLSafeTimedSerializer(key, salt="usegate-console-session")
        self._login = URLSafeTimedSerializer(key, salt="usegate-console-login")
        self._users = {u.name: u.password_hash for u in settings.admin_users}
        self._failures: dict[str, list[float]] = {}
        self._failures_lock = threading.Lock()

    # -- credentials --------------------------------------------------------
    def locked(self, name: str, now: float | None = None) -> bool:
        """Whether `name` failed `MAX_FAILURES` times within `LOCKOUT` seconds."""
        now = time.time() if now is None else now
        with self._failures_lock:
            recent = [t for t in self._failures.get(name, []) if now - t < LOCKOUT]
            self._failures[name] = recent
            return len(recent) >= MAX_FAILURES

    def authenticate(self, name: str, password: str) -> bool:
        if self.locked(name):
            return False
        stored = self._users.get(name)
        ok = check_password(password, stored if stored is not None else _DUMMY)
        if ok and stored is not None:
            with self._failures_lock:
                self._failures.pop(name, None)
            return True
        with self._failures_lock:
            if len(self._failures) > 10_000:  # names tried at random: forget the oldest
                self._failures.clear()
            self._failures.setdefault(name, []).append(time.time())
        return False

    # -- the session cookie -------------------------------------------------
    def issue(self, user: str) -> tuple[Session, str]:
        session = Session(user, secrets.token_urlsafe(32), time.time())
        return session, self._serializer.dumps({"u": session.user, "c": session.csrf, "s": session.started})

    def read(self, cookie: str | None) -> Session | None:
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=int(self.ttl))
        except BadSignature:
            return None
        if not isinstance(data, dict) or data.get("u") not in self._users:
            return None  # a user removed from the config loses its sessions
        return Session(str(data["u"]), str(data["c"]), float(data["s"]))

    # -- the login form's CSRF token (before there is a session) -------------
    def login_token(self) -> tuple[str, str]:
        """(token for the form, value for the login cookie)."""
        token = secrets.token_urlsafe(32)
        return token, self._login.dumps(token)

    def check_login_token(self, cookie: str | None, token: str | None) -> bool:
        if not cookie or not token:
            return False
        try:
            expected = self._login.loads(cookie, max_age=3600)
        except BadSignature:
            return False
        return isinstance(expected, str) and hmac.compare_digest(expected, token)


def same_token(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), str(given).encode())
