"""Which values a sentence tells for a question (``qa.answer.direct`` picks each file's side from
them): not a date of a trip elsewhere, of another round or weekday, a casualty count for troops
sent, a duration for a count, a total for "how many more"; the year or the day a question asks
for where some sentence gives one."""
from __future__ import annotations

import re
from collections.abc import Sequence

from . import dates, names, ordinals, predicates, trips, values
from .counted import asks_count, asks_time, casualties, is_share, of_time, things, totals_only, value_counts
from .evidence import TUNING, Evidence
from .measures import MEASURES


def sentence_values(ev: Evidence, want: str, question: str, going: set[str],
                    numbered: ordinals.Numbered = ordinals.Numbered(), added: bool = False,
                    lengths: Sequence[str] = ()) -> list[values.Value]:
    """The values of ``ev``'s sentence, but a date told of a trip elsewhere (``trips.elsewhere``),
    and none from a sentence about another round or visit than the question's (``ordinals``), or
    about another weekday than the one the question names (Wednesday's 728 drones for
    Thursday's attack), or giving only a total for a question that asks how many more (``added``)."""
    if numbered.elsewhere(ev.sentence) or _another_day(question, ev.text):
        return []
    found = values.extract(ev.text, want, question)
    if want == "number" and TUNING.casualty_value and not casualties(question):
        # «Maždaug 1,5 … kariuomenės buvo nužudyta arba sužeista, …» counts the dead and wounded,
        # no soldiers sent, though its sentence runs on to those sent (``counted.casualties``).
        found = [v for v in found if not casualties(_clause(ev.text, v))]
    if want == "number" and _counts_things(question):
        found = [v for v in found if not values.measured(ev.text, v)]  # «240 mm»: a calibre, no count
    if want == "number" and TUNING.share_value and asks_count(question):
        # «60%» of Norway is no count of the dead, nor are the years it died in («1348-1350»)
        found = [v for v in found if not is_share(ev.text, v.start) and not _YEAR_SPAN.fullmatch(v.text)]
    if want == "number" and TUNING.ordinal_value:
        # «TEU'nun 11. maddesine» (its 11th article): a figure with a full stop before a word
        # that goes on in lower case is an ordinal, no count
        # (a figure alone: «1,5 tūkst. karių» abbreviates its scale word)
        found = [v for v in found if not (v.text.isdigit() and (m := _ORDINAL_AFTER.match(ev.text, v.end))
                                          and m.group(1).islower())]
    if want == "number" and TUNING.time_value and not asks_time(question):
        found = [v for v in found if not of_time(ev.text, v)]  # a duration is no count of things
    if want == "number" and TUNING.kind_value and ev.passage.language in predicates.LANGUAGES:
        # "How many shells did Pyongyang send?": not «3.000 andere soldaten»; a figure answers a
        # question counting a kind of thing (``counted.KINDS``) with a word for that kind after it.
        kinds = things(question)
        if kinds:
            found = [v for v in found if value_counts(ev.text, v) & kinds]
    if lengths and not all(names.spelled_in(n, ev.text) for n in lengths):
        # "The truce Washington proposed: how many days?": not the visit's «três dias», nor «dois
        # líderes», in sentences that do not name Washington (``evidence.length_named``).
        return []
    if added and totals_only(ev.text):
        return []  # «verhoogt het aantal … tot 11.000», a total, for "how many more"
    if want == "time":
        if TUNING.named_date:
            found = [v for v in found if not _dates_another(ev.text, v, question)]
        found = with_month(question, with_year(question, found), ev.passage.language)
    return [v for v in found if not trips.elsewhere(going, ev.text, v, ev.passage.language)] if going else found


