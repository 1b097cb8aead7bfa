"""Who gives a figure: "Who estimates that about 4,000 North Korean soldiers were killed or wounded?"

The articles credit the same figure to different people (002: Western officials; 003: South
Korea's armed forces), and the answer is each of them: a disagreement about who, not about how
many. The best sentence and its close runners-up are one article's telling; every other article's
sentence giving the question's figure is quoted beside it, so the reader sees each credit.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..records import Sentence
from . import asks, dates, facts, values
from .facts import fold
from .evidence import Evidence, quotable, said
from .runs import own_passage

# A question asking who, by its first word (or its «¿»'s) or after "according to": "Quem estima…", «Cine a
# estimat…», "According to whom…", «¿Según quién…?», «Potrivit cui…». Folded; German «wie» asks
# how and Dutch «wie» who, Lithuanian «kas» asks who or what («Kas nutiko…?»: what happened).
_WHO = r"who|whom|wer|wem|qui|quien|quienes|chi|quem|kto|kogo|cine|cui|kieno"
_OPENS = re.compile(rf"(?:^|¿)\W*(?:{_WHO})\b")  # (the question's first word, or its «¿»'s)
_AFTER = re.compile(rf"\b(?:according to|segun|segundo|secondo|selon|laut|potrivit|wedlug|volgens|pasak|anot|d'apres)\s+(?:{_WHO})\b")
_OPENS_IN = {"nl": re.compile(r"^\W*wie\b")}


def figures_asked(question: str, language: str | None = None) -> set[str]:
    """The figures (no year, no day of a month) a question names while asking who gives them;
    none for a question asking how many or when ("Wie viele Menschen starben 1665?"), nor for
    one whose "who" opens a relative clause ("What happened to the 4,000 who were sent?")."""
    folded = fold(question)
    opens = _OPENS_IN.get(language or "")
    if not (_OPENS.search(folded) or _AFTER.search(folded) or opens and opens.search(folded)):
        return set()
    if asks.expected_answer(question) is not None:
        return set()
    return {k for v in values.extract(question, "number") for k in v.key.split("|")} - dates.years_in(question)


def credits(question: str, chosen: Sequence[Evidence], every: Sequence[Evidence],
            sentences: Sequence[Sentence], passages: Sequence, qvec, floor: float,
            language: str | None = None) -> list[Evidence]:
    """For each article not quoted yet, its sentence closest to the question (at ``floor`` or
    above) that gives the figure the question asks who gives, unless its words are quoted
    already (a copy of an article); none where it asks no such thing."""
    figures = figures_asked(question, language)
    if not figures:
        return []
    quoted = {e.sentence.file_key for e in chosen}
    seen = {said(e.text) for e in chosen}
    known = {e.sentence.id: e for e in every}
    q = np.asarray(qvec, dtype=np.float32)
    best: dict[tuple[str, str], Evidence] = {}
    for s in sentences:
        if (s.file_key in quoted or s.vector is None or not quotable(s) or said(s.text) in seen
                or not figures & facts.numbers(s.text)):
            continue
        ev = known.get(s.id) if s.id else None
        if ev is None:
            sim = float(np.dot(q, np.asarray(s.vector, dtype=np.float32)))
            home = next((p for p in passages if p.sha256 == s.sha256 and s.inside(p)), None)
            ev = Evidence(s, home or own_passage(s, passages, sim), sim, sim)
        if ev.sim >= floor and (s.file_key not in best or ev.sim > best[s.file_key].sim):
            best[s.file_key] = ev
    out: list[Evidence] = []
    for ev in sorted(best.values(), key=lambda e: -e.sim):
        if said(ev.text) not in seen:  # one of two copies of an article
            seen.add(said(ev.text))
            out.append(ev)
    return out

