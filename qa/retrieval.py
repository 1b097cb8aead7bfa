"""Question → one :class:`Retrieval`: the passages, their sentences, the nearest sentences.

Dense retrieval with multilingual-e5 over Chroma, sentence first: the question is matched
against every indexed *sentence*, and a chunk ranks as its best sentence. A question asks about
one fact, which one sentence states; a chunk's own vector blurs it with its neighbours. On the
xquad-dev set this ranks as well as embedding each chunk (recall@5 .992 both, MRR .943 against
.95; on the bundled set MRR .967 against .911), and it lets the indexer embed each sentence
once instead of every sentence and every chunk (``qa/indexer.py``).

Then a source-diversity pass. e5 scores a
passage in the question's own language higher than an equally relevant one in another language
(in the lab a Lithuanian, Romanian or Dutch question put its own language's article first 8
times out of 9), so letting one article fill every slot hides the article that holds the answer.

Last, the expansion: the chunks holding the store's few nearest sentences join as ``extra``
passages, because a precise sentence can sit in a chunk that ranked low as a whole. The result
is computed once per question and handed, unchanged, to whichever answerer runs.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

import numpy as np

from .components import embedder_for, store_for
from .records import Passage, Scope, Sentence
from .settings import Settings, get_settings, top_k_of

S = TypeVar("S", Sentence, Passage)

log = logging.getLogger(__name__)

__all__ = ["Passage", "Retrieval", "clean_question", "diversify", "retrieve", "search"]


def clean_question(question: str, settings: Settings) -> tuple[str, bool]:
    """Validate a question; returns it (truncated if very long) and whether it was truncated."""
    if not isinstance(question, str) or not question.strip():
        raise ValueError("the question is empty")
    if not any(ch.isalnum() for ch in question):  # "???", "…", emoji: nothing to search for
        raise ValueError("the question has no words: ask it in words")
    q = " ".join(question.split())
    limit = settings.answer.max_question_chars
    if len(q) > limit:
        return q[:limit], True
    return q, False


def diversify(passages: list[Passage], top_k: int, per_source: int) -> list[Passage]:
    """Best-first, at most ``per_source`` passages of one file until other files run out (a
    file is its folder and name: two folders may each hold a "news.txt")."""
    chosen: list[Passage] = []
    counts: dict[tuple[str, str], int] = {}
    rest: list[Passage] = []
    for p in passages:
        if counts.get(p.file_key, 0) < per_source:
            chosen.append(p)
            counts[p.file_key] = counts.get(p.file_key, 0) + 1
        else:
            rest.append(p)
        if len(chosen) == top_k:
            return chosen
    return (chosen + rest)[:top_k]


@dataclass
class Retrieval:
    """Everything an answerer may use about one question, computed once."""

    question: str
    vector: np.ndarray  # the query's e5 vector
    passages: list[Passage]  # the diversified top k: what ``qa.retrieve`` returns
    extra: list[Passage] = field(default_factory=list)  # chunks of the nearest sentences, beyond top k
    sentences: list[Sentence] = field(default_factory=list)  # stored sentences (with vectors) around all passages
    best_sentences: list[Sentence] = field(default_factory=list)  # the store's nearest, best first (vectors where read)
    scope: Scope | None = None  # the articles searched, when not all of them
    # Chunks where other files may translate the nearest sentence: for a disagreement's sides only.
    translations: list[Passage] = field(default_factory=list)
    # Sentences read past the nearest for the values they hold (``dated``): a side's, never quoted otherwise.
    for_values: frozenset[str] = frozenset()

    @property
    def all_passages(self) -> list[Passage]:
        return self.passages + self.extra

    def sentences_in(self, passage: Passage) -> list[Sentence]:
        """Sentences at least 60 % inside ``passage`` (chunks are cut between sentences and
        overlap), in stored order: the one rule for "which sentences belong to a passage"."""
        return [s for s in self.sentences if s.sha256 == passage.sha256 and s.inside(passage)]


ALSO = 3  # at most this many sentences each probe (``also``, ``anywhere``, ``dated``) adds beyond the nearest


def search(question: str, top_k: int, settings: Settings, query: str | None = None,
           scope: Scope | None = None, translations: bool = False,
           also: Callable[[list[Sentence], list[Sentence]], list[Sentence]] | None = None,
           dated: Callable[[list[Sentence], list[Sentence]], list[Sentence]] | None = None,
           anywhere: Callable[[list[Sentence], list[Sentence]], list[Sentence]] | None = None) -> Retrieval:
    """Nearest passages to ``query`` (default: the question), diversified across files, from
    the articles in ``scope`` (default: all); with ``translations``, where other files may
    translate the nearest sentence too (one more store query: for questions whose answer is a
    value, which a translation may give otherwise). ``also``: given the best few of the store's
    nearest sentences and the retrieved articles' others among them, those the answerer wants
    read as well (``qa.answer.ordinals``: the one that names the first round, for a question
    about it, where the best tell of the second). ``anywhere``: the same, from every file among
    the store's nearest sentences, not only those retrieved (``qa.answer.sought``: a question
    asking on which platform a photo was shared retrieved three articles about the meeting,
    and the one naming Telegram was not among them)."""
    embedder = embedder_for(settings)
    store = store_for(settings)
    if store.collection is None:
        raise LookupError(f"the index at {store.where} is empty: run `qa index` first")
    qvec = embedder.embed_query(query or question)
    want = max(top_k * 4, 20)
    nearest = _once(store.nearest_sentences(qvec, max(top_k * 12, 60), scope))
    best: dict[str, float] = {}
    for s in nearest:  # best first, so a chunk's first sentence here is its best
        best.setdefault(s.chunk_id, s.score)
    best.pop("", None)
    pool = sorted((Passage.of(c, best[c.id]) for c in store.chunks(list(best)[:want]).values()),
                  key=lambda p: -p.score)
    if len(pool) < want:  # few sentences near the question: chunk vectors fill the pool
        have = {p.chunk_id for p in pool}
        pool += [Passage.of(c, sim) for c, sim in store.nearest_chunks(qvec, want, scope)
                 if c.id not in have][: want - len(pool)]
    pool = _once(pool)
    if not pool and store.count() == 0:  # counted only when nothing came back (9 ms at 100k)
        raise LookupError(f"the index at {store.where} is empty: run `qa index` first")
    if not pool and scope:
        raise LookupError(_out_of_scope(scope))
    passages = diversify(pool, top_k, settings.retrieval.per_source)
    # The nearest sentences' own chunks join the passages, at most two per passage asked for, so
    # a smaller top_k narrows what the answer draws on too.
    best_sentences = nearest[: min(settings.retrieval.expand_sentences, 2 * top_k)]
    values_only: frozenset[str] = frozenset()
    if also or dated or anywhere:
        files = {p.file_key for p in passages} | {s.file_key for s in best_sentences}
        rest = [s for s in nearest[len(best_sentences):] if s.file_key in files]
        picked = also(best_sentences, rest)[:ALSO] if also else []
        if anywhere:
            beyond = anywhere(best_sentences, nearest[len(best_sentences):])
            picked += [s for s in beyond if s not in picked][:ALSO]
        more = [s for s in dated(best_sentences, rest) if s not in picked][:ALSO] if dated else []
        values_only = frozenset(s.id for s in more)
        best_sentences += picked + more
    extra = _expansion(store, passages, best_sentences)
    sentences = store.sentences_of(passages + extra)
    # The store's nearest come without vectors; those read give them theirs (the answerer's
    # everyday test and the translation lookup below use them).
    read = {s.id: s.vector for s in sentences if s.vector is not None}
    nearest = [replace(s, vector=read[s.id]) if s.id in read else s for s in nearest]
    wanted = {s.id for s in best_sentences}
    best_sentences = [s for s in nearest if s.id in wanted]
    translations = _translations(store, passages + extra, nearest, scope) if translations else []
    if translations:
        seen = {s.id for s in sentences}
        sentences = sentences + [s for s in store.sentences_of(translations) if s.id not in seen]
        translations = [_scored(p, qvec, sentences) for p in translations]
    return Retrieval(question, qvec, passages, extra, sentences, best_sentences, scope or None, translations,
                     values_only)


def _once(spans: list[S]) -> list[S]:
    """``spans`` without a second copy of one: the same file indexed from two folders (a copy,
    a moved folder indexed again) is stored twice, and its copies would crowd out the other
    articles' passages and quote one sentence twice. The first (best) copy is kept."""
    seen: set[tuple[str, str, int, int]] = set()
    out = []
    for s in spans:
        key = (s.source, s.sha256, s.start, s.end)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _out_of_scope(scope: Scope) -> str:
    """Why a scoped question found nothing, in one line: no such language or file is indexed
    (an answer "the articles don't say" would blame the articles)."""
    what = []
    if scope.languages:
        what.append("in language " + " or ".join(scope.languages))
    if scope.sources:
        what.append("named " + " or ".join(scope.sources))
    return (f"no indexed article {' and '.join(what)}: a language is an ISO 639-1 code (de, ro), "
            "a file is named as `qa index` lists it, relative to the indexed folder")


