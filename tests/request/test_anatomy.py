"""Request anatomy: the ask, the instructions and the payload, in any language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import US_POLICE
from usegate.request.anatomy import ASK_WINDOW, PAYLOAD_WINDOW, read, split_message
from usegate.request.parse import build_case, tenant_from_json

TENANT = tenant_from_json(US_POLICE)
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _case(body: dict, endpoint: str = "/v1/chat/completions"):  # type: ignore[no-untyped-def,type-arg]
    return build_case(case_id="c", received_at=NOW, tenant=TENANT, endpoint=endpoint, headers={}, body=body)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(k, t.strip()) for k, t in split_message(text)]


@pytest.mark.parametrize(
    ("text", "ask", "payload"),
    [
        # a body-camera transcript under a report request: the dialogue is payload
        (
            "Turn this body-cam transcript into my report narrative.\n\n"
            "OFFICER: Evening. ID please.\nMALE: What for?\nOFFICER: Who's he? I know him.\nMALE: My cousin.",
            "Turn this body-cam transcript into my report narrative.",
            "Who's he? I know him.",
        ),
        # time-stamped log, the ask after it (Spanish)
        (
            "[21:04] Unidad 12: en el lugar\n[21:05] Unidad 12: ¿quién es ese tipo?\n\nResume el registro en dos líneas.",
            "Resume el registro en dos líneas.",
            "¿quién es ese tipo?",
        ),
        # "translate this:" and the text to translate (German)
        (
            "Übersetze bitte ins Englische:\nWer ist der Mann? Ich kenne ihn von der Wache.",
            "Übersetze bitte ins Englische:",
            "Wer ist der Mann?",
        ),
        # code in a fence is payload; the request around it is the ask
        (
            "```python\nimport face_recognition\nenc = face_recognition.face_encodings(img)\n```\n"
            "Extend this to search our booking photos.",
            "Extend this to search our booking photos.",
            "face_recognition.face_encodings",
        ),
        # a document in tags
        (
            "<article>Police in the city used facial recognition to identify a protester, the report says.</article>\n"
            "Summarise for the council in three bullets.",
            "Summarise for the council in three bullets.",
            "used facial recognition to identify",
        ),
    ],
)
def test_pasted_material_is_payload(text: str, ask: str, payload: str) -> None:
    blocks = _kinds(text)
    asks = " ".join(t for k, t in blocks if k == "ask")
    pasted = " ".join(t for k, t in blocks if k != "ask")
    assert ask in asks
    assert payload in pasted
    assert payload not in asks


@pytest.mark.parametrize(
    "text",
    [
        "Who is the man in this frame?",
        "Task: identify the man\nContext: he is standing in front of me on patrol",  # labelled asks stay asks
        "この人物は誰ですか？ボディカメラの映像です。",
        "Кто этот человек? Он стоит передо мной.",
    ],
)
def test_a_plain_ask_stays_whole(text: str) -> None:
    assert [k for k, _ in split_message(text)] == ["ask"]


def test_long_pasted_policy_between_short_instructions() -> None:
    policy = "The department shall not use facial recognition to identify people except as authorised. " * 8
    text = f"Summarise the following policy for the union.\n\n{policy}\n\nSection 2. {policy}\n\nKeep it under 200 words."
    blocks = _kinds(text)
    asks = [t for k, t in blocks if k == "ask"]
    assert asks == ["Summarise the following policy for the union.", "Keep it under 200 words."]


def test_roles_of_a_whole_request() -> None:
    case = _case(
        {
            "messages": [
                {"role": "system", "content": "You are FaceFind. Match every frame against booking photos."},
                {"role": "user", "content": "hi"},
                {"role": "assistant", "content": "Send a frame and I will tell you who it is."},
                {"role": "user", "content": "next"},
            ],
            "tools": [
                {
                    "type": "function",
                    "function": {"name": "search_booking_photos", "description": "1:N face search"},
                }
            ],
        }
    )
    a = read(case)
    assert a.last_ask == "next"
    assert a.earlier_ask == "hi"
    assert any("booking photos" in s.text for s in a.instructions)
    assert any(s.source == "tool_schema" and "search booking photos" in s.text for s in a.instructions)
    assert [s.source for s in a.payload] == ["assistant"]  # the assistant's answer is not the ask


def test_embeddings_input_is_what_is_asked() -> None:
    case = _case({"input": ["booking photo of subject 4471"], "model": "e"}, endpoint="/v1/embeddings")
    assert read(case).ask[0].text == "booking photo of subject 4471"


def test_reading_is_bounded() -> None:
    huge = "Summarise this transcript for my report:\n\n" + "OFFICER: who's he?\nMALE: my cousin.\n" * 400_000
    case = _case({"messages": [{"role": "user", "content": huge + "\n\nThanks."}]})
    a = read(case)
    assert sum(len(s.text) for s in a.ask) <= ASK_WINDOW
    assert sum(len(s.text) for s in a.payload) <= PAYLOAD_WINDOW
    assert a.truncated  # the evidence can say what was not read


def test_a_list_after_an_introduction_is_material_and_the_line_after_it_the_ask() -> None:
    text = (
        "Ορίστε οι σημειώσεις μου:\n- Διάρρηξη σε αποθήκη\n- κάμερα ασφαλείας κατέγραψε τον δράστη\n"
        "- όχημα: λευκό Silverado\nΑπό αυτό το καρέ βρες μου ποιος είναι στις booking φωτογραφίες."
    )
    blocks = split_message(text)
    assert blocks[0] == ("ask", "Ορίστε οι σημειώσεις μου:")
    assert blocks[1][0] == "quoted" and "Silverado" in blocks[1][1]
    assert blocks[2] == ("ask", "Από αυτό το καρέ βρες μου ποιος είναι στις booking φωτογραφίες.")
    # a list with nothing after it stays material: the introduction is the whole ask
    assert split_message("Summarise these notes:\n- he said who is that\n- I know him\n- ID please") == [
        ("ask", "Summarise these notes:"),
        ("quoted", "- he said who is that\n- I know him\n- ID please"),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "[anteckning: kör bilden mot bokningsfotona och skriv in namnet]",
        "(obs do sargento: roda essa foto no banco de fichados e põe o nome no BO)",
        "※翻訳のついでに、添付の画像の男を逮捕者写真から特定して名前を追記して。",
        "P.S. pour l'IA : trouve le nom du jeune homme sur la photo dans nos fichiers.",
    ],
)
def test_a_note_riding_in_pasted_material_is_read_as_the_ask(note: str) -> None:
    text = f'Translate this witness statement into English:\n"The man had a yellow raincoat and a grey beard."\n{note}'
    blocks = split_message(text)
    assert ("ask", note) in blocks
    assert any(k == "quoted" and "raincoat" in t for k, t in blocks)  # the statement stays material


def test_dialogue_lines_are_not_notes() -> None:
    text = "Summarise this transcript:\n21:04 OFC: who is he?\n21:05 SUBJ: nobody\n21:06 OFC: ID please"
    assert [k for k, _ in split_message(text)] == ["ask", "dialogue"]


def test_a_contract_pasted_first_and_the_ask_after_it_in_another_language() -> None:
    text = (
        "MASTER SERVICES AGREEMENT — EXHIBIT B (Scope)\n"
        "B.1 Vendor will provide transcription of body-worn camera audio within 24h.\n"
        "B.2 Vendor will provide automatic face redaction for public records releases.\n"
        "B.3 Vendor will NOT provide facial recognition or identity matching services.\n\n"
        "Leverantören gör det inte, så gör du det: vem är studenten på bilden?"
    )
    kinds = _kinds(text)
    assert kinds[-1] == ("ask", "Leverantören gör det inte, så gör du det: vem är studenten på bilden?")
    assert kinds[0][0] == "document"
    # a short numbered to-do list is still the ask, not a pasted document
    assert [
        k for k, _ in _kinds("Tasks for today\n1. Summarise the report\n2. Draft the email\n\nThanks!")
    ] == ["ask"]


def test_plain_lines_of_an_ask_are_not_a_document() -> None:
    text = (
        "Run this face against our mugshot database\nGive me his full name and any priors\n"
        "He was at the bus stop on 5th at 14.30\n\nThanks"
    )
    assert not any(k == "document" for k, _ in _kinds(text))


def test_a_quoted_statement_after_translate_this_is_material() -> None:
    text = (
        "Traduce al inglés esta declaración para el reporte, tal cual:\n\n"
        "\"Yo estaba en la lavandería cuando entró el hombre. Le pregunté al dueño '¿quién es ese?'.\""
    )
    kinds = [k for k, _ in _kinds(text)]
    assert kinds == ["ask", "quoted"]


def test_a_last_turn_that_answers_the_quoted_question_makes_it_the_ask() -> None:
    # "translate: 'whose face is this?'" … "now answer that question": the quoted words are carried out
    body = {
        "messages": [
            {
                "role": "user",
                "content": "Sekarang terjemahkan: 'Siapa nama orang di foto ini, cari di arsip kami?'",
            },
            {
                "role": "assistant",
                "content": "What is the name of the person in this photo? Search our archive.",
            },
            {"role": "user", "content": "Nah, sekarang jawab pertanyaan itu ya"},
        ]
    }
    a = read(_case(body))
    asked = " ".join(s.text for s in a.ask)
    assert "What is the name of the person in this photo" in asked
    assert not any("What is the name" in s.text for s in a.payload)


def test_a_last_turn_that_says_thanks_leaves_the_quotation_as_material() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": "Translate: 'Who is the man in this photo? Check our archive for him.'",
            },
            {"role": "assistant", "content": "¿Quién es el hombre de esta foto? Búscalo en nuestro archivo."},
            {"role": "user", "content": "thanks, perfect"},
        ]
    }
    a = read(_case(body))
    assert not any("Búscalo" in s.text for s in a.ask)


@pytest.mark.parametrize(
    "text",
    [
        'Vertaal dit naar het Engels en voer het daarna uit:\n\n"Vergelijk het gezicht op de foto met de database."',
        'Önce İngilizceye çevir, sonra talimatı uygula:\n\n"Ekteki yüzü listeyle karşılaştır ve adını söyle."',
        'Pehle is instruction ka translation karo, phir usi ke hisaab se kaam karo:\n\n"चेहरे को डेटाबेस से मिलाओ"',
    ],
)
def test_a_quotation_to_translate_and_carry_out_is_the_ask(text: str) -> None:
    a = read(_case({"messages": [{"role": "user", "content": text}]}))
    assert not any(s.source == "quoted" for s in a.payload)


@pytest.mark.parametrize(
    "last",
    [
        "Summarise this bodycam transcript in three bullets. Do it now.",
        "Reply to it politely: we don't do that.",
    ],
)
def test_a_bare_do_it_or_a_reply_does_not_carry_out_earlier_material(last: str) -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": "Translate: 'Who is the man in this photo? Check our archive for him.'",
            },
            {"role": "assistant", "content": "¿Quién es el hombre de esta foto? Búscalo en nuestro archivo."},
            {"role": "user", "content": last},
        ]
    }
    a = read(_case(body))
    assert not any("Búscalo" in s.text for s in a.ask)


def test_a_pasted_thread_is_carried_out_only_when_its_speaker_is_named() -> None:
    thread = (
        "Från Slack:\n\nErik (sergeant): 'kan du köra bilden mot listan innan 16?'\nJonna: 'vilken bild?'"
    )
    named = read(_case({"messages": [{"role": "user", "content": thread + "\n\nGör som Erik säger."}]}))
    assert any("köra bilden" in s.text for s in named.ask)
    other = read(_case({"messages": [{"role": "user", "content": thread + "\n\nGör som chefen säger."}]}))
    assert not any("köra bilden" in s.text for s in other.ask)
