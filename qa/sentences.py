"""Sentence spans with offsets, for any script.

A small regex splitter instead of NLTK's English punkt: it must cut Hindi (।), Chinese (。),
Arabic (؟) and Thai (no sentence mark at all, so long runs are cut at spaces) the same way,
and return exact character offsets so a quoted sentence can be highlighted in its file.
"""
from __future__ import annotations

import re

# End of sentence: terminal punctuation, the closing quotes/brackets that belong to it (group 1:
# ”, », ’, the German “ of „…“, a French « … » with its space), then whitespace; or a CJK
# terminator, or a line break.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])((?:[\"'”»’“)\]]|[ \u00a0\u202f]»(?=\s))*)\s+(?=[\"'“„«(\[]?[\w\d])"
    r"|(?<=[。！？।؟])\s*"
    r"|\n+"
)
# Abbreviations that end with a dot but rarely end a sentence (initials, titles, months, scales:
# «162.584 Mio. EUR zum 31. August 2009» is one sentence).
_ABBREV = re.compile(r"(?:\b[A-ZÀ-Ý]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Nr|nr|vs|etc|ca|dl|pvz|d|Gen|Col|Lt|Sen|Rep|Inc|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|m|mln|mlrd|Mio|Mrd|Tsd|tūkst|proc|dr|sr|sra|av|op|cit|ș\.a|str))\.$")
# A German ordinal ("25.", "17.") and the capitalised month or span of time it numbers.
_GERMAN_ORDINAL = re.compile(r"(?<![\d.,])\b\d{1,2}\.$")
_NUMBERED = re.compile(r"(?:(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                       r"November|Dezember)\b|Sept\.|Jahrhundert|Jahrtausend)")
MAX_CHARS = 400
MIN_CHARS = 12
# Ideographs, kana and hangul say in one character what a Latin word says in several.
_DENSE = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def split_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, shifted by ``offset``; whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group(0) and (_continues(text, m.start(), m.end()) or (
                m.group(0).strip() == "" and _ABBREV.search(text[max(start, m.start() - 12) : m.start()]))):
            continue
        spans.append((start, m.start() + len(m.group(1) or "")))
        start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for a, b in _cut_long(text, s, e):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b - a >= 2:
                out.append((a + offset, b + offset))
    return _merge_short(out, text, offset)


def _continues(text: str, stop: int, at: int) -> bool:
    """Did the full stop at ``stop`` end an abbreviation or an ordinal ("Y. p. medievalis",
    "z. B. die", Turkish "9. ve 10. maddeleri")? Then the text after it goes on in lower case
    and the word before it is short (up to three letters per dotted piece, or a figure). A long
    word before a lower-case start is a sentence end in sloppy text ("… meeting. the two men"),
    and "iPhone", "eBay" or Dutch "'s Avonds" may open a sentence. A short piece followed by
    another short piece with its own stop is one abbreviation in two parts, whatever the case
    (Spanish "EE. UU.", "v. Chr."). A German day or century before its month or noun goes on
    too («schloss am 25. Februar 2010», «Mitte des 17. Jahrhunderts»): cut there, the date's
    sentence held no date."""
    if text[stop - 1: stop] != ".":
        return False
    if _GERMAN_ORDINAL.search(text[max(0, stop - 4): stop]) and _NUMBERED.match(text, at):
        return True
    word = re.search(r"(\S+)\.$", text[max(0, stop - 12): stop])
    if not word or not re.fullmatch(r"(?:[^\W\d_]{1,3}\.)*[^\W\d_]{1,3}|\d{1,4}", word.group(1).lstrip("\"'“„«([")):
        return False
    if re.match(r"[^\W\d_]{1,3}\.(?:\s|$)", text[at: at + 5]):
        return True
    while at < len(text) and text[at] in "\"“„«([":
        at += 1
    return at < len(text) and text[at].islower()


def _cut_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a run longer than MAX_CHARS at spaces (Thai has no sentence punctuation)."""
    pieces = []
    while e - s > MAX_CHARS:
        cut = text.rfind(" ", s + MAX_CHARS // 2, s + MAX_CHARS)
        if cut <= s:
            cut = s + MAX_CHARS
        pieces.append((s, cut))
        s = cut
    pieces.append((s, e))
    return pieces


def _merge_short(spans: list[tuple[int, int]], text: str, offset: int) -> list[tuple[int, int]]:
    """Glue fragments shorter than MIN_CHARS (a dateline, "CNN", "–") to the next sentence; a
    Chinese, Japanese or Korean character counts as three."""
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for a, b in spans:
        if carry is not None:
            a, carry = carry, None
        if b - a + 2 * len(_DENSE.findall(text, a - offset, b - offset)) < MIN_CHARS:
            carry = a
            continue
        out.append((a, b))
    if carry is not None:
        if out:
            out[-1] = (out[-1][0], spans[-1][1])
        else:
            out.append((carry, spans[-1][1]))
    return out
