"""The learned, multilingual purpose model (issue 3): does a request ask for facial recognition?

Public API:

- `PurposeModel.load()` → the model shipped in the package (cached, thread-safe, no network/pickle)
- `PurposeModel.predict(case)` → `PurposePrediction(label, probabilities, fr_probability, fr,
  evidence, elapsed_ms)`
- `PurposeModel.fr_probability(case)` → `(P(recognition), evidence)`: `signals.purpose.PurposeModelLike`
- `LABELS`, `FR_LABELS`: identification, verification, gallery (recognition); face_not_recognition, unrelated
- `usegate.purpose.evaluate.evaluate(path)` → an `EvalReport` (per class and language, confusion,
  worst errors)
"""

from usegate.purpose.model import FR_LABELS, LABELS, PurposeModel, PurposePrediction

__all__ = ["FR_LABELS", "LABELS", "PurposeModel", "PurposePrediction"]
