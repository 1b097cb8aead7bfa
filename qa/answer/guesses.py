"""The reader's own guesses, offered as options: "Was it 3,000 or 5,000 soldiers?", «Reisden er
tien of twintig functionarissen mee?», «nel 1835 o nel 1850?».

A reader who offers two guesses for a figure or a date and finds neither in the best sentences
asks what they do not tell: on the tune halves every question offering figures or dates that
the articles answer had one of its guesses in a best sentence («patru ore» for "two hours or
four"), and the near-topic ones ("three or five hours", "ten or twenty officials") had none.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from . import dates, facts

# "or" in each language (not Portuguese, Romanian, Polish or Lithuanian «o», an article or
# "about"; not English "of", nor Romanian «ori», times). A question of no known language reads
# the words that are "or" in one language and nothing else in the others.
_OR = {"en": {"or"}, "de": {"oder"}, "fr": {"ou"}, "es": {"o", "u"}, "it": {"o", "oppure"}, "pt": {"ou"},
       "nl": {"of"}, "pl": {"czy", "albo", "lub"}, "ro": {"sau"}, "lt": {"ar", "arba"}}
_ANY_OR = {"or", "oder", "ou", "oppure", "czy", "albo", "lub", "sau", "arba"}
_WORD = re.compile(r"[^\W_][\w.,\u00a0\u202f'’-]*")
# Number words a guess is given in, beside those ``facts`` reads (``facts.number_word``); not the
# ones that are articles too («uno», «een», «jeden», French «du»).
_WORDS = dict(pair.split(":") for pair in """due:2 tre:3 cinque:5 sei:6 otto:8 venti:20 trenta:30
    cento:100 eins:1 acht:8 zwanzig:20 dreißig:30 dreissig:30 hundert:100 vingt:20 trente:30 veinte:20
    treinta:30 cien:100 vinte:20 trinta:30 vier:4 zeven:7 twintig:20 dertig:30 honderd:100 dwa:2 dwie:2
    trzy:3 piec:5 szesc:6 siedem:7 osiem:8 dziewiec:9 dziesiec:10 dwadziescia:20 trzydziesci:30 sto:100
    unu:1 doua:2 sase:6 sapte:7 opt:8 noua:9 douazeci:20 treizeci:30 vienas:1 viena:1 dvi:2 trys:3
    keturi:4 keturios:4 penki:5 penkios:5 sesi:6 sesios:6 septyni:7 astuoni:8 devyni:9 desimt:10
    dvidesimt:20 trisdesimt:30""".split())
# A figure grouped by a space, «20 000», read whole (not a year and a figure, "in 2023 500").
_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3})[\u00a0\u202f ](?=\d{3}\b)")


def _guess(word: str) -> tuple[str, frozenset[str]] | None:
    """What one word offers: ("time", its year or month) or ("number", its digits)."""
    if dates.YEARS.fullmatch(word):
        return "time", frozenset({word})
    if months := dates.months(word):
        return "time", frozenset(months)
    digits = facts.numbers(word) or ({d} if (d := facts.number_word(word) or _WORDS.get(facts.fold(word).lower())) else set())
    return ("number", frozenset(digits)) if digits else None


def offered(question: str, language: str | None = None) -> tuple[str, frozenset[str]] | None:
    """The kind and values of the guesses on both sides of an "or" (one of the two words before
    it, one of the three after), where both sides offer one of the same kind; else None."""
    ors = _OR.get(language or "", _ANY_OR)
    words = [w.rstrip(".,") for w in _WORD.findall(_GROUPED.sub(r"\1", question))]
    for i, w in enumerate(words):
        if i == 0 or w.lower() not in ors:
            continue
        before = [g for x in words[max(0, i - 2): i] if (g := _guess(x))]
        after = [g for x in words[i + 1: i + 4] if (g := _guess(x))]
        for kind in ("number", "time"):
            if any(k == kind for k, _ in before) and any(k == kind for k, _ in after):
                return kind, frozenset().union(*(v for k, v in before + after if k == kind))
    return None


def unsaid(question: str, texts: Iterable[str], language: str | None = None) -> bool:
    """Does the question offer guesses of a figure or a date that no text gives (as a figure, a
    number word, a year or a month)?"""
    found = offered(question, language)
    if not found:
        return False
    kind, guesses = found
    text = " ".join(texts)
    if kind == "time":
        told = dates.years_in(text) | dates.months(text)
    else:
        told = facts.numbers(text) | {d for w in _WORD.findall(text)
                                      if (g := _guess(w.rstrip(".,"))) and g[0] == "number" for d in g[1]}
    return not guesses & told
