"""Where a question asks someone went, and whether a date is told of a trip elsewhere.

«Choe, care a călătorit la Moscova în noiembrie 2024» holds a date, but of another trip than
a question about Lavrov's visit to North Korea asks about: as a direct-answer value it is
wrong (``qa.answer.direct``), and as evidence for a when-question it holds no date of the kind
asked (``qa.answer.evidence``), so it ranks like a sentence without one.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from . import names, values

# Words that say the place after them is where someone goes or is, per language: prepositions
# (only those that are nothing else there: French «la» is an article, Dutch «en» is "and"), and
# the stems of verbs of visiting or travelling.
_TOWARD = {lang: set(words.split()) for lang, words in {
    "en": "to in into at", "de": "nach in im zu", "fr": "en à au aux dans", "es": "a en al",
    "pt": "a à às em no na ao aos", "it": "a in nel nella", "ro": "în la", "lt": "į", "nl": "naar in",
    "pl": "do w we na",
}.items()}
_VISIT = re.compile(r"(visit|besuch|vizit|lank|aplank|bezoek|bezoch|odwiedz|travel|reis|viaj|viagg|călăt|calat|keliau|podróż)",
                    re.IGNORECASE)
# "Lavrov's North Korea trip", "the Moscow stay": a place between an owner or an article and a
# noun for a trip (not "visit", a verb too; nor "Russia will stay in Syria": no owner before it).
_TRIP = {"trip", "trips", "journey", "stay"}
_OWNER = {"s", "the", "his", "her", "their", "its", "this", "that"}
_FROM = {"aus", "uit", "van", "from", "von", "de", "din", "z", "iš", "is", "da", "desde", "depuis"}
_SKIP = set("north south nord sud sur norte noord zuid šiaurės pietų północnej południowej the de du el".split())
# A country's formal name before it, skipped whole: «va călători în Republica Populară Democrată
# Coreea», "to the Democratic People's Republic of Korea" (its words alone are no skip: "the
# officials of Russia" is no trip).
_FORMAL = [tuple(name.split()) for name in (
    "republica populară democrată", "republica populara democrata", "democratic people s republic of",
    "république populaire démocratique de", "la république populaire démocratique de",
    "república popular democrática de", "la república popular democrática de", "república popular democrática da",
    "repubblica popolare democratica di", "der demokratischen volksrepublik", "die demokratische volksrepublik",
    "demokratische volksrepublik", "democratische volksrepubliek")]
_FORMAL.sort(key=len, reverse=True)  # the longest first: «la república …» before «república …»


def gone_to(words: list[str], language: str | None) -> set[str]:
    """The places ``words`` say someone went to or was in ("visit North Korea", «en Corée du
    Nord», «lankysis Šiaurės Korėjoje», «a călătorit la Moscova»), by country: a capitalised
    place of ``names.place`` or of the CLDR's («Vladivostok») after a preposition of
    ``language`` or a verb of visiting (one word may stand between: «a vizitat personal Rusia»)."""
    toward = _TOWARD.get(language or "", set())
    out = set()
    for i, country in _places(words):
        j = _before(words, i - 1)
        after = words[i + 1] if i + 1 < len(words) else ""
        if (j >= 0 and (words[j].lower() in toward or _VISIT.match(words[j])
                        or j > 0 and words[j].islower() and _VISIT.match(words[j - 1]))  # «a vizitat personal Rusia»
                or after.lower() in _TRIP and _owned(words, i)):  # "Lavrov's North Korea trip"
            out.add(country)
    return out


def _before(words: list[str], j: int) -> int:
    """The last position at or before ``j`` whose word is no compass point or article and ends no
    country's formal name (skipped whole), or -1: what stands before the place."""
    lowered = [w.lower() for w in words[: j + 1]]
    while j >= 0:
        formal = next((f for f in _FORMAL if tuple(lowered[max(0, j + 1 - len(f)): j + 1]) == f), None)
        if formal is not None:
            j -= len(formal)
        elif lowered[j] in _SKIP:
            j -= 1
        else:
            return j
    return j


def _places(words: list[str]) -> list[tuple[int, str]]:
    """The capitalised places of ``words`` (``names.place`` or the CLDR's), each by its position and
    its country's key: a trip to Pyongyang is one to North Korea."""
    return [(i, names.CITY_COUNTRY.get(k, k)) for i, w in enumerate(words)
            if w[:1].isupper() and (k := names.place(w) or _cldr(w)) is not None]


def _owned(words: list[str], i: int) -> bool:
    """Does an owner or an article stand before the place at ``i`` (compass words between)?"""
    k = i - 1
    while k >= 0 and words[k].lower() in _SKIP and words[k].lower() not in _OWNER:
        k -= 1
    return k >= 0 and words[k].lower() in _OWNER


def _cldr(word: str) -> str | None:
    """A country or time-zone city of the CLDR's (``names``: "Vladivostok", «Parijs»), by its key."""
    k = names.key(word)
    return k if k.startswith("@") else None


def destinations(question: str, language: str | None) -> set[str]:
    """The places the question asks someone went to or was in (``gone_to``), and in a question
    also a place its verb of visiting stands after (in Dutch and German, which put the verb
    last: «zou Lavrov Noord-Korea bezoeken», «Nordkorea besuchen») or, past the visitor's name,
    before («¿… visita Lavrov Corea del Norte?», «a vizitat Choe Son Hui Moscova»)."""
    words = names.words(question)
    out = gone_to(words, language)
    for i, country in _places(words):
        if i and words[i - 1].lower() in _FROM:
            continue  # «Welcher Minister aus Russland besuchte…?»: where the visitor comes from
        j = i - 1
        while j >= 0 and i - j <= 4 and not _VISIT.match(words[j]) and (words[j][:1].isupper() or words[j].lower() in _SKIP):
            j -= 1
        # (the verb last, one adverb may stand before it: «Nordkorea erneut besuchen»; not "Russia visits Kim")
        after = words[i + 1:i + 3]
        last = language in ("de", "nl") and bool(after) and bool(
            _VISIT.match(after[0]) or len(after) == 2 and after[0].islower() and _VISIT.match(after[1]))
        if (0 <= j < i - 1 and _VISIT.match(words[j])) or last:
            out.add(country)
    return out


def elsewhere(going: AbstractSet[str], text: str, v: values.Value, language: str | None, reach: int = 5) -> bool:
    """Is the date ``v`` told of a trip to another place than the one the question asks about,
    named just before it ("… who travelled to Moscow in November 2024" answers no question
    about a visit to North Korea) or, where none is, just after it ("since 2019, and Kim's first
    visit to Vladivostok")? Not where the asked place is named there too, nor where the place
    named is the asked state's part ("Korea" of North Korea: «va călători în Republica Populară
    Democrată Coreea» for «ma gościć w KRLD»)."""
    there = gone_to(names.words(text[: v.start])[-reach:], language)
    if not there:  # "… renewed since 2019, and Kim's first visit to Vladivostok": told after it
        there = gone_to(names.words(text[v.end:])[: 2 * reach], language)
    return bool(there) and not (there & (set(going) | {part for g in going for part in names.STATES.get(g, ())}))


def only_elsewhere(going: AbstractSet[str], text: str, language: str | None) -> bool:
    """Are all the dates ``text`` holds told of trips elsewhere than ``going`` (and it holds one)?
    Never where the question asks no place."""
    found = values.extract(text, "time") if going else []
    return bool(found) and all(elsewhere(going, text, v, language) for v in found)
