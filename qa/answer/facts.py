"""Checkable facts in a text: numbers, dates and names, normalised so that languages agree.

Used three ways: to favour sentences that share the question's names and numbers, to notice
when two sources give different numbers for the same thing, and to verify that an LLM's
sentence says nothing its cited passage does not.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet

# A figure: a thousands-separated run ("4,000", "4.000", "4 000": a group of one to three digits,
# not starting with 0, then groups of three) with an optional decimal part, or plain digits with
# an optional decimal part ("1,5" is one and a half; "2023 400" is a year and a count).
_FIGURE = re.compile(
    r"(?<![\d.,])(?P<grouped>[1-9]\d{0,2}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)(?![.,]\d{3}))(?P<decimal>[.,]\d+)?"
    r"|(?P<plain>\d+(?:[.,]\d+)?)")
_SEPARATOR = re.compile(r"[.,\u00a0\u202f ]")
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]*([^\W\d_]+)")
# Scale words after a figure ("1,5 milioane", "9 Millionen", "25 mil", "2 mil millones"), whole
# words only (folded): "militants" and "milhas" (miles) are not millions. "billion" is the English
# 10⁹; the German "Billionen" and Polish "biliony" are 10¹².
_SCALE_WORDS = [
    (re.compile(r"mil|mii|mie|mille|mila|tausend|thousands?|duizend|tukst\w*|tysi(ac|ace|ecy)|milhar(es)?"), 10**3),
    (re.compile(r"mil+i?on\w*|milioane|milioana|milijon\w*|miljoen\w*|milh(ao|oes)|mln|mio"), 10**6),
    (re.compile(r"mil+i?ard\w*|miljard\w*|milijard\w*|billions?|bilh(ao|oes)|mlrd|mrd"), 10**9),
    (re.compile(r"billionen|bilion\w*"), 10**12),
]
_CJK_SCALES = {"百": 10**2, "千": 10**3, "万": 10**4, "亿": 10**8}
_CJK_UNITS = {"千米", "千克", "千瓦", "千卡", "千兆", "百米"}
_RANGE = re.compile(r"\s*(?:-|–|—|to|bis|până la|a|à|tot|iki|do|al)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Words written in numerals' stead, in the languages we frame answers in. Not the words that are
# mostly something else: the articles "ein", "eine", "un", "una" (and the "Un" of Kim Jong Un),
# nor "du" (Lithuanian 2, but French "of the" and German "you").
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "twenty": "20", "hundred": "100",
    "thousand": "1000", "million": "1000000",
    "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "zehn": "10",
    "dos": "2", "tres": "3", "cinco": "5", "cinci": "5", "doi": "2",
    "trei": "3", "patru": "4", "zece": "10", "cinq": "5", "deux": "2", "trois": "3",
    "vijf": "5", "twee": "2", "drie": "3", "tien": "10", "penki": "5", "trys": "3",
    "dois": "2", "três": "3", "quatro": "4", "dez": "10", "cem": "100", "sută": "100",
    "sechs": "6", "sieben": "7", "neun": "9", "quatre": "4", "huit": "8",
    "cuatro": "4", "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "quattro": "4",
    "sette": "7", "nove": "9", "dieci": "10", "oito": "8",  # not "sete": thirst in ro and it
    "șase": "6", "șapte": "7", "şase": "6", "şapte": "7", "zes": "6", "negen": "9", "cztery": "4", "pięć": "5",
    "sześć": "6", "siedem": "7", "osiem": "8", "dziewięć": "9", "dziesięć": "10",
}
STOP = {
    # capitalised words that start questions or sentences and name nothing (question words in
    # the languages of our articles and questions)
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "the", "a", "an",
    "in", "on", "of", "and", "or", "did", "does", "do", "is", "are", "was", "were", "according",
    "wie", "wer", "was", "wann", "wo", "welche", "welcher", "welches", "der", "die", "das",
    "quem", "qual", "quais", "quando", "onde", "quantos", "quantas", "como", "o", "os", "as",
    "cine", "care", "când", "unde", "câți", "câte", "cum", "ce", "kas", "kada", "kur", "kiek",
    "kokia", "kokią", "kokį", "wat", "welke", "wanneer", "waar", "hoeveel", "hoe", "de", "het",
    "in", "qui", "quel", "quelle", "quand", "où", "combien", "le", "la", "les", "quién", "cuál",
    "cuándo", "dónde", "cuántos", "cuántas", "el", "los", "las",
    # (not "chi", "che", "cui", "wen", "cosa": Ho Chi Minh, Che Guevara, Wen Jiabao, Cosa Nostra)
    "qué", "cómo", "cuánto", "cuánta", "quanto", "quanta", "que", "quanti", "quante", "dove",
    "quale", "quali", "come", "comment", "pourquoi", "quels", "quelles", "warum",
    "wieviel", "wem", "wessen", "welchen", "welchem", "welk", "waarom", "cât", "câtă",
    "ilu", "ile", "jak", "jaki", "jaka", "jakie", "jakiego", "jakim", "kiedy", "gdzie", "kto",
    "co", "który", "która", "które", "którym", "czy", "kuris", "kuri", "kurį", "kurią", "kuriame",
    "kurioje", "kuriuo", "kurie", "koks", "kokie", "kokio", "kokios", "kaip", "kodėl", "kieno",
}


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t"})


def fold(text: str) -> str:
    """Lower-case, accents off: "Kim Jong Unas" and "kim jong unas", "Ławrow" and "lawrow"
    compare equal."""
    nfkd = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSED))
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch))


# Words are looked up folded ("Când" → "cand"): the table is folded too, or its accented
# question words would never be found, and "Când" or "Cuándo" were taken for names.
STOP = {fold(w) for w in STOP}


def numbers(text: str) -> set[str]:
    """Numbers in ``text`` as canonical strings ("4.000" → "4000", "1,5" → "1.5"); a figure
    with a scale word is its value ("1,5 milioane", "1.5 million" and "1,500,000" → "1500000"),
    and so is the first end of a range before one ("25-30 milioane" → 25000000, 30000000). A
    year is never scaled ("in 2022 thousands fled")."""
    out = set()
    scaled_words: set[int] = set()  # where a scale word was read as part of a figure
    figures: list[tuple[re.Match, str, int]] = []
    for m in _FIGURE.finditer(text):
        if m.group("grouped"):
            value = _SEPARATOR.sub("", m.group("grouped")) + (m.group("decimal") or "").replace(",", ".")
        else:
            value = m.group("plain").replace(",", ".")
        factor, at = (1, []) if _YEAR.fullmatch(m.group(0)) else _scale_after(text, m.end())
        scaled_words.update(at)
        figures.append((m, value, factor))
    for k, (m, value, factor) in enumerate(figures):
        if factor == 1 and k + 1 < len(figures) and figures[k + 1][2] > 1 \
                and _RANGE.fullmatch(text[m.end(): figures[k + 1][0].start()]):
            factor = figures[k + 1][2]  # "25-30 milioane": both ends are millions
        out.add(_times(value, factor) if factor > 1 else value)
    for m in WORD.finditer(text):
        digits = _NUMBER_WORDS.get(m.group(0).lower())
        if not digits or m.start() in scaled_words:
            continue
        factor, at = _scale_after(text, m.end())
        if factor > 1 and digits not in {"1000", "1000000"}:
            scaled_words.update(at)
            digits = _times(digits, factor)
        out.add(digits)
    return out


def scale_of(word: str) -> int:
    """The factor a scale word stands for ("milioane" → 10⁶, "千万" → 10⁷), else 1."""
    w = fold(word)
    if w[:2] in _CJK_UNITS:
        return 1  # 千米, 千克: a kilometre, a kilogram, not a thousand
    if w[:1] in _CJK_SCALES:
        factor = 1
        for ch in w:
            if ch not in _CJK_SCALES:
                break
            factor *= _CJK_SCALES[ch]
        return factor
    return next((f for rx, f in _SCALE_WORDS if rx.fullmatch(w)), 1)


def _scale_after(text: str, end: int) -> tuple[int, list[int]]:
    """The factor of the scale words right after ``end`` (at most two: "2 mil millones"), and
    where they start; (1, []) when none follows."""
    factor, at = 1, []
    for _ in range(2):
        m = _NEXT_WORD.match(text, end)
        f = scale_of(m.group(1)) if m else 1
        if f == 1:
            break
        factor, end = factor * f, m.end(1)
        at.append(m.start(1))
    return factor, at


def scale_end(text: str, end: int) -> int:
    """Where the scale words after a figure ending at ``end`` end, the same ones ``numbers``
    applies ("9 milioane de" → after "milioane", "3000万英镑" → after "万"; "2 militants" →
    ``end``): the span a direct answer shows is the figure its value was read from."""
    for _ in range(2):
        m = _NEXT_WORD.match(text, end)
        if not m or scale_of(m.group(1)) == 1:
            break
        word = m.group(1)
        if word[:1] in _CJK_SCALES:
            return m.start(1) + len(word) - len(word.lstrip("".join(_CJK_SCALES)))
        end = m.end(1)
    return end


def _times(number: str, factor: int) -> str:
    value = float(number) * factor
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


def names(text: str) -> set[str]:
    """Folded stems of capitalised words that are not sentence starters (names, places)."""
    out = set()
    for m in WORD.finditer(text):
        w = m.group(0)
        if not w[0].isupper() or fold(w) in STOP or len(w) < 3:
            continue
        # A capital after a full stop may just open a sentence; keep it only if it looks rare.
        out.add(stem(w))
    return out


def stem(word: str) -> str:
    """A cross-language stem for names: Lavrov / Lavrovas / Lavrovo / Lawrow share "lavro"."""
    f = fold(word).replace("w", "v")
    return f[:5] if len(f) > 5 else f


def anchors(question: str) -> tuple[set[str], set[str]]:
    """The question's numbers and name stems: what a sentence that answers it is likely to share."""
    return numbers(question), names(question)


def overlap(sentence: str, q_numbers: set[str], q_names: set[str]) -> float:
    """Fraction of the question's anchors that occur in ``sentence`` (0 when it has none)."""
    total = len(q_numbers) + len(q_names)
    if total == 0:
        return 0.0
    s_nums = numbers(sentence)
    s_stems = {stem(w) for w in WORD.findall(sentence)}
    hit = len(q_numbers & s_nums) + len(q_names & s_stems)
    return hit / total


def number_word(word: str) -> str:
    """The digits of a number written as a word ("five" → "5"), else ""."""
    return _NUMBER_WORDS.get(word.lower(), "")


def echoes(sentence: str, q_numbers: AbstractSet[str], q_names: AbstractSet[str]) -> bool:
    """Does ``sentence`` name nothing and give no figure beyond the question's own?

    "Lavrov might also meet Kim Jong Un" does not answer "Where did Lavrov meet Kim Jong Un?".
    """
    return bool(q_names) and names(sentence) <= q_names and numbers(sentence) <= q_numbers
