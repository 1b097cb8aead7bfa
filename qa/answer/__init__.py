"""Question → answer with citations: extractive offline by default, an LLM when configured."""
from __future__ import annotations

import logging
from collections.abc import Iterator

from ..retrieval import clean_question, search
from ..settings import Settings, get_settings
from . import extractive, facts
from .i18n import phrase, question_language
from .types import Answer, Check, Citation

log = logging.getLogger(__name__)

__all__ = ["ask", "ask_stream", "Answer", "Citation", "Check"]


def _history_pairs(history) -> list[tuple[str, str]]:
    """Accept [(user, assistant), …] or Gradio/OpenAI-style [{"role", "content"}, …]."""
    pairs: list[tuple[str, str]] = []
    pending: str | None = None
    for turn in history or []:
        if isinstance(turn, dict):
            role, content = turn.get("role"), turn.get("content")
            if not isinstance(content, str):
                continue
            if role == "user":
                pending = content
            elif role == "assistant" and pending is not None:
                pairs.append((pending, content))
                pending = None
        elif isinstance(turn, (list, tuple)) and len(turn) == 2:
            pairs.append((str(turn[0] or ""), str(turn[1] or "")))
    if pending is not None:
        pairs.append((pending, ""))
    return pairs


def follow_up_query(question: str, history) -> str:
    """Extractive mode's follow-up: carry the last turn's names and numbers into retrieval.

    "And how many soldiers did it send?" after a question about North Korea is retrieved as if
    it also said "North Korea".
    """
    pairs = _history_pairs(history)
    if not pairs:
        return question
    last_q = pairs[-1][0]
    nums, names = facts.anchors(question)
    if len(nums) + len(names) >= 2:
        return question  # the question carries its own subject
    return f"{question} ({last_q})"


def _prepare(question: str, settings: Settings) -> tuple[str, str, list[Check]]:
    q, truncated = clean_question(question, settings)
    lang = question_language(q)
    checks = []
    if truncated:
        checks.append(Check("truncated", phrase(lang, "truncated", n=settings.max_question_chars)))
    return q, lang, checks


def ask(
    question: str,
    history=None,
    settings: Settings | None = None,
    mode: str | None = None,
    top_k: int | None = None,
) -> Answer:
    """Answer ``question`` from the indexed articles, in the question's language, with citations."""
    answer = None
    for item in ask_stream(question, history, settings, mode, top_k):
        if isinstance(item, Answer):
            answer = item
    assert answer is not None
    return answer


def ask_stream(
    question: str,
    history=None,
    settings: Settings | None = None,
    mode: str | None = None,
    top_k: int | None = None,
) -> Iterator[str | Answer]:
    """Yield the answer's text as it is produced, then the final :class:`Answer`.

    The text pieces are what a page shows while waiting; the final ``Answer`` is authoritative
    (in LLM mode the checker may have removed citations the stream showed).
    """
    settings = settings or get_settings()
    mode = mode or settings.effective_mode
    q, lang, checks = _prepare(question, settings)
    k = top_k or settings.top_k
    if mode == "llm":
        from . import llm

        yield from llm.answer_stream(q, lang, history, settings, k, checks)
        return
    found = search(q, k, settings, query=follow_up_query(q, history))
    result = extractive.answer(found, lang, settings.min_score, checks)
    result.question = q
    yield result.text
    yield result
