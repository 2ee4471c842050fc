"""How request text is assembled and normalised for the purpose model."""

from __future__ import annotations

import pytest

from tests.purpose.conftest import IMG, chat, turns
from usegate.purpose.dataset import case_from_record
from usegate.purpose.features import _words, normalise, parts, raw_features


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("wh0 1s th1s m4n", "who is this man"),  # leetspeak inside mixed words
        ("f a c e match", "face match"),  # spaced letters joined
        ("f.a.c.e", "face"),
        ("¿Quién es ÉL?", "¿quien es el?"),  # accents and case
        ("case 21:04 at 118 Pine", "case 21:04 at 118 pine"),  # plain numbers untouched
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_negation_marks_the_following_words() -> None:
    assert _words("describe him, don't identify him") == [
        "describe",
        "him",
        "|",
        "don't",
        "NOT_identify",
        "NOT_him",
        "|",
    ]


def test_last_user_turn_weighs_most_and_assistant_is_ignored() -> None:
    case = turns(
        {"role": "system", "content": "You help officers."},
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "I cannot identify people."},
        {"role": "user", "content": "second"},
    )
    got = {p.text: (p.kind, p.weight) for p in parts(case)[0]}
    assert got["second"] == ("user", 1.0)
    assert got["first"][0] == "earlier_user" and got["first"][1] < 1.0
    assert got["you help officers."][0] == "system"
    assert not any("cannot" in text for text in got)


def test_structure_tokens() -> None:
    tool = {"type": "function", "function": {"name": "match_face", "description": "d", "parameters": {}}}
    tokens = parts(chat("x", tools=[tool]))[1]
    assert {"endpoint=completions", "images=1", "image_in_last_turn", "has_tools", "tool=match_face"} <= set(
        tokens
    )
    emb = case_from_record(
        {"endpoint": "/v1/embeddings", "body": {"input": ["a"], "metadata": {"purpose": "watchlist"}}}
    )
    assert {"endpoint=embeddings", "images=0", "meta=watchlist"} <= set(parts(emb)[1])


def test_tool_names_become_words() -> None:
    tool = {"type": "function", "function": {"name": "search_mugshots", "description": "", "parameters": {}}}
    tf, origin = raw_features(chat("here", tools=[tool], image=False))
    assert "w:mugshots" in tf and "w:search mugshots" in tf
    assert origin["c:mugs"] == "mugshots"


def test_image_placeholder_counts() -> None:
    case = turns({"role": "user", "content": [{"type": "image_url", "image_url": {"url": IMG}}] * 3})
    assert "images=2+" in parts(case)[1]
