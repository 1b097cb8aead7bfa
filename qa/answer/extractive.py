"""The offline answerer: quote the sentences that answer, never write a word of its own.

Every sentence of the retrieved passages is scored against the question with the same
multilingual embedder (sentence vectors are computed at indexing time), plus a bonus for
sharing the question's names and numbers, which survive translation. The best sentences are
quoted verbatim with their ``[n]``, so the answer is correct by construction as far as the
sources are; it can only be wrong by quoting the wrong sentence.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from ..kinds import QUOTABLE
from ..records import Citation, Passage, Sentence
from ..retrieval import Retrieval
from ..settings import Settings
from . import facts
from .conflicts import find_conflict
from .i18n import phrase
from .types import Answer, Check, Question


@dataclass(frozen=True)
class Tuning:
    """Weights of the sentence score, set on the public question sets (seed + xquad-dev) by a
    small grid search; the README gives the figures."""

    anchor_weight: float = 0.03  # bonus for sharing all of the question's names/numbers
    passage_weight: float = 0.5  # how much the passage's own score counts
    margin: float = 0.005  # further sentences from other files quoted if within this of the best
    margin_same: float = 0.05  # … and from the best sentence's own file
    max_quotes: int = 3
    type_penalty: float = 0.04  # "how many"/"when" question, sentence without a figure
    echo_penalty: float = 0.02  # where/who/when… question, sentence adding no name or figure


TUNING = Tuning()


@dataclass
class Evidence:
    """A candidate sentence, the passage that holds it, and how well it answers."""

    sentence: Sentence
    passage: Passage
    sim: float
    score: float

    @property
    def source(self) -> str:
        return self.sentence.source

    @property
    def text(self) -> str:
        return self.sentence.text


def candidates(found: Retrieval, tuning: Tuning = TUNING) -> list[Evidence]:
    """Every sentence inside the retrieved passages, and the store's nearest sentences, best first."""
    q_nums, q_names = facts.anchors(found.question)
    qvec = np.asarray(found.vector, dtype=np.float32)
    wants = (facts.expected_answer(found.question) is not None, facts.wants_new_fact(found.question))
    out: list[Evidence] = []
    seen: set[tuple[str, int]] = set()
    top = found.passages[0].score if found.passages else 0.0
    for p in found.passages:
        for s in found.sentences_in(p):
            key = (s.source, s.start)
            if key in seen or not _quotable(s):
                continue
            seen.add(key)
            sim = float(np.dot(qvec, np.asarray(s.vector, dtype=np.float32)))
            bonus = tuning.anchor_weight * facts.overlap(s.text, q_nums, q_names)
            score = sim + bonus + tuning.passage_weight * (p.score - top)
            score -= _type_penalty(s.text, *wants, q_nums, q_names, tuning)
            out.append(Evidence(s, p, sim, score))
    # The store's nearest sentences, each in its chunk (a precise sentence can sit in a chunk
    # that ranked low as a whole); they rank as themselves, with no passage term.
    home = {p.chunk_id: p for p in found.all_passages}
    for s in found.best_sentences:
        key = (s.source, s.start)
        if key in seen or s.chunk_id not in home or not _quotable(s):
            continue
        seen.add(key)
        bonus = tuning.anchor_weight * facts.overlap(s.text, q_nums, q_names)
        score = s.score + bonus - _type_penalty(s.text, *wants, q_nums, q_names, tuning)
        out.append(Evidence(s, home[s.chunk_id], s.score, score))
    out.sort(key=lambda e: -e.score)
    return out


def _type_penalty(text, wants_figure, wants_new, q_nums, q_names, tuning) -> float:
    """How much a sentence loses for not being the kind of answer the question asks for."""
    penalty = 0.0
    if wants_figure and not facts.numbers(text):
        penalty += tuning.type_penalty
    if wants_new and facts.echoes(text, q_nums, q_names):
        penalty += tuning.echo_penalty
    return penalty


