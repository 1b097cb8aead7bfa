"""The direct answer line: the value each file gives, with its citation, and whether they agree.

For a question that asks for a figure or a date, each file among the best evidence gets
its chance to answer: its best sentence that holds a value of that kind, if it scores close to
the overall best. One value per file, the one whose surrounding words match the question best.
When files give different values ("4–7 July" against "11–13 July"; five against 100 missiles;
"1,5" against "4,000" after a bad translation) every side is shown, not resolved.
A file whose sentence translates the best side's sentence (``align``) is a side too, however
low that sentence scores against the question (a poor translation reads unlike the question).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..kinds import QUOTABLE
from ..records import Sentence
from . import align, facts, values
from .evidence import TUNING, Evidence, Tuning, quotable


@dataclass(frozen=True)
class Side:
    """One file's answer: the sentence and the value in it."""

    evidence: Evidence
    value: values.Value


def sides(question: str, qvec, evidence: list[Evidence], want: str, embedder=None,
          tuning: Tuning = TUNING, sentences: Sequence[Sentence] = ()) -> list[Side]:
    """Each file's value for the question, best first (at most ``tuning.max_sides`` files).

    Candidates are the values in the best sentences (within ``value_pool_margin`` of the
    best); each is judged by its sentence's score plus how well the words around it match the
    question ("11 - 13 iulie va călători în Coreea" answers "when will he visit", "a călătorit
    la Moscova în noiembrie 2024" in a closer-scoring sentence does not).
    """
    if not evidence:
        return []
    # Judged on the scores before the token-level term: it picks the quotes well, but the
    # margins below were set without it, and with it the held-out halves lost sides.
    evidence = sorted(evidence, key=lambda e: -e.base)
    file_best: dict[tuple[str, str], float] = {}
    for ev in evidence:
        file_best.setdefault(ev.sentence.file_key, ev.base)
    top = evidence[0].base
    pool = [ev for ev in evidence
            if file_best[ev.sentence.file_key] >= top - tuning.file_margin
            and ev.base >= file_best[ev.sentence.file_key] - tuning.value_pool_margin][: tuning.value_pool]
    items = [(ev, v) for ev in pool for v in values.extract(ev.text, want, question)]
    if not items:
        return []
    target = qvec
    counted = facts.focus(question) if want == "number" else ""
    if counted and embedder is not None:
        target = embedder.embed_query(counted)  # match what each figure counts, not the whole question
    near = _nearness(items, target, embedder, tuning.max_windows, every=bool(counted))
    # Each value is judged against its own file's best sentence, so that a file in another
    # language than the question (which e5 scores lower throughout) keeps its chance.
    w = tuning.window_weight
    judged = sorted(((ev.base + w * near_ - (1 + w) * file_best[ev.sentence.file_key], ev, v, near_)
                     for (ev, v), near_ in zip(items, near)), key=lambda t: -t[0])
    best, best_near = judged[0][0], max(near)
    top_sim = max(ev.sim for ev in evidence)
    out: list[Side] = []
    seen: set[tuple[str, str]] = set()
    for score, ev, v, near_ in judged:
        if len(out) >= tuning.max_sides:
            break
        if near_ < best_near - tuning.near_margin or ev.sim < top_sim - tuning.sim_margin:
            continue  # a figure about something else ("3.000 soldiers" for "how many drones")
        if ev.sentence.file_key not in seen and score >= best - tuning.side_margin:
            seen.add(ev.sentence.file_key)
            out.append(Side(ev, v))
    if out and tuning.parallel:
        found = _translations(out[0].evidence, evidence, sentences, seen, qvec, want, question)
        found = found[: max(0, tuning.max_sides - len(out))]
        items = [item for values_ in found for item in values_]
        near = _nearness(items, target, embedder, tuning.max_windows, every=bool(counted)) if items else []
        for values_ in found:  # each file's value whose words match best, one embedding call for all
            mine, near = near[: len(values_)], near[len(values_):]
            out.append(Side(values_[0][0], values_[int(np.argmax(mine))][1]))
    return out


def _translations(side: Evidence, evidence: list[Evidence], sentences: Sequence[Sentence], seen, qvec,
                  want: str, question: str) -> list[list[tuple[Evidence, values.Value]]]:
    """Per other file not yet ``seen``, the values of its sentence that translates ``side``'s
    (``align.translation``), with that sentence as evidence: a poor translation of the same
    report scores low against the question, and its figure is a side all the same («Liepos 4–7
    d.» beside «11 - 13 iulie», «penkias» beside «100»)."""
    # Per version of a file: while a new version is being stored, both may be in the store.
    files: dict[tuple[str, str, str], list[Sentence]] = {}
    for s in sorted(sentences, key=lambda s: s.start):
        if s.vector is not None and s.kind in QUOTABLE:  # the article's own text, not its headings
            files.setdefault((*s.file_key, s.sha256), []).append(s)
    mine = (*side.sentence.file_key, side.sentence.sha256)
    own = files.get(mine, [])
    if len(own) < 2:
        return []
    own_vectors = align.stack(own)
    known = {(e.sentence.file_key, e.sentence.start): e for e in evidence}
    home = {e.passage.chunk_id: e.passage for e in evidence}
    found = []
    for version, other in files.items():
        key = version[:2]
        if key in seen or key == side.sentence.file_key or any(items[0][0].sentence.file_key == key for items in found):
            continue
        twin = align.translation(side.sentence, own, other, own_vectors)
        if twin is None or not quotable(twin) or (twin.chunk_id not in home and (key, twin.start) not in known):
            continue
        ev = known.get((key, twin.start))
        if ev is None:
            sim = float(np.dot(np.asarray(qvec, dtype=np.float32), np.asarray(twin.vector, dtype=np.float32)))
            ev = Evidence(twin, home[twin.chunk_id], sim, sim)
        items = [(ev, v) for v in values.extract(twin.text, want, question)]
        if items:
            found.append(items)
    return sorted(found, key=lambda items: -items[0][0].sim)


def _nearness(items: list[tuple[Evidence, values.Value]], target, embedder, limit: int,
              every: bool = False) -> list[float]:
    """How close the words around each value are to ``target`` (the question, or what it
    counts): the sentence's own similarity when it holds one value (unless ``every``), else
    its window's (``_window``), embedded (up to ``limit`` windows per question, best sentences
    first; the rest count as their sentence)."""
    counts: dict[int, int] = {}
    for ev, _ in items:
        counts[id(ev)] = counts.get(id(ev), 0) + 1
    near = [ev.sim for ev, _ in items]
    todo = [i for i, (ev, _) in enumerate(items) if every or counts[id(ev)] > 1][:limit]
    if todo and embedder is not None and target is not None:
        windows = [_window(items[i][0].text, items[i][1]) for i in todo]
        sims = embedder.embed_passages(windows) @ np.asarray(target, dtype=np.float32)
        for i, sim in zip(todo, sims):
            near[i] = float(sim)
    return near


def _window(text: str, v: values.Value) -> str:
    """The value and the words after it that say what it counts ("100 de rachete balistice"),
    up to the next figure ("728 de drone și" in "728 de drone și 13 rachete")."""
    after = text[v.end: v.end + 30]
    cut = re.search(r"\d", after)
    return text[max(0, v.start - 8): v.end + (cut.start() if cut else len(after))]


def disagree(found: list[Side]) -> bool:
    return len({s.value.key for s in found}) > 1
