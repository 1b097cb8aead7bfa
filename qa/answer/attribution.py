"""Who a figure is told according to: "according to the lawmaker", «pasak … parlamentarės»,
«dem Abgeordneten zufolge». A question that names its source asks for that source's figure,
not the one another file gives according to someone else (``qa.answer.direct``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .offices import folded, ranked

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


@lru_cache(maxsize=8192)  # read for every candidate sentence of a question naming its source
def attributed(text: str) -> frozenset[str]:
    """What a question or sentence attributes its value to ("according to the lawmaker", «pasak
    … parlamentarės», «dem Abgeordneten zufolge»): the offices named in the eight words by the
    phrase, up to a figure or the clause's end, or {"other"} where they name none («Pasak
    Vakarų pareigūnų»)."""
    low = folded(text).replace("’", "'")
    said: set[str] = set()
    for m in _ACCORDING.finditer(low):
        words = _CLAUSE_END.split(low[m.end():], 1)[0]
        said |= ranked(" ".join(words.split()[:8])) or {"other"}
    for m in _ZUFOLGE.finditer(low):
        words = _CLAUSE_END.split(low[: m.start()])[-1]
        said |= ranked(" ".join(words.split()[-8:])) or {"other"}
    return frozenset(said)
