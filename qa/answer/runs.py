"""The sentences around a sentence: each article's read sentences in order, the one before and
the one after each (news names its subject once and goes on without it), and a sentence cited
as a passage of its own when its chunk was not retrieved."""
from __future__ import annotations

from ..kinds import QUOTABLE
from ..records import Passage, Sentence


def articles(sentences: list[Sentence]) -> dict[tuple[str, str, str], list[Sentence]]:
    """The read body sentences of each version of each file (in whichever folder), in the
    article's order; headings, captions and the like left out. While a new version of a file is
    being stored, both versions may be in the store: each is its own article."""
    runs: dict[tuple[str, str, str], list[Sentence]] = {}
    for s in sorted(sentences, key=lambda s: s.start):
        if s.kind in QUOTABLE:
            runs.setdefault((*s.file_key, s.sha256), []).append(s)
    return runs


Neighbours = dict[tuple[str, str, str, int], Sentence]  # by (root, source, sha256, start)


def previous(sentences: list[Sentence]) -> Neighbours:
    """Each read sentence's previous one in its article (``articles``): news writes "He received
    them in the port city on Saturday" after the sentence that names the minister, so a sentence
    that names none of the question's names takes part of the names bonus from the one before it
    (``Tuning.inherit_weight``; eval/README.md, session 12)."""
    return around(sentences)[0]


def around(sentences: list[Sentence]) -> tuple[Neighbours, Neighbours]:
    """Each read sentence's previous and next one in its article, from one reading of the
    articles (``previous``)."""
    before: Neighbours = {}
    after: Neighbours = {}
    for run in articles(sentences).values():
        for a, b in zip(run, run[1:]):
            before[(*b.file_key, b.sha256, b.start)] = a
            after[(*a.file_key, a.sha256, a.start)] = b
    return before, after


def key(s: Sentence) -> tuple[str, str, str, int]:
    """A sentence's key in ``Neighbours``."""
    return (*s.file_key, s.sha256, s.start)


def passage_for(s: Sentence, home: dict[str, Passage], passages, score: float) -> Passage:
    """The retrieved chunk (``home``, by chunk id) that holds ``s``, else ``s`` cited as a
    passage of its own (``home`` may hold passages of their own, which hold one sentence only)."""
    held = home.get(s.chunk_id)
    return held if held is not None and s.inside(held) else own_passage(s, passages, score)


def own_passage(s: Sentence, passages, score: float) -> Passage:
    """``s`` cited as a passage of its own, when its chunk was not retrieved (the article's
    title, date and outlet from a passage of the same file that was)."""
    kin = next((p for p in passages if p.file_key == s.file_key and p.sha256 == s.sha256), None)
    return Passage(source=s.source, language=s.language, text=s.text, start=s.start, end=s.end,
                   root=s.root, page=s.page, score=score, chunk_id=s.chunk_id, sha256=s.sha256,
                   title=kin.title if kin else "", date=kin.date if kin else "", outlet=kin.outlet if kin else "")
