"""The eval report and the `eval` click command."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from usegate.purpose.cli import eval_command
from usegate.purpose.evaluate import evaluate, scores

ROWS = [
    {
        "id": "a",
        "lang": "en",
        "label": "identification",
        "body": {
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "who is this guy"},
                        {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,AA"}},
                    ],
                }
            ]
        },
    },
    {
        "id": "b",
        "lang": "fr",
        "label": "face_not_recognition",
        "body": {"messages": [{"role": "user", "content": "Floute tous les visages avant diffusion"}]},
    },
    {
        "id": "c",
        "lang": "en",
        "label": "unrelated",
        "body": {"messages": [{"role": "user", "content": "Translate this witness statement into Spanish"}]},
    },
]


def _dataset(tmp_path: Path) -> Path:
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n", encoding="utf-8")
    return path


def test_scores() -> None:
    s = scores([True, True, False, False], [True, False, True, False])
    assert (s.precision, s.recall, s.f1, s.support) == (0.5, 0.5, 0.5, 2)


def test_report(tmp_path: Path) -> None:
    report = evaluate(_dataset(tmp_path))
    assert report.n == 3
    assert set(report.per_language) == {"en", "fr"}
    assert report.fr.f1 == 1.0 and report.face_false_flag_rate == 0.0
    text = report.to_text()
    assert "per language" in text and "confusion" in text


def test_cli_text_and_json(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(eval_command, [str(_dataset(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "recognition vs not" in result.output
    result = runner.invoke(eval_command, [str(_dataset(tmp_path)), "--json", "--min-f1", "0.5"])
    assert result.exit_code == 0
    assert json.loads(result.output)["n"] == 3


def test_cli_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(eval_command, [str(path)])
    assert result.exit_code == 1
    assert "error: cannot evaluate" in result.output
