"""The citation checker: an LLM's ``[n]`` is kept only if passage n really says the sentence.

For every sentence of a generated answer and every number it cites:

* a number outside the passage list is removed;
* the sentence must be *supported* by the passage: its figures (numbers, dates) all occur in
  the passage, and it is close in meaning to one of the passage's sentences (the multilingual
  embedder compares across languages, so an English claim can be checked against a Romanian
  passage);
* an unsupported citation moves to another passage that does support the sentence, or is
  removed; a sentence whose figures occur in no passage at all is dropped as invented.

Every change is recorded as a :class:`Check` so the page can show what happened.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..records import Citation, Passage, Sentence
from ..sentences import split_spans
from . import facts
from .types import Check

MARKER = re.compile(r"\s?\[(\d+(?:\s*[,;]\s*\d+)*)\]")
SUPPORT_MIN = 0.80  # answer sentence ↔ best passage sentence, e5 cosine


@dataclass
class Claim:
    text: str  # the sentence without its markers
    cited: list[int]  # passage numbers as the model wrote them


def parse(answer: str) -> list[Claim]:
    """Sentences of ``answer`` with the markers that belong to each (a marker opening a
    sentence belongs to the one before: "…in Wonsan. [2] Then…")."""
    claims: list[Claim] = []
    for a, b in split_spans(answer):
        piece = answer[a:b]
        lead = re.match(r"^(\s*\[\d+(?:\s*[,;]\s*\d+)*\]\s*)+", piece)
        if lead and claims:
            claims[-1].cited.extend(_numbers_in(lead.group(0)))
            piece = piece[lead.end():]
        cited = _numbers_in(piece)
        text = " ".join(MARKER.sub("", piece).split())
        if text or cited:
            claims.append(Claim(text, cited))
    return claims


def _numbers_in(s: str) -> list[int]:
    return [int(n) for m in MARKER.finditer(s) for n in re.split(r"\s*[,;]\s*", m.group(1))]


def _figures(text: str) -> set[str]:
    return facts.numbers(text)


def check(
    answer: str, passages: list[Passage], embedder, sentences: list[list[Sentence]] | None = None
) -> tuple[str, list[Citation], list[Check]]:
    """Verify ``answer``'s citations against ``passages`` (passage n is ``passages[n-1]``).

    ``sentences[i]`` are passage i's stored sentences with their vectors; passages given
    without them (hand-written ones in tests) are split and embedded here. Returns the answer
    rewritten with only supported citations (renumbered 1…m in order of appearance), the
    citations, and what was changed.
    """
    checks: list[Check] = []
    claims = parse(answer)
    sources = [_Source(p, list(sentences[i]) if sentences and sentences[i] else []) for i, p in enumerate(passages)]
    _ensure_vectors(sources, embedder)
    all_figures = set().union(*(_figures(p.text) for p in passages)) if passages else set()
    kept_sentences: list[tuple[str, list[tuple[int, int]]]] = []  # text, [(passage, sentence idx)]
    removed = 0
    for claim in claims:
        if not claim.text:
            continue
        figures = _figures(claim.text)
        vec = embedder.embed_query(claim.text) if claim.cited or figures else None
        support = [_support(vec, figures, s) for s in sources] if vec is not None else []
        ok: list[tuple[int, int]] = []
        for n in dict.fromkeys(claim.cited):
            if not 1 <= n <= len(sources):
                checks.append(Check("removed_citation", f"[{n}] removed: there is no passage {n}", n))
                removed += 1
                continue
            good, idx, _ = support[n - 1]
            if good:
                ok.append((n, idx))
                continue
            # Moved only to a passage the sentence does not cite already ("[2, 3]" with 3 right
            # keeps [3] alone, not [3][3]).
            alt = _best_other(support, exclude={m for m, _ in ok} | set(claim.cited))
            if alt is not None:
                ok.append((alt, support[alt - 1][1]))
                checks.append(Check("reassigned_citation",
                                    f"[{n}] → [{alt}]: the sentence is supported by passage {alt}, not {n}", n))
            else:
                removed += 1
                checks.append(Check("removed_citation", f"[{n}] removed: not supported by its passage", n))
        if figures - all_figures:
            missing = ", ".join(sorted(figures - all_figures))
            checks.append(Check("removed_sentence",
                                f"a sentence was dropped: its figures ({missing}) are in no passage"))
            continue
        kept_sentences.append((claim.text, ok))

    if removed > 1:
        checks.append(Check("notice", f"{removed} citations removed: not supported by their passage"))
    order: dict[int, int] = {}
    citations: list[Citation] = []
    lines: list[str] = []
    for text, ok in kept_sentences:
        marks = ""
        for n, idx in ok:
            if n not in order:
                order[n] = len(order) + 1
                s = sources[n - 1]
                citations.append(Citation.cite(order[n], s.passage, s.sentences[idx] if s.sentences else None))
            marks += f"[{order[n]}]"
        lines.append(f"{text} {marks}".strip() if marks else text)
    return " ".join(lines), citations, checks


@dataclass
class _Source:
    """A passage as the checker sees it: the passage and its sentences (with vectors)."""

    passage: Passage
    sentences: list[Sentence]

    @property
    def text(self) -> str:
        return self.passage.text


def _ensure_vectors(sources: list[_Source], embedder) -> None:
    """Sentence vectors for passages given without them (hand-written passages in tests)."""
    for s in sources:
        if s.sentences:
            continue
        p = s.passage
        spans = split_spans(p.text)
        texts = [p.text[a:b] for a, b in spans]
        vecs = embedder.embed_passages(texts) if texts else []
        s.sentences = [_sentence_of(p, p.start + a, p.start + b, t, v) for (a, b), t, v in zip(spans, texts, vecs)]


def _sentence_of(p: Passage, start: int, end: int, text: str, vector) -> Sentence:
    return Sentence(source=p.source, language=p.language, root=p.root, text=text, start=start, end=end,
                    sha256=p.sha256, chunk_id=p.chunk_id, vector=vector)


def _support(vec, figures: set[str], s: _Source) -> tuple[bool, int, float]:
    """(does source ``s`` support the claim, index of the sentence to quote, best similarity).

    The quoted sentence is the one that holds most of the claim's figures, then the closest in
    meaning: "728 drones on Wednesday" quotes the sentence with 728 in it, not a closer-sounding
    neighbour about drones on Thursday.
    """
    if not s.sentences:
        return False, 0, 0.0
    sims = [float(np.dot(vec, np.asarray(x.vector, dtype=np.float32))) for x in s.sentences]
    best = max(sims)
    idx = max(range(len(sims)), key=lambda i: (len(figures & _figures(s.sentences[i].text)), sims[i]))
    good = best >= SUPPORT_MIN and figures <= _figures(s.text)
    return good, idx, best


def _best_other(support: list[tuple[bool, int, float]], exclude: set[int]) -> int | None:
    """The supporting passage closest in meaning to the claim, other than ``exclude``."""
    good = [(sim, n) for n, (ok, _, sim) in enumerate(support, start=1) if ok and n not in exclude]
    return max(good)[1] if good else None