def select(evidence: list[Evidence], tuning: Tuning = TUNING) -> list[Evidence]:
    """The best sentence, plus close runners-up (they often hold the rest of the answer)."""
    if not evidence:
        return []
    best = evidence[0]
    chosen = [best]
    said = {_said(best.text)}
    for ev in evidence[1:]:
        if len(chosen) >= tuning.max_quotes:
            break
        if _said(ev.text) in said:
            continue  # the same words again (a headline repeated, a line in two articles)
        margin = tuning.margin_same if ev.source == best.source else tuning.margin
        if ev.score >= best.score - margin:
            chosen.append(ev)
            said.add(_said(ev.text))
    return chosen


def _said(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Draft:
    """The extractive answer's parts, for this mode and for LLM mode's evidence and fallback."""

    text: str
    citations: list[Citation]
    checks: list[Check]
    evidence: list[Evidence]

    @property
    def abstained(self) -> bool:
        return not self.citations


def compose(question_lang: str, chosen: list[Evidence]) -> Draft:
    """Answer text and citations, numbered in order of first appearance."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    for ev in chosen:
        if ev.passage.chunk_id not in numbers:
            numbers[ev.passage.chunk_id] = len(numbers) + 1
            citations.append(Citation.cite(numbers[ev.passage.chunk_id], ev.passage, ev.sentence))
    lines = [phrase(question_lang, "intro")]
    for ev in chosen:
        c = citations[numbers[ev.passage.chunk_id] - 1]
        item = phrase(question_lang, "item", src=c.source, lang=c.language)
        lines.append(f"- {item}: «{_quote(ev.text)}» [{c.number}]")
    checks = []
    conflict = find_conflict([(numbers[ev.passage.chunk_id], ev.sentence.file_key, ev.text) for ev in chosen])
    if conflict:
        a, b = conflict
        lines.append(f"{phrase(question_lang, 'conflict')}: [{a}] ≠ [{b}].")
        checks.append(Check("conflict", f"sources disagree: [{a}] and [{b}] give different figures"))
    return Draft("\n".join(lines), citations, checks, chosen)


def draft(found: Retrieval, question_lang: str, min_score: float) -> Draft:
    """The extractive answer for a finished retrieval (abstains below ``min_score``)."""
    evidence = candidates(found)
    if not evidence or evidence[0].sim < min_score:
        return Draft(phrase(question_lang, "none"), [], [], [])
    return compose(question_lang, select(evidence))


class Extractive:
    """Quotes the sentences that answer; the default, offline mode."""

    mode = "extractive"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def query(self, question: Question) -> str:
        return follow_up_query(question)

    def answer(self, question: Question, found: Retrieval) -> Iterator[str | Answer]:
        d = draft(found, question.language, self.settings.answer.min_score)
        result = Answer(d.text, d.citations, [*question.notices, *d.checks], self.mode,
                        question.language, question.text)
        yield result.text
        yield result


def follow_up_query(question: Question) -> str:
    """A follow-up carries the last turn's question into retrieval, unless it names enough
    itself: "And how many soldiers did it send?" after a question about North Korea is
    retrieved as if it also said "North Korea"."""
    if not question.history:
        return question.text
    nums, names = facts.anchors(question.text)
    if len(nums) + len(names) >= 2:
        return question.text  # the question carries its own subject
    return f"{question.text} ({question.history[-1][0]})"


def _quotable(s: Sentence) -> bool:
    """A statement: not a heading, caption, byline, label or text addressed to an assistant
    (``qa.kinds``), and not a question (a heading like "Meeting with Kim Jong Un?")."""
    return s.kind in QUOTABLE and not s.text.rstrip().endswith(("?", "？", "؟"))


def _quote(text: str) -> str:
    """A sentence made safe to sit inside «…» (its own guillemets become quotes)."""
    return " ".join(text.replace("«", "“").replace("»", "”").split())
