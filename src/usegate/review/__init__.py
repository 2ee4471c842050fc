"""Decisions waiting for a human (`review` outcomes) and reviewer verdicts."""

from usegate.review.queue import ReviewQueue

__all__ = ["ReviewQueue"]
