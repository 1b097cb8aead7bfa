"""Which sentences answer: every sentence of the retrieved passages, scored against the question.

Scores use the same multilingual embedder as retrieval (sentence vectors are computed at
indexing time), plus a bonus for sharing the question's names and numbers, which survive
translation, and penalties for sentences that are not the kind of answer the question asks for.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..kinds import QUOTABLE
from ..records import Passage, Sentence
from ..retrieval import Retrieval
from . import facts, names


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
    side_margin: float = 0.03  # another file's value is shown if it is judged within this of the best
    file_margin: float = 0.06  # files whose best sentence is within this of the best may answer
    value_pool_margin: float = 0.04  # … with a value from a sentence within this of the file's best
    value_pool: int = 16  # … among at most this many sentences
    window_weight: float = 1.0  # how much the words around a value count in judging it
    max_windows: int = 12  # value windows embedded per question (each costs ~5 ms)
    max_sides: int = 3  # files whose values the direct answer shows
    near_margin: float = 0.03  # … and if what it counts is within this of the closest value's
    sim_margin: float = 0.06  # … and its sentence within this of the most similar sentence
    # Abstention: a logistic rule on how similar the best sentence is and how far it stands
    # above the next nine (a question the articles answer has one sentence that stands out; a
    # near-topic one finds many sentences about as close). Fitted on the public sets and
    # eval/*-tune (33 unanswerable, 189 answerable questions); abstain above ``abstain_at``.
    abstain_top: float = -26.6
    abstain_gap: float = -59.4
    abstain_bias: float = 21.5
    abstain_at: float = -0.4  # logit; -0.4 is p = 0.4
    names_must_match: bool = True
    names_in_top: int = 10  # … among the best sentences
    abstain_gap_floor: float = 0.010  # … and whenever the best stands out by less than this
    whole_files: bool = True  # score every sentence of the retrieved files, not only the passages'
    context_weight: float = 0.5  # share of the previous sentence's lead over this one that counts


TUNING = Tuning()


@dataclass
class Evidence:
    """A candidate sentence, the passage that holds it, and how well it answers."""

    sentence: Sentence
    passage: Passage | None  # None until resolved (``Retrieval.passage_for``) for quoting
    sim: float
    score: float

    @property
    def source(self) -> str:
        return self.sentence.source

    @property
    def text(self) -> str:
        return self.sentence.text


def candidates(found: Retrieval, tuning: Tuning = TUNING) -> list[Evidence]:
    """Every quotable sentence of the retrieved files (or, with ``whole_files`` off, of the
    retrieved passages and the store's nearest sentences), best first."""
    if tuning.whole_files:
        return _whole_files(found, tuning)
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


def unanswerable(evidence: list[Evidence], question: str = "", tuning: Tuning = TUNING) -> bool:
    """Do the candidates look like a question the articles do not answer? Either none of the
    best sentences names anything the question names (in any spelling: "Australiei" is in
    none of them), or the similarity rule of ``Tuning`` says so."""
    if not evidence:
        return True
    top = evidence[: tuning.names_in_top]
    # Names are compared by spelling, which says nothing across scripts ("Super Bowl" and
    # "超级碗"): only where the best sentences are written in Latin letters.
    if tuning.names_must_match and question and all(_latin(e.text) for e in top):
        asked = names.proper_names(question)
        near = " ".join(e.text for e in top)
        if asked and not any(names.spelled_in(n, near) for n in asked):
            return True
    sims = sorted((e.sim for e in evidence), reverse=True)
    top, rest = sims[0], sims[1:10]
    gap = top - (sum(rest) / len(rest) if rest else 0.0)
    logit = tuning.abstain_bias + tuning.abstain_top * top + tuning.abstain_gap * gap
    return logit > tuning.abstain_at or gap < tuning.abstain_gap_floor


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" for c in letters) >= 0.8 * len(letters) if letters else True


def _whole_files(found: Retrieval, tuning: Tuning) -> list[Evidence]:
    """Each sentence of each retrieved file, scored with its neighbour as context.

    An answer often leaves its subject to the sentence before ("He received them in the port
    city on Saturday"): a sentence gains when the one before it matches the question better.
    And each file gets its chance: the sentence that answers may lie outside the passages that
    ranked best (the Romanian "11 - 13 iulie" names neither Lavrov nor a visit).
    """
    q_nums, q_names = facts.anchors(found.question)
    wants = (facts.expected_answer(found.question) is not None, facts.wants_new_fact(found.question))
    sentences = sorted(found.sentences, key=lambda s: (s.root, s.source, s.sha256, s.start))
    if not sentences:
        return []
    sims = np.stack([np.asarray(s.vector, dtype=np.float32) for s in sentences]) @ np.asarray(found.vector, dtype=np.float32)
    chunk_best: dict[str, float] = {}
    for s, sim in zip(sentences, sims):
        chunk_best[s.chunk_id] = max(chunk_best.get(s.chunk_id, -1.0), float(sim))
    retrieved = {p.chunk_id: p for p in found.all_passages}
    top = max(chunk_best.values())

    out: list[Evidence] = []
    for i, s in enumerate(sentences):
        if not _quotable(s):
            continue
        sim = float(sims[i])
        same_file = i > 0 and sentences[i - 1].file_key == s.file_key and sentences[i - 1].sha256 == s.sha256
        context = max(0.0, float(sims[i - 1]) - sim) if same_file else 0.0
        bonus = tuning.anchor_weight * facts.overlap(s.text, q_nums, q_names)
        score = sim + tuning.context_weight * context + bonus
        score += tuning.passage_weight * (chunk_best[s.chunk_id] - top)
        score -= _type_penalty(s.text, *wants, q_nums, q_names, tuning)
        s.score = sim
        out.append(Evidence(s, retrieved.get(s.chunk_id), sim, score))
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


def _quotable(s: Sentence) -> bool:
    """A statement: not a heading, caption, byline, label or text addressed to an assistant
    (``qa.kinds``), and not a question (a heading like "Meeting with Kim Jong Un?")."""
    return s.kind in QUOTABLE and not s.text.rstrip().endswith(("?", "？", "؟"))
