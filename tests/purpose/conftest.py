"""Helpers for the purpose-model tests: requests built the way clients send them."""

from __future__ import annotations

from typing import Any

import pytest

from usegate.purpose import PurposeModel
from usegate.purpose.dataset import case_from_record
from usegate.request.case import Case

IMG = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ"


def chat(
    text: str, *, image: bool = True, system: str | None = None, tools: list[dict[str, Any]] | None = None
) -> Case:
    messages: list[dict[str, Any]] = []
    if system:
        messages.append({"role": "system", "content": system})
    content: list[dict[str, Any]] = [{"type": "text", "text": text}]
    if image:
        content.append({"type": "image_url", "image_url": {"url": IMG}})
    messages.append({"role": "user", "content": content})
    body: dict[str, Any] = {"model": "gpt-4o", "messages": messages}
    if tools:
        body["tools"] = tools
    return case_from_record({"id": "t", "body": body})


def turns(*messages: dict[str, Any], endpoint: str = "/v1/chat/completions") -> Case:
    return case_from_record(
        {"id": "t", "endpoint": endpoint, "body": {"model": "gpt-4o", "messages": list(messages)}}
    )


@pytest.fixture(scope="session")
def model() -> PurposeModel:
    return PurposeModel.load()
