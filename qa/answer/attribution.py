"""Who a figure is told according to: "according to the lawmaker", «pasak … parlamentarės»,
«dem Abgeordneten zufolge». A question that names its source asks for that source's figure,
not the one another file gives according to someone else (``qa.answer.direct``)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import names
from .offices import PATTERNS, another_side, folded, names_office, ranked

# "According to", in the ten languages, before the one who says it; «zufolge» after it. One list
# for two readers: here on folded text, and ``qa.answer.claims`` on the claim as written (with
# accents, any case). «secondo», «segundo» are "second" too: each reader adds them its own way
# (here only before an article or a source; claims only before a capitalised name).
ACCORDING = (r"according to|as per|laut|nach angaben|selon|d'après|de acordo com|stando a|según|de acuerdo con"
             r"|volgens|potrivit|conform|według|zdaniem|pasak|anot")
_ACCORDING = re.compile(rf"\b(?:{folded(ACCORDING)}|segundo (?=(?:o|a|os|as|um|uma|fontes?)\b)"
                        r"|secondo (?=(?:il|la|lo|i|le|gli|l'|un|una|uno|fonti)\b))\b")
_ZUFOLGE = re.compile(r"\bzufolge\b")
_CLAUSE_END = re.compile(r"[\d;:.,]")


def _clauses(low: str) -> list[str]:
    """The words naming whom ``low`` (folded) attributes its value to, one string per phrase."""
    return ([" ".join(_CLAUSE_END.split(low[m.end():], 1)[0].split()[:8]) for m in _ACCORDING.finditer(low)]
            + [" ".join(_CLAUSE_END.split(low[: m.start()])[-1].split()[-8:]) for m in _ZUFOLGE.finditer(low)])


@lru_cache(maxsize=8192)  # read for every candidate sentence of a question naming its source
def attributed(text: str) -> frozenset[str]:
    """What a question or sentence attributes its value to ("according to the lawmaker", «pasak
    … parlamentarės», «dem Abgeordneten zufolge»): the offices named in the eight words by the
    phrase, up to a figure or the clause's end, or {"other"} where they name none («Pasak
    Vakarų pareigūnų»)."""
    said: set[str] = set()
    for clause in _clauses(folded(text).replace("’", "'")):
        said |= ranked(clause) or {"other"}
    return frozenset(said)


def believes(question: str, text: str, said_by: frozenset[str]) -> bool:
    """Does ``text`` name the one the question believes (``said_by``: "according to the South
    Korean lawmaker" → «Een Zuid -Koreaanse parlementslid … meldde dat …»): an office the way a
    question asks for one (``names_office``; not a foreign minister however named, the articles'
    Lavrov), and not another country's ("according to a Russian lawmaker": the words next to the
    office name Korea) or the other Korea's (``offices.another_side``)?"""
    offices = names_office(text) & said_by
    if not offices or another_side(question, text, offices):
        return False
    asked, near = _beside(folded(question), offices), _beside(folded(text), offices)
    return not (asked and near and not asked & near)


def _beside(low: str, offices: frozenset[str]) -> set[str]:
    """The countries named next to each mention of ``offices`` in ``low`` (folded): «un député
    russe», «Een Zuid -Koreaanse parlementslid» (not «… que viajó a Ucrania», where the lawmaker
    went)."""
    return set().union(*(_countries(low[max(0, m.start() - 30): m.end() + 20])
                         for office in offices for m in PATTERNS[office][0].finditer(low)))


def _countries(text: str) -> set[str]:
    """The countries ``text``'s words name, adjectives too («russe», «Koreaanse», «coreano»: a
    country's name with an ending cut, ``names.country``)."""
    out = set()
    for w in names.words(text):
        found = next((c for k in range(min(5, len(w) - 3)) if (c := names.country(w[:len(w) - k]))), None)
        if found:
            out.add(found)
    return out
