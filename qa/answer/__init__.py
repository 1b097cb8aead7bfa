"""Question → answer with citations: extractive offline by default, an LLM when configured.

One flow for every mode: clean the question, let the answerer say what to search for, retrieve
once, hand the :class:`~qa.retrieval.Retrieval` to the answerer. A new mode is one module with
a class following :class:`~qa.answer.types.Answerer`, named in ``ANSWERERS``.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace

from ..components import embedder_for
from ..kinds import INSTRUCTION
from ..records import Scope
from ..retrieval import clean_question, search
from ..settings import Settings, get_settings, top_k_of
from . import asks, names, ordinals, sought, values
from .evidence import TUNING
from .extractive import Extractive
from .i18n import phrase, question_language
from .types import Answer, Answerer, Check, Citation, Question

log = logging.getLogger(__name__)

__all__ = ["ask", "ask_stream", "Answer", "Answerer", "Citation", "Check", "Question"]


def _llm() -> type:
    from .llm import LLM  # the openai client is imported only when LLM mode runs

    return LLM


ANSWERERS = {"extractive": lambda: Extractive, "llm": _llm}


def history_pairs(history) -> tuple[tuple[str, str], ...]:
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
    return tuple(pairs)


def prepare(question: str, history, settings: Settings) -> Question:
    """The question cleaned (raises ValueError when empty), its language, its conversation."""
    q, truncated = clean_question(question, settings)
    pairs = history_pairs(history)
    lang = question_language(q, [asked for asked, _ in pairs if asked.strip()])
    if TUNING.plain_question:  # (its language read from it whole: more words read surer)
        q = asks.plain(q)
    notices = ()
    if truncated:
        limit = settings.answer.max_question_chars
        notices = (Check("truncated", phrase(lang, "truncated", n=limit)),)
    return Question(q, lang, pairs, notices)


def ask(
    question: str,
    history=None,
    settings: Settings | None = None,
    mode: str | None = None,
    top_k: int | None = None,
    scope: Scope | None = None,
) -> Answer:
    """Answer ``question`` from the indexed articles (those in ``scope``, default all), in the
    question's language, with citations."""
    answer = None
    for item in ask_stream(question, history, settings, mode, top_k, scope):
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
    scope: Scope | None = None,
) -> Iterator[str | Answer]:
    """Yield the answer's text as it is produced, then the final :class:`Answer`.

    The text pieces are what a page shows while waiting; the final ``Answer`` is authoritative
    (in LLM mode the checker may have removed citations the stream showed).
    """
    settings = settings or get_settings()
    mode = mode or settings.effective_mode
    if mode not in ANSWERERS:
        raise ValueError(f"unknown answer mode {mode!r}: one of {', '.join(ANSWERERS)}")
    top_k = top_k_of(top_k, settings.retrieval)
    q = prepare(question, history, settings)
    answerer: Answerer = ANSWERERS[mode]()(settings)
    found = search(q.text, top_k, settings, query=answerer.query(q), scope=scope,
                   translations=values.answer_type(q.text) is not None,  # the sides of a disagreement
                   also=ordinals.beyond(q.text, embedder_for(settings)) if TUNING.ordinals else None,
                   anywhere=sought.beyond(q.text, TUNING.year_start, TUNING.since_anywhere,
                                                TUNING.holder_anywhere) if TUNING.kind_named else None,
                   dated=values.dated_beyond(q.text, q.language) if TUNING.dated_beyond else None)
    if TUNING.recase and (cased := names.recased(q.text, ((s.text, s.language) for s in found.sentences))) != q.text:
        # "when was the first round held in moscow": typed in lower case, the question names
        # nothing until its names are read from the articles' spelling (searched as typed: e5
        # reads both alike).
        q, found = replace(q, text=cased), replace(found, question=cased)
    flags = flagged(found)
    for item in answerer.answer(q, found):
        yield replace(item, checks=[*item.checks, *flags]) if isinstance(item, Answer) and flags else item


def flagged(found) -> list[Check]:
    """A note for each retrieved file that holds text addressed to an AI assistant: it is
    never quoted nor given to a model (``qa.kinds``), and the reader should know it is there."""
    retrieved = {p.file_key for p in found.all_passages}  # not files read only for a translation
    files = dict.fromkeys(s.source for s in found.sentences if s.kind == INSTRUCTION and s.file_key in retrieved)
    return [Check("flagged", f"{name} holds text addressed to an AI assistant; it was ignored") for name in files]
