"""The offline answerer: quote the sentences that answer, never write a word of its own.

Every sentence of the retrieved passages is scored against the question with the same
multilingual embedder (sentence vectors are computed at indexing time), plus a bonus for
sharing the question's names and numbers, which survive translation. The best sentences are
quoted verbatim with their ``[n]``, so the answer is correct by construction as far as the
sources are; it can only be wrong by quoting the wrong sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..retrieval import Search, to_passage
from ..store import Hit
from . import facts
from .conflicts import find_conflict
from .i18n import phrase
from .types import Answer, Check, Citation


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
    global_sentences: int = 10  # also consider the N nearest sentences of the whole store


TUNING = Tuning()


@dataclass
class Evidence:
    """A candidate sentence: which passage (0-based) holds it, where, and how well it answers."""

    passage: int
    source: str
    text: str
    start: int
    end: int
    sim: float
    score: float


def candidates(search: Search, tuning: Tuning = TUNING) -> list[Evidence]:
    """Every sentence inside the retrieved passages, best first."""
    hits = search.hits
    sentences = search.store.sentences_of(hits)
    q_nums, q_names = facts.anchors(search.question)
    qvec = np.asarray(search.vector, dtype=np.float32)
    wants_figure = facts.expected_answer(search.question) is not None
    wants_new = facts.wants_new_fact(search.question)
    out: list[Evidence] = []
    seen: set[tuple[str, int]] = set()
    for i, hit in enumerate(hits):
        m = hit.metadata
        for s in sentences:
            sm = s.metadata
            if (sm["source"], sm["root"], sm["sha256"]) != (m["source"], m["root"], m["sha256"]):
                continue
            # Sentences inside this chunk (or mostly inside: chunks cut between sentences).
            lo, hi = max(sm["start"], m["start"]), min(sm["end"], m["end"])
            if hi - lo < 0.6 * (sm["end"] - sm["start"]):
                continue
            key = (sm["source"], sm["start"])
            if key in seen or _is_question(s.text):
                continue
            seen.add(key)
            sim = float(np.dot(qvec, np.asarray(s.vector, dtype=np.float32)))
            bonus = tuning.anchor_weight * facts.overlap(s.text, q_nums, q_names)
            score = sim + bonus + tuning.passage_weight * (hit.score - hits[0].score)
            score -= _type_penalty(s.text, wants_figure, wants_new, q_nums, q_names, tuning)
            out.append(Evidence(i, sm["source"], s.text, sm["start"], sm["end"], sim, score))
    if tuning.global_sentences:
        _add_global(search, out, seen, qvec, q_nums, q_names, (wants_figure, wants_new), tuning)
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


def _add_global(search, out, seen, qvec, q_nums, q_names, wants, tuning) -> None:
    """Sentences that match the question best anywhere in the store, with their chunks as
    passages: a precise sentence can sit in a chunk that ranked low as a whole."""
    found = search.sentences[: tuning.global_sentences] or search.store.query(
        qvec, tuning.global_sentences, sentences=True)
    index = {h.id: i for i, h in enumerate(search.hits)}
    missing = [s.metadata["chunk_id"] for s in found if s.metadata.get("chunk_id") not in index]
    for cid, hit in search.store.chunks(list(dict.fromkeys(missing))).items():
        index[cid] = len(search.hits)
        search.hits.append(hit)
    for s in found:
        sm = s.metadata
        key = (sm["source"], sm["start"])
        if key in seen or sm.get("chunk_id") not in index or _is_question(s.text):
            continue
        seen.add(key)
        i = index[sm["chunk_id"]]
        # A chunk fetched for its sentence has no score of its own: it ranks as that sentence.
        search.hits[i].score = max(search.hits[i].score, s.score)
        bonus = tuning.anchor_weight * facts.overlap(s.text, q_nums, q_names)
        score = s.score + bonus - _type_penalty(s.text, *wants, q_nums, q_names, tuning)
        out.append(Evidence(i, sm["source"], s.text, sm["start"], sm["end"], s.score, score))


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


def compose(
    question_lang: str, hits: list[Hit], chosen: list[Evidence], checks: list[Check]
) -> tuple[str, list[Citation]]:
    """Answer text and citations, numbered in order of first appearance."""
    numbers: dict[int, int] = {}
    citations: list[Citation] = []
    for ev in chosen:
        if ev.passage not in numbers:
            numbers[ev.passage] = len(numbers) + 1
            p = to_passage(hits[ev.passage])
            citations.append(
                Citation(
                    number=numbers[ev.passage], source=p.source, language=p.language,
                    text=p.text, score=p.score, start=p.start, end=p.end, quote=ev.text,
                    quote_start=ev.start, quote_end=ev.end, root=p.root,
                )
            )
    lines = [phrase(question_lang, "intro")]
    for ev in chosen:
        c = citations[numbers[ev.passage] - 1]
        item = phrase(question_lang, "item", src=c.source, lang=c.language)
        lines.append(f"- {item}: «{_quote(ev.text)}» [{c.number}]")
    files = [(hits[ev.passage].metadata.get("root", ""), ev.source) for ev in chosen]
    conflict = find_conflict([(numbers[ev.passage], f, ev.text) for ev, f in zip(chosen, files)])
    if conflict:
        a, b = conflict
        lines.append(f"{phrase(question_lang, 'conflict')}: [{a}] ≠ [{b}].")
        checks.append(Check("conflict", f"sources disagree: [{a}] and [{b}] give different figures"))
    return "\n".join(lines), citations


def _is_question(text: str) -> bool:
    """A sentence that asks (a heading like "Meeting with Kim Jong Un?") answers nothing."""
    return text.rstrip().endswith(("?", "？", "؟"))


def _quote(text: str) -> str:
    """A sentence made safe to sit inside «…» (its own guillemets become quotes)."""
    return " ".join(text.replace("«", "“").replace("»", "”").split())


def answer(search: Search, question_lang: str, min_score: float, checks: list[Check]) -> Answer:
    """The extractive answer for a finished retrieval (abstains below ``min_score``)."""
    evidence = candidates(search)
    if not evidence or evidence[0].sim < min_score:
        return Answer(phrase(question_lang, "none"), [], checks, "extractive", question_lang)
    text, citations = compose(question_lang, search.hits, select(evidence), checks)
    return Answer(text, citations, checks, "extractive", question_lang)
