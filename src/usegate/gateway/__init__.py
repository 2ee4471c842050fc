"""The gateway: an OpenAI-compatible ASGI app in front of a model API (`create_app`)."""

from usegate.gateway.app import Gateway, create_app

__all__ = ["Gateway", "create_app"]
