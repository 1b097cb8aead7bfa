"""The value a sentence gives for a question: a figure or a date, as the source writes it.

A reader who asks "how many" or "when" wants the figure before the quotes. The value is taken
from the quoted sentence itself (words or digits as written: «penkias», «4.000», «11-13 iulie»),
never composed, so a direct answer is exactly as trustworthy as the quote under it. Which value
answers, when a sentence holds several ("100 ballistic missiles and 9 million shells"), is
decided by ``qa.answer.direct`` from each value's surrounding words.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from . import asks, dates, facts, names

# Month stems (folded: no accents) in the languages of our articles and questions, shared with
# the LLM checker; dates are looked for in a folded copy of the text of the same length.
_STEM_MONTH = {stem: n for n, stems in dates.MONTH_STEMS.items() for stem in stems.split()}
_MONTH = r"(?:" + "|".join(sorted(map(re.escape, _STEM_MONTH), key=len, reverse=True)) + r")\w*\.?"
_DAYS = r"\d{1,2}(?!\d)(?:\s*[-–—]\s*\d{1,2}(?!\d))?\.?"
_YEAR = dates.YEAR
_DATE = re.compile(
    rf"\b(?:{_DAYS}\s*(?:d\.\s*)?(?:de\s+)?{_MONTH}(?:\s+(?:de\s+)?{_YEAR})?"
    rf"|{_MONTH}\s+{_DAYS}(?:\s*d\.)?(?:,?\s+{_YEAR})?"
    rf"|{_YEAR}\s*m\.\s*{_MONTH}(?:\s*men\.)?"
    rf"|{_MONTH}\s+(?:de\s+)?{_YEAR}"
    rf"|{_YEAR}(?:\s*(?:m\.|г\.|yılı))?)"
    r"|\d{3,4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?",
    re.IGNORECASE)
# A figure: digits (with thousands separators or decimals), a range, a percent sign or word; its
# scale words ("1,5 milioane", "3000万") are found by ``facts.scale_end``, as ``facts.numbers``
# reads them. Chinese and Japanese run digits into the words around them ("为3000万英镑"); digits
# run into other CJK characters only before a scale character.
_PERCENT = r"(?:\s*(?:%|procent\w*|percent|por ciento|pour cent|prozent))?"
_NUM = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_RANGE_WORD = r"(?:-|–|—|to|bis|până la|a|à|tot|iki|do|al|y|and|și|e|en|und)"
_FIGURE = re.compile(rf"(?<![.,])(?<![^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])(?<![^\W\d_]-)(?:{_NUM})(?:\s*{_RANGE_WORD}\s*(?:{_NUM}))?{_PERCENT}"
                     r"(?![^\W百千万亿])", re.IGNORECASE)
# Number words with their digits (Lithuanian inflects: "penkias" is "penki", five).
_NUMBER_WORD_STEMS = {
    "penk": "5", "keturi": "4", "šeš": "6", "septyn": "7", "aštuon": "8", "devyn": "9", "dešimt": "10",
    "dvidešimt": "20", "trisdešimt": "30", "šimt": "100", "tūkstan": "1000", "milijon": "1000000",
}
# Lithuanian tens (folded) and the unit word that may follow them.
_LT_DIGIT = {"vien": 1, "du": 2, "dvi": 2, "tr": 3, "tris": 3, "keturi": 4, "keturias": 4, "penk": 5, "penkias": 5,
             "ses": 6, "sesias": 6, "septyn": 7, "septynias": 7, "astuon": 8, "astuonias": 8, "devyn": 9, "devynias": 9}
_LT_TENS = re.compile(r"(dvi|tris|keturias|penkias|sesias|septynias|astuonias|devynias)desimt\w*")
_LT_UNIT = re.compile(r"\s+(vien|du|dvi|tr|keturi|penk|ses|septyn|astuon|devyn)(?:as|a|u|i|ys|is|iu|iems|ias|ios|iomis|ais)?\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Number words that are also a common word before a scale word: Portuguese «dos milhões» is
# "of the millions", not Spanish «dos millones».
_UNSCALED = {"dos"}


@dataclass(frozen=True)
class Value:
    """A value inside a sentence: ``sentence_text[start:end] == text``."""

    text: str
    start: int
    end: int
    kind: str  # number | time
    key: str  # normalised, to compare values across languages
    digits: str = ""  # for a number written as a word: its digits, shown beside it

    @property
    def shown(self) -> str:
        return f"{self.text} ({self.digits})" if self.digits and self.digits not in self.text else self.text


def answer_type(question: str) -> str | None:
    """"number" or "time" when the question asks for one, else None; a question checking a
    value (``_checked``) asks for one of that value's kind.

    Names ("where", "who") are not pinned down: without a name tagger, the capitalised words
    of a sentence were the topic in another language ("Moskou", "Šiaurės Korėjos") more often
    than the answer, on our tune questions; the quotes answer those questions instead."""
    return asks.expected_answer(question) or _checked(question)


# A question checking what the reader half-remembers opens by asking whether it is so: "Is it
# true that…", «Stimmt es, dass…», «È vero che…», «Czy…», «Ar tiesa, kad…», an English auxiliary.
_CHECKS = re.compile(
    r"^[\W_]*(?:is it (?:true|correct|right)|was it|were there|did|was|were"
    r"|stimmt es|stimmt das|ist es wahr|trifft es zu|est-il vrai|est-ce vrai|c.est vrai|es (?:cierto|verdad)"
    r"|(?:è|e) (?:vero|corretto)|(?:é|e) (?:verdade|certo)|klopt het|is het waar|czy|prawda,? że"
    r"|(?:este|e) (?:adevărat|corect)|ar tiesa|ar tikrai)\b", re.IGNORECASE)
# Quantities said by a word: «un centinaio», "hundreds", «des centaines», «Hunderte», «setki».
_QUANTITY = re.compile(r"\b(?:hundreds|dozens|centinai\w*|centinaio|dozzin\w*|centaines?|douzaines?|centenar\w*"
                       r"|cientos|centenas|hunderte|dutzend\w*|honderden|tientallen|setki|dziesiątki|sute|zeci"
                       r"|šimtai|šimtus|dešimtys)\b", re.IGNORECASE)


_NAMED_NUMBER = re.compile(r"\b[A-Z][\w]*(?:[ -][A-Z][\w]*)*[ -]\d+[A-Za-z]?\b")


def _checked(question: str) -> str | None:
    """"time" or "number" for a question that checks a value the reader half-remembers ("Did
    Lavrov stay from 4 to 7 July?", «È vero che … un centinaio di missili?»): the articles'
    value of that kind answers it, right or wrong, and where they disagree, each side. A date
    is a day of a month, or a year alone ("Was the first round in 2021?"); a year with its month
    sets the scene («na viagem de setembro de 2023, Kim visitou … Vladivostok?» checks a place),
    and a figure beside a year is what is checked. Not where a second question follows, which
    says what it asks itself."""
    if not _CHECKS.match(question) or question.rstrip(" ?").count("?"):
        return None
    if dates.days(question):
        return "time"
    # (not a name's number: "Apollo 11", "Super Bowl 50", "KN-23")
    unnamed = _NAMED_NUMBER.sub(" ", question)
    figures = {n for n in facts.numbers(unnamed) if not dates.YEARS.fullmatch(n)}
    if figures or _QUANTITY.search(question) or any(facts.number_word(w) for w in _WORD.findall(unnamed)):
        return "number"
    return "time" if dates.YEARS.search(question) and not dates.months(question) else None


def dated_beyond(question: str, language: str | None = None):
    """For ``qa.retrieval.search``: of the retrieved articles' sentences among the store's
    nearer ones past the best, those that hold a date and name something the question names
    (Kim visiting Russia, not Choe going to Moscow), for a when-question that names something
    (None otherwise); not those whose every date is another trip's ("… em Moscou em novembro de
    2024"). The
    sentence that dates a visit can read less like the question than every sentence about it:
    «în perioada 11 - 13 iulie va călători în Republica Populară Democrată Coreea», long and
    about a spokeswoman and a second round, ranks 14th to 44th. They give sides, not quotes."""
    if answer_type(question) != "time":
        return None
    from . import names, trips  # (they read values)
    asked = names.proper_names(question, language)
    if not asked:
        return None
    going = trips.destinations(question, language)

    def pick(best: list, rest: list) -> list:
        return [s for s in rest if extract(s.text, "time", question)
                and any(names.spelled_in(n, s.text) for n in asked)
                and not (going and trips.only_elsewhere(going, s.text, s.language))]
    return pick


def extract(text: str, kind: str, question: str = "") -> list[Value]:
    """Values of ``kind`` in ``text`` that the question does not already state; for a question
    asking which days or dates, not a bare year (``asks_days``)."""
    found = _dates(text) if kind == "time" else _figures(text)
    if kind == "number" and (placed := [v for v in found if _DEGREES.match(text, v.end)]) \
            and not _UNIT_ASKED.search(question):
        # (a position, «位于 28.5°E», counts nothing asked; the question read only where one is told)
        found = [v for v in found if v not in placed]
    q_nums = facts.numbers(question)
    if kind == "time" and asks_days(question):
        found = [v for v in found if not _BARE_YEAR.fullmatch(v.text)]
    return [v for v in found if not (q_nums and set(v.key.split("|")) <= q_nums)]


def no_count(question: str, texts: Iterable[str]) -> bool:
    """Do ``texts`` hold no figure and no number word that could answer a how-many question?
    (A year, a day of a month and the question's own figures are none: ``extract``; nor a
    measure, "10 Gbit/s", «170 mm», where the question asks none, nor a name's number, "Level 3
    Communications": «Internet2 … 与Level 3 Communications合作 … 10 Gbit/s提升至100 Gbit/s»
    counts no members.)"""
    bare = not _UNIT_ASKED.search(question)
    return not any(extract(_NAMED_OR_MEASURED.sub(" ", t) if bare else t, "number", question) for t in texts)


# A figure with a unit of measure after it, or between two words of a name (any script before it).
_NAMED_OR_MEASURED = re.compile(r"(?<![\dA-Za-z.,])\d+(?:[.,]\d+)?\s*(?:[kMGT]?bit/s|[kMG]?Hz|mm|cm|km|kg|[kMG]W|%)(?![A-Za-z])"
                                r"|(?<![A-Za-z])[A-Z][a-z]+ \d+(?= [A-Z])")
# … and a question asking a measure in some unit, which such a figure answers.
_DEGREES = re.compile(r"\s?[°º˚]\s?[NSEW](?![A-Za-z])")
_UNIT_ASKED = re.compile(r"(?i)(?:%|°|\b(?:grad(?:e|es|o|os|i|en|us)?|graus|stopni\w*|laipsn\w*|degr\w*|\w*bit\w*|hz|hertz|mm|cm|km|km2|kg|kw|mw|gw|watt\w*|perc\w*|proc\w*|prozent\w*"
                         r"|porcent\w*|cento|met(?:er|re|r)\w*|milli\w*|centim\w*|kilo\w*|quil[oó]\w*|chilo\w*|gram\w*"
                         r"|speed|velocit\w*|geschwindigkeit\w*|vitesse|snelheid|predkosc\w*|greit\w*|capacit\w*|kapazit\w*)\b)")


# "On what dates…", «Von wann bis wann…», «Em que dias…»: days, which a year alone does not give
# («din 2019» in a sentence about the first visit two decades ago).
_ASKS_DAYS = re.compile(
    rf"\b(?:(?:what|which|on what) (?:dates|days?)|what are the dates|from when|von wann|an welche[mn]? (?:{asks.GERMAN_DAYS}|daten)"
    r"|welche[mn]? (?:tag|tagen|daten)|quel(?:le)?s? (?:jours?|dates)|quelles sont les dates|que (?:dias?|datas|fechas|dias)"
    r"|(?:em|en) que (?:dias?|fechas)|quais (?:dias|datas)|cuales son las fechas|quali (?:giorni|date)|quale giorno"
    r"|quali sono le date|(?:ce|in ce) (?:zile|zi|date)|care sunt datele|welke (?:data|dagen|dag)|op welke data"
    r"|van wanneer|jakie (?:daty|dni)|w jakich dniach|jakiego dnia|ktorego dnia|ktorych dniach|kuri\w* dien\w*"
    r"|kokiomis dienomis|kokios datos|nuo kada"
    # … or a chat's «Dates de la visite ?», «Datas da visita?» (not «Daten», «datos»: data too)
    r"|^\W*(?:the )?(?:dates|datas|fechas|datele|daty)\b)\b")
_BARE_YEAR = re.compile(rf"{_YEAR}(?:\s*(?:m\.|г\.|yılı))?")


def asks_days(question: str) -> bool:
    """Does the question ask on which day(s) or dates something happens?"""
    return bool(_ASKS_DAYS.search(facts.fold(question).lower()))


def same_length_fold(text: str) -> str:
    """Lower case, accents off, one character for one ("Lapkričio" → "lapkricio")."""
    out = []
    for c in text:
        base = unicodedata.normalize("NFKD", c)[0]
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out)


def _dates(text: str) -> list[Value]:
    out = []
    folded = same_length_fold(text)
    for m in _DATE.finditer(folded):
        raw = text[m.start(): m.end()]
        s = raw.strip().rstrip(",")
        if re.search(r"[^\W\d_]{5,}\.$", s):
            s = s[:-1]  # "11 - 13 iulie." ends its sentence; "Jul." and "4–7 d." keep their dot
        f = folded[m.start(): m.start() + len(raw)]
        months = [n for stem, n in _STEM_MONTH.items() if re.search(rf"\b{re.escape(stem)}", f)]
        nums = sorted(facts.numbers(s), key=lambda x: (len(x), x))
        key = "|".join(([str(months[0])] if months else []) + nums) if nums else s.casefold()
        out.append(Value(s, m.start(), m.start() + len(s), "time", key))
    return out


# A capitalised word after another word (so not a sentence's first), no place and no initials,
# right before a figure of one or two digits that ends the phrase: the figure is part of a name
# («Eurobird 1 (现在是 …», "Super Bowl 50,"), not a count («Leihgabe 35 Instrumente» goes on,
# «in Kiew 12, in Charkiw 5» counts in places, "USD 20 (…)" is a sum, «3:1» a score).
_DESIGNATION = re.compile(r"(?<=[^\W\d_] )([A-Z][a-z]+) $")
_DESIGNATION_END = re.compile(r"\s*(?:[(),;]|$|[\u3000-\u9fff\uff00-\uffef])")


def _figures(text: str) -> list[Value]:
    date_spans = [(v.start, v.end) for v in _dates(text) if not re.fullmatch(_YEAR, v.text)]
    out = []
    for m in _FIGURE.finditer(text):
        if any(a <= m.start() < b for a, b in date_spans) or re.fullmatch(_YEAR, m.group(0)):
            continue  # a day of a month or a year: not a count
        if (len(m.group(0)) <= 2 and (named := _DESIGNATION.search(text[: m.start()]))
                and _DESIGNATION_END.match(text, m.end()) and not names.place(named.group(1))):
            continue  # a name's number, "Eurobird 1 (…)", "Apollo 1,": no count (a place's is: «in Kiew 12,»)
        s = text[m.start(): facts.scale_end(text, m.end())].strip()
        if (groups := _COUNT_THEN_CALIBRE.match(s)) and _UNIT.match(text, m.start() + len(s)):
            s = groups.group(1)  # «ongeveer 220 170 mm zelfrit lafettes»: 220 guns of 170 mm
        out.append(Value(s, m.start(), m.start() + len(s), "number", _scaled_key(s)))
    spans = [(v.start, v.end) for v in out]
    for m in _WORD.finditer(text):
        w = m.group(0)
        if any(a <= m.start() < b for a, b in spans):
            continue  # inside a figure, or the scale word of a number word just read
        end = m.end()
        if tens := _LT_TENS.fullmatch(facts.fold(w).lower()):  # «keturiasdešimt» is 40, not «keturi»
            digits = str(10 * _LT_DIGIT[tens.group(1)])
            if unit := _LT_UNIT.match(same_length_fold(text[end:])):  # «dvidešimt keturias» is 24
                digits, end = str(int(digits) + _LT_DIGIT[unit.group(1)]), end + unit.end()
        else:
            digits = facts.number_word(w) or next(
                (d for stem, d in _NUMBER_WORD_STEMS.items() if facts.fold(w).startswith(facts.fold(stem))), "")
        if digits:  # with its scale word: «nove milhões» is 9000000, as «9 milioane» is
            word_end, end = end, end if w.lower() in _UNSCALED else facts.scale_end(text, end)
            key = _scaled_key(digits + text[word_end: end]) or digits
            out.append(Value(text[m.start(): end], m.start(), end, "number", key, digits + text[word_end: end]))
            spans.append((m.start(), end))
    return sorted(out, key=lambda v: v.start)


# A unit of length after a figure: a measure (a calibre, a distance), no count of things.
_UNIT = re.compile(r"\s*(?:mm|cm|km|m|mi|millimet\w*|milimet\w*|centimet\w*|kilomet\w*|chilometr\w*|quilomet\w*)\b",
                   re.IGNORECASE)
# A count written before a calibre, one space between them, reads as one figure with a thousands
# space: «220 170 mm».
_COUNT_THEN_CALIBRE = re.compile(r"(\d{1,3}) \d{3}")


def measured(text: str, v: Value) -> bool:
    """Does a unit of length follow the figure ``v`` («240 mm meerdere raketwerpers», «117 km»)?"""
    return v.kind == "number" and bool(_UNIT.match(text, v.end))


def _scaled_key(figure: str) -> str:
    """"9 milioane" and "9.000.000" compare equal (``facts.numbers`` applies scale words); a
    range keeps both ends."""
    nums = facts.numbers(figure)
    return "|".join(sorted(nums))
