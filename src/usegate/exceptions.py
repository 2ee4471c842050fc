"""The usegate exception tree.

    UsegateError
    ├── ConfigError        settings or registry files that cannot be used
    ├── CaseError          a request/case that cannot be read
    ├── PolicyError        a policy pack problem
    │   ├── PackNotFound   no pack (or no version in force) by that name
    │   └── PolicyEvalError  the engine failed while evaluating a request
    ├── SignalError        a signal provider failed
    ├── UpstreamError      the model provider behind the gateway failed
    ├── DecisionServiceError  no decision could be had from a usegate decision service
    └── AuditError         the audit store failed

Foreign errors (cedarpy, httpx, database drivers) are translated into these at the
module that talks to the foreign library. Messages follow Cedar's style: lowercase,
no final period, user input in backticks, context chained with colons.
"""

from __future__ import annotations


class UsegateError(Exception):
    """Base class of every error usegate raises on purpose."""


class ConfigError(UsegateError):
    def __init__(self, message: str, loc: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        #: where in the config the problem is, when known (`("tenants", 1, "api_keys", 0)`)
        self.loc = loc


class CaseError(UsegateError):
    pass


class PolicyError(UsegateError):
    pass


class PackNotFound(PolicyError):
    pass


class PolicyEvalError(PolicyError):
    pass


class SignalError(UsegateError):
    pass


class UpstreamError(UsegateError):
    pass


class AuditError(UsegateError):
    pass


class DecisionServiceError(UsegateError):
    """A guardrail got no decision. `transient` tells an outage (timeout, connection, 5xx:
    what `on_error` governs) from an answer that is a refusal in itself (unknown tenant,
    rejected token, request the service will not read)."""

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient
