"""OpenAI bodies of every shape become the same `Case` parts."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.conftest import US_POLICE
from usegate.exceptions import CaseError
from usegate.request.parse import build_case, case_from_json, parse_time, tenant_from_json

TENANT = tenant_from_json(US_POLICE)
NOW = datetime(2026, 1, 1, tzinfo=UTC)
PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


def _case(body: dict, endpoint: str = "/v1/chat/completions", headers: dict | None = None):  # type: ignore[no-untyped-def,type-arg]
    return build_case(
        case_id="c", received_at=NOW, tenant=TENANT, endpoint=endpoint, headers=headers, body=body
    )


def test_chat_with_system_image_tools_and_tool_calls() -> None:
    case = _case(
        {
            "model": "gpt-4o",
            "user": "officer-17",
            "messages": [
                {"role": "system", "content": "You match faces."},
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "next one"},
                        {"type": "image_url", "image_url": {"url": PIXEL}},
                    ],
                },
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {"type": "function", "function": {"name": "search_mugshots", "arguments": '{"k": 5}'}}
                    ],
                },
                {"role": "tool", "content": "3 candidates"},
            ],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "match_face",
                        "description": "Find a person by face",
                        "parameters": {
                            "type": "object",
                            "properties": {"embedding": {"description": "face vector"}},
                        },
                    },
                }
            ],
        }
    )
    roles = [t.role for t in case.texts]
    assert roles == ["system", "user", "tool_call", "tool"]
    assert case.images[0].mime == "image/png" and case.images[0].payload().startswith(b"\x89PNG")
    assert case.tools[0].name == "match_face" and "embedding" in case.tools[0].parameters
    assert case.session == "officer-17" and case.model == "gpt-4o"


def test_responses_api_input_items_and_instructions() -> None:
    case = _case(
        {
            "model": "gpt-4.1",
            "instructions": "Identify people in images.",
            "input": [
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "who?"},
                        {"type": "input_image", "image_url": PIXEL},
                    ],
                }
            ],
        },
        endpoint="/v1/responses",
    )
    assert sorted((t.role, t.text) for t in case.texts) == [
        ("system", "Identify people in images."),
        ("user", "who?"),
    ]
    assert len(case.images) == 1


def test_embeddings_of_images_and_text() -> None:
    case = _case({"model": "e", "input": ["a face", PIXEL]}, endpoint="/v1/embeddings")
    assert [t.text for t in case.texts] == ["a face"] and len(case.images) == 1


def test_linked_images_are_kept_as_urls_not_fetched() -> None:
    case = _case(
        {
            "messages": [
                {
                    "role": "user",
                    "content": [{"type": "image_url", "image_url": {"url": "https://example.com/a.jpg"}}],
                }
            ]
        }
    )
    assert case.images[0].url == "https://example.com/a.jpg" and not case.images[0].inline


def test_declarations_from_headers_and_metadata() -> None:
    case = _case(
        {"metadata": {"capture_mode": "live", "end_customer": "spd"}, "messages": []},
        headers={"X-Usegate-Capture-Device": "dash"},
    )
    assert case.declared("capture_device") == "dash"
    assert case.declared("capture_mode") == "live"
    assert case.end_customer_id == "spd"


def test_header_wins_over_metadata() -> None:
    case = _case({"metadata": {"capture_mode": "live"}}, headers={"x-usegate-capture-mode": "recorded"})
    assert case.declared("capture_mode") == "recorded"


@pytest.mark.parametrize(
    ("value", "message"),
    [("2026-13-01", "invalid timestamp"), (12, "expected an ISO 8601 string")],
)
def test_bad_timestamps(value: object, message: str) -> None:
    with pytest.raises(CaseError, match=message):
        parse_time(value)


def test_naive_time_is_utc() -> None:
    assert parse_time("2026-01-01T10:00:00").tzinfo is not None


def test_tenant_validation() -> None:
    with pytest.raises(CaseError, match="country `USA` is not an ISO 3166-1 alpha-2 code"):
        tenant_from_json({**US_POLICE, "country": "USA"})
    with pytest.raises(CaseError, match="unknown le_type `cops`"):
        tenant_from_json({**US_POLICE, "le_type": "cops"})
    with pytest.raises(CaseError, match="`body` must be a JSON object"):
        case_from_json({"tenant": US_POLICE, "body": [1]}, now=NOW)


def test_vertex_and_cohere_style_multimodal_embeddings_carry_their_images() -> None:
    """`instances[].image.bytesBase64Encoded` (bare base64, no data: prefix) and Cohere's
    `/v1/embed` endpoint are read as embeddings of images, not as text or nothing."""
    raw = "/9j/" + "A" * 200
    case = build_case(
        case_id="v",
        received_at=datetime(2026, 6, 1, tzinfo=UTC),
        tenant=tenant_from_json(US_POLICE),
        endpoint="/v1/embeddings",
        headers={},
        body={
            "model": "multimodalembedding",
            "instances": [{"image": {"bytesBase64Encoded": raw}, "text": "x"}],
        },
    )
    assert len(case.images) == 1 and case.images[0].data_url == "data:image/jpeg;base64," + raw
    assert any(t.text == "x" for t in case.texts)
    cohere = build_case(
        case_id="c",
        received_at=datetime(2026, 6, 1, tzinfo=UTC),
        tenant=tenant_from_json(US_POLICE),
        endpoint="/v1/embed",
        headers={},
        body={
            "model": "embed-v4.0",
            "texts": ["booking photo 7"],
            "images": ["data:image/png;base64,iVBORw0KGgo="],
        },
    )
    assert len(cohere.images) == 1 and any(t.text == "booking photo 7" for t in cohere.texts)


@pytest.mark.parametrize(
    "inp",
    [
        {"inputs": [{"image": "IMG"}, {"image": "IMG"}], "task": "face_matching"},
        {
            "input": [
                {"content": [{"type": "image_url", "image_url": "IMG"}]},
                {"content": [{"type": "image_url", "image_url": "IMG"}]},
            ]
        },
        {
            "instances": [
                {"image": {"bytesBase64Encoded": "IMG"}, "text": "a"},
                {"image": {"bytesBase64Encoded": "IMG"}},
            ]
        },
        {"images": ["IMG", "IMG"], "metadata": ["FLPD-1", "FLPD-2"]},
        {"inputs": [{"type": "image", "data": "IMG", "label": "TPD-1"}, {"type": "image", "data": "IMG"}]},
        {
            "input": [
                {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "IMG"}}
            ]
            * 2
        },
    ],
)
def test_embedding_inputs_wrapped_in_an_object_carry_their_images(inp: dict[str, object]) -> None:
    """Providers wrap the items to embed in an object (`{"inputs": [...]}`, `{"images": [...]}`,
    `{"instances": [...]}`): every picture inside is found, so face templates cannot hide there."""
    raw = "/9j/" + "A" * 200
    body = {"model": "multimodal-embed", "input": json.loads(json.dumps(inp).replace("IMG", raw))}
    case = build_case(
        case_id="w",
        received_at=datetime(2026, 6, 1, tzinfo=UTC),
        tenant=tenant_from_json(US_POLICE),
        endpoint="/v1/embeddings",
        headers={},
        body=body,
    )
    assert len(case.images) == 2
    assert all(i.data_url == "data:image/jpeg;base64," + raw for i in case.images)


def test_bedrock_titan_embeddings_carry_their_image_at_the_top_of_the_body() -> None:
    """`{"inputImage": ..., "inputText": ...}` (Amazon Titan multimodal): the face picture is read."""
    raw = "/9j/" + "A" * 200
    case = build_case(
        case_id="t",
        received_at=datetime(2026, 6, 1, tzinfo=UTC),
        tenant=tenant_from_json(US_POLICE),
        endpoint="/v1/embeddings",
        headers={},
        body={"model": "amazon.titan-embed-image-v1", "inputImage": raw, "inputText": "robbery suspect"},
    )
    assert len(case.images) == 1
    assert any(t.text == "robbery suspect" for t in case.texts)


@pytest.mark.parametrize(
    "body",
    [
        {"model": "jina-clip-v1", "modality": "image", "input": ["https://cdn.example/mugshots/000123"]},
        {"model": "clip", "input": ["https://cdn.example/mugshots/000123.jpg"]},
        {"model": "clip", "input": ["/9j/" + "A" * 200]},
    ],
)
def test_embedding_strings_that_are_pictures_are_images(body: dict[str, object]) -> None:
    case = build_case(
        case_id="u",
        received_at=datetime(2026, 6, 1, tzinfo=UTC),
        tenant=tenant_from_json(US_POLICE),
        endpoint="/v1/embeddings",
        headers={},
        body=body,
    )
    assert len(case.images) == 1 and not case.texts


def test_a_policy_embedded_for_search_is_not_a_face_template() -> None:
    from usegate.driver import Decider

    body = {
        "model": "text-embedding-3-small",
        "input": [
            "Section 4. Real-time facial recognition on body-worn cameras is prohibited in all circumstances.",
            "Section 5. Every face search request is logged with a case number and a supervisor.",
        ],
    }
    case = build_case(
        case_id="p",
        received_at=datetime(2026, 6, 1, tzinfo=UTC),
        tenant=tenant_from_json(US_POLICE),
        endpoint="/v1/embeddings",
        headers={},
        body=body,
    )
    assert Decider.create().decide(case).outcome.value == "allow"


@pytest.mark.parametrize(
    "tools", [1, "face_search", True, {"type": "function", "function": {"name": "lookup"}}]
)
def test_malformed_tools_are_read_or_skipped_not_a_crash(tools: object) -> None:
    # `"tools": 1` once raised TypeError and the gateway answered 500 (found by the hostile-request fuzz)
    case = _case({"messages": [{"role": "user", "content": "hi"}], "tools": tools, "functions": 2})
    assert [t.name for t in case.tools] == (["lookup"] if isinstance(tools, dict) else [])
