"""The reader's own guesses, offered as options: "Was it 3,000 or 5,000 soldiers?", «Reisden er
tien of twintig functionarissen mee?», «nel 1835 o nel 1850?».

A reader who offers two guesses for a figure or a date and finds neither in the best sentences
asks what they do not tell: on the tune halves every question offering figures or dates that
the articles answer had one of its guesses in a best sentence («patru ore» for "two hours or
four"), and the near-topic ones ("three or five hours", "ten or twenty officials") had none.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from . import dates, facts

# "or" in the ten languages (Dutch «of» only right before a guess: "one of the two" is no choice).
_OR = re.compile(r"^(?:or|oder|ou|o|of|czy|albo|lub|sau|ori|ar|oppure|u)$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_][\w.,\u00a0\u202f'’-]*")
# Number words a guess is given in, beside those ``facts`` reads (``facts.number_word``).
_WORDS = dict(pair.split(":") for pair in """uno:1 due:2 tre:3 cinque:5 sei:6 otto:8 venti:20 trenta:30
    cento:100 eins:1 acht:8 zwanzig:20 dreissig:30 hundert:100 vingt:20 trente:30 veinte:20 treinta:30
    cien:100 vinte:20 trinta:30 een:1 vier:4 zeven:7 twintig:20 dertig:30 honderd:100 jeden:1 dwa:2
    trzy:3 piec:5 szesc:6 siedem:7 osiem:8 dziewiec:9 dziesiec:10 dwadziescia:20 trzydziesci:30 sto:100
    unu:1 sase:6 sapte:7 opt:8 noua:9 douazeci:20 treizeci:30 vienas:1 viena:1 du:2 dvi:2 trys:3
    keturi:4 keturios:4 penki:5 penkios:5 sesi:6 sesios:6 septyni:7 astuoni:8 devyni:9 desimt:10
    dvidesimt:20 trisdesimt:30""".split())


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


def _guess(word: str) -> tuple[str, frozenset[str]] | None:
    """What one word offers: ("time", its year or month) or ("number", its digits)."""
    if dates.YEARS.fullmatch(word):
        return "time", frozenset({word})
    if months := dates.months(word):
        return "time", frozenset(months)
    digits = facts.numbers(word) or ({d} if (d := facts.number_word(word) or _WORDS.get(_fold(word))) else set())
    return ("number", frozenset(digits)) if digits else None


def offered(question: str) -> tuple[str, frozenset[str]] | None:
    """The kind and values of the guesses on both sides of an "or" (one of the two words before
    it, one of the three after), where both sides offer one; else None."""
    joined = re.sub(r"(?<=\d)[\u00a0\u202f ](?=\d{3}\b)", "", question)  # «20 000» is one figure
    words = [w.rstrip(".,") for w in _WORD.findall(joined)]
    for i, w in enumerate(words):
        if i == 0 or not _OR.match(w):
            continue
        before = [g for x in words[max(0, i - 2): i] if (g := _guess(x))]
        after = [g for x in words[i + 1: i + (2 if w.lower() == "of" else 4)] if (g := _guess(x))]
        if before and after:
            kinds = {k for k, _ in before + after}
            return ("time" if kinds == {"time"} else "number"), frozenset().union(*(v for _, v in before + after))
    return None


def unsaid(question: str, texts: Iterable[str]) -> bool:
    """Does the question offer guesses of a figure or a date that no text gives?"""
    found = offered(question)
    if not found:
        return False
    kind, guesses = found
    text = " ".join(texts)
    told = (dates.years_in(text) | dates.months(text)) if kind == "time" else facts.numbers(text)
    return not guesses & told
