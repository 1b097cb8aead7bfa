"""Whose people a count counts: "How many Russian soldiers died in Kursk?" is not answered by
«Maždaug 1,5 Šiaurės Korėjos kariuomenės buvo nužudyta» nor by «4.000 de soldați din Coreea de
Nord»: the figures count North Korea's soldiers, and no best sentence counts Russia's.

A question that counts soldiers, troops or people of a country (an adjective or a country's name
beside the word: «rosyjskich żołnierzy», «ukrainiečių karių», "soldiers from Ukraine") asks for a
figure told of that country's. Where the best sentences with a figure that count soldiers or
people tell them as another country's, none answers (``qa.answer.abstain.unanswerable``). A
sentence whose soldiers have no country beside them may be the asked ones (an implicit subject):
where such sentences outnumber those telling another country's, an answer goes through. Text
is folded (accents off, lower case); the ten languages the answer is framed in.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from . import names
from .counted import PEOPLE, SOLDIERS
from .facts import fold

# A people's word, with the word before it (an adjective or a genitive: «rosyjskich żołnierzy»,
# «Noord-Koreaanse soldaten», «Rusijos karių») or a country after a preposition ("soldiers from
# Ukraine", «soldați din Coreea de Nord»).
_COUNTED = rf"(?:{SOLDIERS}|{PEOPLE})"
_BEFORE = re.compile(rf"([\w-]+)\s+{_COUNTED}\b")
_AFTER = re.compile(rf"\b{_COUNTED}\s+(?:from|of|din|de|da|do|dos|das|del|van|von|aus|uit|z|ze|is|iz|di)\s+([\w-]+)")
# … or an adjective right after it, as the Romance languages write it («soldados norte-coreanos»;
# an adjective, not a country's name: «sužeista Rusijoje» is wounded in Russia).
_ADJECTIVE = re.compile(rf"\b{_COUNTED}\s+([\w-]+)")
_PEOPLE_WORD = re.compile(rf"\b{_COUNTED}\b")


def _folded(text: str) -> str:
    """Folded, lower case, a hyphen rejoined to its word («norte -coreanos», as translated)."""
    return re.sub(r"\s+-(?=\w)", "-", fold(text).lower())


def counted_nations(text: str) -> set[str]:
    """The countries whose soldiers or people ``text`` counts, as it tells them."""
    return _nations(_folded(text))


def _nations(low: str) -> set[str]:
    """``counted_nations`` of text already ``_folded``."""
    out = set()
    for pattern in (_BEFORE, _AFTER):
        out |= {country for m in pattern.finditer(low) if (country := names.nation(m.group(1)))}
    return out | {country for m in _ADJECTIVE.finditer(low)
                  if (not names.country(m.group(1)) or _ROMANCE_PLURAL.match(m.group(0)))
                  and (country := names.nation(m.group(1)))}


# A Romance plural adjective that spells like its country («soldados russos», «soldats russes»),
# not a place the soldiers are in («sužeista Rusijoje») nor a Lithuanian genitive after them
# («karių Ukrainos rytuose», in Ukraine's east).
_ROMANCE_PLURAL = re.compile(r"(?:soldad|soldat|militar|tropa|troupe)\w*\s+\w+(?:os|es)$")


def others_counted(question: str, texts: Iterable[str], figured) -> bool:
    """Does the question count one country's soldiers or people while ``texts`` with a figure
    (``figured``) that count soldiers or people count another's: none the asked country's, and
    those telling another's at least as many as those telling none («4.000 van deze soldaten»,
    whose country a sentence before told)?"""
    asked = counted_nations(question)
    if not asked:
        return False
    told = [_nations(low) for t in texts if figured(t) and _PEOPLE_WORD.search(low := _folded(t))]
    others = sum(1 for t in told if t)
    return others > 0 and not any(t & asked for t in told) and others >= len(told) - others
