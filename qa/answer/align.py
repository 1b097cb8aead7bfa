"""Which sentence of another file translates a given one: sentence alignment of parallel files.

A news corpus in many languages often holds one report several times, translated (well or
badly). When the translations disagree on a figure or a date («penkias» against «100»
missiles, «Liepos 4–7 d.» against «11 - 13 iulie»), the answer must show both; but a poor
translation reads unlike the question, so it is rarely among the best sentences, and its vector
can be less alike to the original (.81) than an unrelated sentence of the same topic (.83).

So translations are found the way parallel corpora are mined: two sentences are aligned when
each is the other's nearest in the other file by a *margin* score (similarity over the mean
similarity of each one's k nearest there, which discounts sentences near everything: Artetxe &
Schwenk, 2019), and only where the aligned pairs of the two files run in the same order for a
good part of them (a longest chain increasing in both files): two articles that merely share a
topic have scattered pairs, translations keep their order. Everything needed is in the
retrieval (``Retrieval.sentences`` holds, with vectors, the sentences of the chunks around each
retrieved passage: a news article whole, ``Store.sentences_of``).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy as np

from ..records import Sentence

K = 4  # neighbours whose mean similarity is the margin's denominator
FLOOR = 0.78  # no pair of sentences less alike than this is a translation
CHAIN = 4  # files are parallel when at least this many pairs run in order …
SHARE = 0.3  # … and at least this share of the shorter file's sentences
MAX_PAIRS = 4_000_000  # sentence pairs compared at most (two 2,000-sentence files): a book is no news report


def pairs(own: Sequence[Sentence], other: Sequence[Sentence],
          own_vectors: np.ndarray | None = None) -> dict[int, int] | None:
    """Which sentence of ``other`` translates which of ``own`` (indices; both files' sentences in
    order, with vectors; ``own_vectors`` stacked once by a caller aligning one file with
    several), or None when the two files are not translations of each other."""
    if len(own) < 2 or len(other) < 2 or len(own) * len(other) > MAX_PAIRS:
        return None
    a = own_vectors if own_vectors is not None else stack(own)
    sims = a @ stack(other).T
    k = min(K, *sims.shape)
    near_a = -np.partition(-sims, k - 1, axis=1)[:, :k].mean(axis=1)
    near_b = -np.partition(-sims, k - 1, axis=0)[:k, :].mean(axis=0)
    margin = sims / ((near_a[:, None] + near_b[None, :]) / 2)
    forth, back = margin.argmax(axis=1), margin.argmax(axis=0)
    mutual = [(i, int(j)) for i, j in enumerate(forth)
              if back[j] == i and sims[i, j] >= FLOOR and margin[i, j] >= 1.0]
    chain = _in_order(mutual)
    if len(chain) < max(CHAIN, SHARE * min(len(own), len(other))):
        return None
    return dict(chain)


def position(sentence: Sentence, own: Sequence[Sentence]) -> int | None:
    """Where ``sentence`` stands in its file's ``own`` sentences (by id, else by offset: the
    store's nearest sentences come without vectors, as other records of the same sentence)."""
    at = next((i for i, s in enumerate(own) if sentence.id and s.id == sentence.id), None)
    return at if at is not None else next((i for i, s in enumerate(own) if s.start == sentence.start), None)


def stack(sentences: Sequence[Sentence]) -> np.ndarray:
    """The sentences' vectors, one row each."""
    return np.stack([np.asarray(s.vector, dtype=np.float32) for s in sentences])


def _in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The longest chain of ``pairs`` (unique first members) increasing in both members."""
    pairs = sorted(pairs)
    tails: list[int] = []  # tails[n]: smallest second member ending a chain of n + 1
    ends: list[int] = []  # … and the index of that pair
    before = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        at = bisect_left(tails, j)
        before[n] = ends[at - 1] if at else -1
        if at == len(tails):
            tails.append(j)
            ends.append(n)
        else:
            tails[at], ends[at] = j, n
    chain, n = set(), ends[-1] if ends else -1
    while n >= 0:
        chain.add(pairs[n])
        n = before[n]
    return chain


def scattered(quoted: Sequence[Sentence], files: int) -> bool:
    """Do the quoted sentences come from at least ``files`` files, no two sentences of different
    files as alike as a translation can be (``FLOOR``)? Then each file reports something else
    (XQuAD's articles on a band, a city's households, a plague, for the Amazon's people), where
    translations of one report quote alike sentences (.85 or more on the bundled tune halves)."""
    if len({s.file_key for s in quoted}) < files:
        return False
    known = [(s.file_key, np.asarray(s.vector, dtype=np.float32)) for s in quoted if s.vector is not None]
    return not any(a[0] != b[0] and float(np.dot(a[1], b[1])) >= FLOOR for i, a in enumerate(known) for b in known[i + 1:])