def _expansion(store, passages: list[Passage], nearest: list[Sentence]) -> list[Passage]:
    """The chunks of the ``nearest`` sentences that are not among ``passages``, each ranked as
    its best such sentence."""
    have = {p.chunk_id for p in passages}
    best: dict[str, float] = {}
    for s in nearest:
        if s.chunk_id and s.chunk_id not in have:
            best.setdefault(s.chunk_id, s.score)
    chunks = store.chunks(list(best))
    return [Passage.of(chunks[cid], score) for cid, score in best.items() if cid in chunks]


# A translation reads less like its original than the original's neighbours do (e5's same-language
# lift: a Romanian sentence's nearest are Romanian, its Lithuanian translation .84 alike ranks
# below seven Dutch sentences), so the probe's nearest are read wide and kept per language. One
# unfiltered query: Chroma's language filter costs 44–137 ms a query on 100k records.
# (002's Portuguese UN-report sentence: 000's translation, .805, is its 112th nearest, behind every
# pt, ro and nl sentence on the topic; 64 missed it.)
WIDE = 128  # the probe sentence's nearest in the store
PER_LANGUAGE = 2  # … kept for each other language
TRANSLATION_FLOOR = 0.8  # … at least this alike to the probe (``align`` decides what translates)
# Probes: the nearest sentences of this many files. The second file's may be the one another
# file translates («11 - 13 iulie» in 001, where 002's «No sábado» was nearest and 000's «Liepos
# 4–7 d.» was read by neither): one more store query (~10 ms) for a question whose answer is a value.
PROBES = 2