# A date in brackets right after a name: the date of what that name names («… a emis Edictul din
# Fontainebleau (1685)»).
_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s*\(\s*$")


def _dates_another(text: str, v: values.Value, question: str) -> bool:
    """Is ``v`` bracketed after a name the question does not name? «… până când a emis Edictul din
    Fontainebleau (1685)» dates Fontainebleau's edict, not the Edict of Nantes the same sentence
    names."""
    m = _NAME_BEFORE.search(text, 0, v.start)
    if not m or not m.group(1)[0].isupper() or not re.match(r"\s*\)", text[v.end:]):
        return False
    return not names.spelled_in(m.group(1), question)


# A full stop after a figure, and the sentence going on in lower case: an ordinal («11. maddesine»).
_ORDINAL_AFTER = re.compile(r"\.\s+([^\W\d_])")
# Two years joined by a dash: a span of time («1348-1350», "1654–57").
_YEAR_SPAN = re.compile(r"1\d{3}\s*[-–]\s*(?:1\d{3}|\d{2})|20\d{2}\s*[-–]\s*(?:20\d{2}|\d{2})")
_BREAK = re.compile(r"[.;:,()\n–—]\s")


def _clause(text: str, v: values.Value) -> str:
    """The clause ``v`` stands in: from the punctuation before it to the punctuation after it."""
    start = max((m.end() for m in _BREAK.finditer(text, 0, v.start)), default=0)
    end = next((m.start() for m in _BREAK.finditer(text, v.end)), len(text))
    return text[start:end]


def with_year(question: str, found: list[values.Value]) -> list[values.Value]:
    """The dates a question asking for a year takes: those with one («11 - 13 iulie» gives none)."""
    return [v for v in found if dates.YEARS.search(v.text)] if dates.asks_year(question) else found


def with_month(question: str, found: list[values.Value], language: str | None) -> list[values.Value]:
    """The dates a question asking in which month takes: those naming a month or a day of one
    («2019», a year, tells no month of Kim's visit to Vladivostok), where the sentence's month
    names can be read (``dates.MONTH_LANGUAGES``)."""
    if not (TUNING.month_quoted and language in dates.MONTH_LANGUAGES and dates.asks_month(question)):
        return found
    return [v for v in found if dates.months(v.text) or dates.days(v.text)]


def with_day(question: str, items: list[tuple[Evidence, values.Value]]) -> list[tuple[Evidence, values.Value]]:
    """The dates a question asking for days or dates takes, where some file gives a day of a
    month: those with one («Dates de la visite de Lavrov ?» is not answered by «novembro de
    2024», another trip's month, beside «11 - 13 iulie»). A day may stand just outside the value
    («2024 m. liepos 4 d.», «le 1er juillet 2024»); where no best sentence gives one, the months
    answer ("From when until when did the exercise run?": «von Juni 2023 bis August 2024»)."""
    if not (dates.asks_day(question) and values.asks_days(question)):  # (not «De quand date…?», dates from)
        return items
    dated = [(ev, v) for ev, v in items if dates.days(v.text) or _day_beside(ev.text, v)]
    if not dated and TUNING.one_day and dates.asks_one_day(question):
        return []  # "On which day did Lavrov meet Kim in Wonsan?": «noiembrie 2024» names no day
    return dated or items


def _day_beside(text: str, v: values.Value) -> bool:
    """Does a day of the month stand just outside the value: before it as an ordinal («1er
    juillet 2024», "1st of July"), after it as Lithuanian writes it («2024 m. liepos 4–7 d.»)?"""
    return bool(_DAY_BEFORE.search(text[max(0, v.start - 12): v.start]) or _DAY_AFTER.match(text[v.end: v.end + 12]))


_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:er|re|st|nd|rd|th|º|\.º|°)?\s+(?:de\s+|of\s+|the\s+)?$")
_DAY_AFTER = re.compile(r"\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*d\.")


# A question asking a length, a distance or a calibre (folded): answered by a figure with its unit.
_MEASURE = re.compile(MEASURES["distance"][0] + r"|\b(?:calib|kalib)\w*\b(?!\s+(?:de\s+|of\s+|van\s+)?\d)")


# "How many…" (not "how long", «quanto è lungo»): a count of things.
_HOW_MANY = re.compile(r"\b(?:how many|wie ?viele?|combien|cuant[oa]s|quant[oa]s|quant[ie]|cate|cati|kiek\w*|hoeveel|ile|ilu)\b")


def _counts_things(question: str) -> bool:
    """Does the question ask how many, and no length, distance or calibre? (A calibre named
    for what is counted asks a count: «Câte tunuri de 170 mm…?»)"""
    folded = values.same_length_fold(question)
    return bool(_HOW_MANY.search(folded)) and not _MEASURE.search(folded)


def _another_day(question: str, text: str) -> bool:
    """Do the question and the sentence each name weekdays, and none the same?"""
    asked, said = dates.weekdays(question), dates.weekdays(text)
    return bool(asked and said and not asked & said)
