"""Token-level re-scoring of the best sentences (``settings.answer.token_rescore``; off by default)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..embedding import MAX_QUERY_CHARS

if TYPE_CHECKING:
    from .evidence import Evidence, Tuning


def rescore(question: str, evidence: list[Evidence], embedder, tuning: Tuning) -> None:
    """Add token-level similarity to the best sentences' scores and re-sort (in place).

    One vector per sentence averages a name or a figure away; matching each of the question's
    tokens to its closest token in the sentence (weighted by rarity: ``qa.e5.E5.token_states``)
    keeps them, across languages. Off unless ``settings.answer.token_rescore`` asks for it: it
    costs a forward pass, and what it buys and loses is in eval/README.md. Sentences past
    ``late_top`` keep the head's lowest late score, so margins between them and the head stay
    meaningful."""
    head = evidence[: tuning.late_top]
    if not head:
        return
    # Cut as retrieval cut it (``embed_query``), so the engine finds its token states cached.
    question = question[:MAX_QUERY_CHARS]
    (qw, qv), *states = embedder.token_states([question] + [e.text for e in head], queries=1)
    if not qw.sum():
        return
    for ev, (_, sv) in zip(head, states):
        ev.late = float((qv @ sv.T).max(axis=1) @ qw / qw.sum()) if len(sv) else 0.0
    top, low = max(e.late for e in head), min(e.late for e in head)
    for ev in evidence[len(head):]:
        ev.late = low
    for ev in evidence:
        ev.lift = tuning.late_weight * (ev.late - top)
        ev.score += ev.lift
    evidence.sort(key=lambda e: -e.score)