def _translations(store, passages: list[Passage], nearest: list[Sentence], scope: Scope | None) -> list[Passage]:
    """The chunks where other files may translate the question's nearest sentences (of the first
    ``PROBES`` files): the nearest sentences to each in each other language. A translation gives
    its file's side of a disagreement («penkias» against «100», ``answer.direct``) even where its
    file did not rank."""
    if not nearest or nearest[0].vector is None:  # its chunk was not read
        return []
    probes: list[Sentence] = []  # the nearest sentence of each of the first PROBES files
    for s in nearest:
        if len(probes) < PROBES and s.vector is not None and all(s.file_key != p.file_key for p in probes):
            probes.append(s)
    have = {p.chunk_id for p in passages}
    best: dict[str, float] = {}
    for probe in probes:
        kept: dict[str, int] = {}
        for t in _once(store.nearest_sentences(probe.vector, WIDE, scope)):
            if (t.language == probe.language or t.file_key == probe.file_key or not t.chunk_id
                    or t.chunk_id in have or t.score < TRANSLATION_FLOOR or kept.get(t.language, 0) >= PER_LANGUAGE):
                continue
            kept[t.language] = kept.get(t.language, 0) + 1
            best.setdefault(t.chunk_id, t.score)
    chunks = store.chunks(list(best))
    return [Passage.of(chunks[cid], score) for cid, score in best.items() if cid in chunks]


def _scored(passage: Passage, qvec, sentences: list[Sentence]) -> Passage:
    """``passage`` ranked as its best sentence against the question, as the other passages are."""
    sims = [float(np.dot(qvec, s.vector)) for s in sentences
            if s.chunk_id == passage.chunk_id and s.vector is not None]
    return replace(passage, score=max(sims, default=0.0))


def retrieve(question: str, top_k: int | None = None, settings: Settings | None = None,
             scope: Scope | None = None) -> list[Passage]:
    """The ``top_k`` passages that best answer ``question``, in any language, best first."""
    settings = settings or get_settings()
    top_k = top_k_of(top_k, settings.retrieval)
    q, _ = clean_question(question, settings)
    return search(q, top_k, settings, scope=scope).passages
