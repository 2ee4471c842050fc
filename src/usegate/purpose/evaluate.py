"""The evaluation report behind `usegate eval`: per-class and per-language precision,
recall and F1, recognition-vs-not F1, the face-related false-flag rate, the
confusion matrix, the rate of "unknown", latency, and the worst errors.

"Recognition vs not": gold is recognition when the label is identification,
verification or gallery; the prediction is recognition when `fr_probability`
>= 0.5 (an "unknown" counts on the side it leans to). The false-flag rate is the
share of `face_not_recognition` requests predicted as recognition.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from usegate.purpose.dataset import Example, load_examples
from usegate.purpose.model import FR_LABELS, LABELS, PurposeModel, PurposePrediction


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
        }


def scores(gold: list[bool], pred: list[bool]) -> Scores:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, sum(gold))


@dataclass
class EvalReport:
    n: int
    accuracy: float
    fr: Scores
    face_false_flag_rate: float
    unknown_rate: float
    per_class: dict[str, Scores]
    per_language: dict[str, dict[str, Any]]
    confusion: dict[str, dict[str, int]]
    worst: list[dict[str, Any]]
    latency_ms: dict[str, float]
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "fr_vs_not": self.fr.to_json(),
            "face_false_flag_rate": round(self.face_false_flag_rate, 4),
            "unknown_rate": round(self.unknown_rate, 4),
            "per_class": {k: v.to_json() for k, v in self.per_class.items()},
            "per_language": self.per_language,
            "confusion": self.confusion,
            "worst": self.worst,
            "latency_ms": self.latency_ms,
        }

    def to_text(self) -> str:
        lines = [
            f"requests: {self.n}   accuracy (5 labels, unknown counted wrong): {self.accuracy:.3f}"
            f"   unknown: {self.unknown_rate:.1%}",
            f"recognition vs not: precision {self.fr.precision:.3f}  recall {self.fr.recall:.3f}"
            f"  f1 {self.fr.f1:.3f}  (support {self.fr.support})",
            f"face-related but not recognition, flagged as recognition: {self.face_false_flag_rate:.1%}",
            f"latency ms: p50 {self.latency_ms['p50']:.2f}  p99 {self.latency_ms['p99']:.2f}",
            "",
            "per class:",
            f"  {'label':<22}{'prec':>7}{'rec':>7}{'f1':>7}{'n':>6}",
        ]
        for label, s in self.per_class.items():
            lines.append(f"  {label:<22}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.support:>6}")
        lines += ["", "per language (recognition vs not, and 5-label accuracy):"]
        lines.append(f"  {'lang':<6}{'prec':>7}{'rec':>7}{'f1':>7}{'acc':>7}{'false-flag':>12}{'n':>6}")
        for lang, d in self.per_language.items():
            fr = d["fr_vs_not"]
            lines.append(
                f"  {lang:<6}{fr['precision']:>7.3f}{fr['recall']:>7.3f}{fr['f1']:>7.3f}"
                f"{d['accuracy']:>7.3f}{d['face_false_flag_rate']:>12.1%}{d['n']:>6}"
            )
        labels = [*LABELS, "unknown"]
        lines += ["", "confusion (rows gold, columns predicted):"]
        short = {lab: lab[:8] for lab in labels}
        lines.append("  " + " " * 22 + "".join(f"{short[c]:>10}" for c in labels))
        for g in LABELS:
            row = self.confusion.get(g, {})
            lines.append(f"  {g:<22}" + "".join(f"{row.get(c, 0):>10}" for c in labels))
        lines += ["", f"worst errors ({len(self.worst)}):"]
        for w in self.worst:
            lines.append(
                f"  {w['id']} [{w['lang']}] gold {w['gold']} → {w['predicted']}"
                f" (P(fr)={w['fr_probability']:.2f}):"
                f" {w['text']}"
            )
        return "\n".join(lines)


def _snippet(ex: Example, limit: int = 110) -> str:
    texts = [t.text for t in ex.case.texts if t.role != "assistant"]
    text = " | ".join(texts) or f"({ex.case.endpoint}, {len(ex.case.images)} images)"
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100.0 * (len(ordered) - 1))))
    return ordered[k]


def evaluate_examples(
    examples: list[Example], model: PurposeModel | None = None, *, worst: int = 15
) -> EvalReport:
    model = model or PurposeModel.load()
    preds: list[PurposePrediction] = [model.predict(ex.case) for ex in examples]
    gold_fr = [ex.label in FR_LABELS for ex in examples]
    pred_fr = [p.fr_probability >= 0.5 for p in preds]
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for ex, p in zip(examples, preds, strict=True):
        confusion[ex.label][p.label] += 1
    per_class = {
        lab: scores([ex.label == lab for ex in examples], [p.label == lab for p in preds]) for lab in LABELS
    }

    def false_flag(idx: list[int]) -> float:
        face = [i for i in idx if examples[i].label == "face_not_recognition"]
        return sum(pred_fr[i] for i in face) / len(face) if face else 0.0

    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, ex in enumerate(examples):
        by_lang[ex.lang].append(i)
    per_language: dict[str, dict[str, Any]] = {}
    for lang in sorted(by_lang, key=lambda k: (-len(by_lang[k]), k)):
        idx = by_lang[lang]
        per_language[lang] = {
            "n": len(idx),
            "fr_vs_not": scores([gold_fr[i] for i in idx], [pred_fr[i] for i in idx]).to_json(),
            "accuracy": round(sum(preds[i].label == examples[i].label for i in idx) / len(idx), 4),
            "face_false_flag_rate": round(false_flag(idx), 4),
        }
    errors = []
    for i, p in enumerate(preds):
        if gold_fr[i] != pred_fr[i]:
            errors.append((abs(p.fr_probability - (1.0 if gold_fr[i] else 0.0)), i))
    errors.sort(reverse=True)
    worst_rows = [
        {
            "id": examples[i].id,
            "lang": examples[i].lang,
            "gold": examples[i].label,
            "predicted": preds[i].label,
            "fr_probability": round(preds[i].fr_probability, 4),
            "text": _snippet(examples[i]),
            "evidence": list(preds[i].evidence),
        }
        for _, i in errors[:worst]
    ]
    times = [p.elapsed_ms for p in preds]
    n = len(examples)
    return EvalReport(
        n=n,
        accuracy=sum(p.label == ex.label for ex, p in zip(examples, preds, strict=True)) / n if n else 0.0,
        fr=scores(gold_fr, pred_fr),
        face_false_flag_rate=false_flag(list(range(n))),
        unknown_rate=sum(p.label == "unknown" for p in preds) / n if n else 0.0,
        per_class=per_class,
        per_language=per_language,
        confusion={g: dict(confusion[g]) for g in LABELS if g in confusion},
        worst=worst_rows,
        latency_ms={
            "p50": _percentile(times, 50),
            "p99": _percentile(times, 99),
            "max": max(times, default=0.0),
        },
    )


def evaluate(path: str | Path, model: PurposeModel | None = None, *, worst: int = 15) -> EvalReport:
    """Evaluate the purpose model on a labelled JSONL file (corpus records or labelled cases)."""
    return evaluate_examples(load_examples(path), model, worst=worst)
