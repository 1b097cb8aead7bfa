"""Where a claim's names sit in the sentence that should say it, for the claim checker.

``names`` tells whether a source names someone in some spelling; a claim is only said by its
sentence when its names also stand where the claim puts them: a place the sentence names far
from the meeting it reports, a country set after a figure that the sentence keeps twenty words
away from it, a name that no cited passage gives at all. These are the checks of
``claims.support`` on proper names.
"""
from __future__ import annotations

import re

from . import dates, names
from .facts import fold, numbers


def positions(name: str, text: str) -> list[int]:
    """Word positions at which ``text`` names ``name``."""
    ks = names.keys(name)
    return [i for i, w in enumerate(names.words(text)) if names.alike(ks, names.keys(w))]


def out_of_place(claim: str, sentence: str, language: str | None, question: str, window: int = 8) -> list[str]:
    """Names the claim adds to the question that ``sentence`` holds, but far from every name
    the claim shares with the question: "Lavrov met Kim in Pyongyang" is not said by "Lavrov met
    Kim in Wonsan …, strengthening ties between Moscow and Pyongyang"."""
    found = names.proper_names(claim, language)
    topic = [p for n in found if names.spelled_in(n, question) for p in positions(n, sentence)]
    if not topic:
        return []
    return [n for n in found if not names.spelled_in(n, question) and (near := positions(n, sentence))
            and min(abs(a - b) for a in near for b in topic) > window]


_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+")
_YEAR = re.compile(dates.YEAR)  # "… to Russia in 2024": a year qualifies the whole claim


def astray(claim: str, sentence: str, language: str | None, near: int = 2, window: int = 10) -> list[str]:
    """Names the claim sets just after one of its figures (within ``near`` words: what the
    figure counts, "3,600 South Korean soldiers") that ``sentence`` holds with that figure, but
    more than ``window`` words from it: «400 z Północnej Korei zginęło, a 3.600 z Południowej
    rannych» on a sentence whose South Korean is the lawmaker who reported the wounded, twenty
    words before them. The question's own names count too (``out_of_place`` leaves them alone:
    they are the claim's topic). A year is no such figure: "… to Russia in 2024"."""
    said, source = _TOKEN.findall(claim), _TOKEN.findall(sentence)
    source_keys = [None if t[0].isdigit() else names.keys(t) for t in source]  # each word's keys, once
    named = set(names.proper_names(claim, language))
    out: list[str] = []
    for i, token in enumerate(said):
        if not token[0].isdigit() or _YEAR.fullmatch(token):
            continue
        figure = numbers(token)
        spots = [j for j, t in enumerate(source) if t[0].isdigit() and numbers(t) & figure]
        if not spots:
            continue  # a figure its sentence does not give is judged as such
        for word in said[i + 1: i + near + 1]:
            if word not in named or word in out:
                continue
            ks = names.keys(word)
            at = [j for j, sk in enumerate(source_keys) if sk is not None and names.alike(ks, sk)]
            if at and min(abs(a - b) for a in at for b in spots) > window:
                out.append(word)
    return out


def missing(claim: str, sources: str, language: str | None = None, question: str = "",
            passage: str = "") -> list[str]:
    """Names of ``claim`` (written in ``language``) that ``sources`` does not name, nor the
    question it answers (the question's own names are its topic, not a new claim). A name's
    further words are named where its first word is and its ``passage`` gives the whole name:
    "Kim Jong Un" of «… ontmoette vorige week Kim in Pyongyang» where the passage names «Kim
    Jong Un» elsewhere (the model writes the name in full; the sentence says "Kim")."""
    found = names.proper_names(claim, language)
    out, named = [], set()
    for i, n in enumerate(found):
        in_sources = _end_in(found[i - 1], n, sources) if len(n) == 2 and i else names.spelled_in(n, sources)
        if (not in_sources and passage and i and i - 1 in named and _follows(claim, found[i - 1], n)
                and n.lower() not in _SUFFIXES):
            in_sources = _continues(found[i - 1], n, passage)
        if in_sources or names.spelled_in(n, question):
            named.add(i)
        else:
            out.append(n)
    return out


_SUFFIXES = frozenset({"jr", "sr"})  # "Donald Trump Jr." is another man than "Donald Trump"


def _continues(before: str, name: str, passage: str) -> bool:
    """Does every name in ``passage`` that begins with ``before`` go on with ``name``, and one
    does? "Kim" goes on as «Kim Jong Un» there, and as nothing else («Kim Yong-hyun», the
    minister, is another Kim: then "Kim Jong Un" is not taken from a sentence saying "Kim").
    Words are compared as written, accents and case aside (spelling keys read Jong as Yong)."""
    first = fold(before)
    after = {fold(m.group(2)) for m in re.finditer(r"([^\W\d_]+)(?=[\s-]+([A-ZÀ-Ž][^\W\d_]*))", passage)
             if fold(m.group(1)) == first}
    return after == {fold(name)}


def _follows(claim: str, before: str, name: str) -> bool:
    """Does ``name`` come right after ``before`` in the claim, as one name's words do?"""
    return bool(re.search(rf"\b{re.escape(before)}[\s-]+{re.escape(name)}\b", claim))


def _end_in(before: str, end: str, text: str) -> bool:
    """Is the short end of a name ("Un" of "Kim Jong Un") in ``text`` right after the name's
    word before it, in some spelling ("Jong-un", "Jong Unas")? Alone, two letters would be
    found in any word («unei»)."""
    return any(names.spelled_in(before, m.group(1))
               for m in re.finditer(rf"(\w+)[\s-]+{re.escape(end)}\w{{0,3}}\b", text, re.IGNORECASE))
