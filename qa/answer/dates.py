"""Months and weekdays in the languages of our articles and questions, as comparable tokens.

A model that writes "in June" or "on Saturday" makes a claim about a date as much as one that
writes "2024": the checker needs "juin", "iunie", "birželio" and "June" to read as one month,
and it must not mistake a month or a weekday for a proper name ("January" is capitalised in
English, "Januar" in German). Words that are also common words elsewhere ("mai" is "more" in
Romanian, "may" an English verb, "luni" also "months") count as a date only next to a number.
"""
from __future__ import annotations

import re
import unicodedata

from . import asks, durations
from .facts import fold, numbers

# Stems (folded: lower case, no accents) that start the month's name in its inflected forms.
_MONTHS = {
    1: "january janvier januar enero gennaio janeiro ianuarie januari sausi stycz ocak январ ιανουαρ",
    2: "february fevrier februar febrero febbraio fevereiro februarie februari vasari lute luty subat феврал φεβρουαρ",
    3: "march mars marz marzo marco martie maart kovo kovas marca mart март μαρτ",
    4: "april avril abril aprile aprilie balandi balandz kwie nisan апрел απριλ",
    5: "may mai mayo maggio maio mei geguz maj mayis мая май μαιου μαι",
    6: "june juin juni junio giugno junho iunie birzel czerw haziran июн ιουν",
    7: "july juillet juli julio luglio julho iulie liepa liepos lipca lipiec temmuz июл ιουλ",
    8: "august aout agosto augustus rugpj sierp agustos август αυγουστ",
    9: "september septembre septiembre settembre setembro septembrie rugsej wrzes eylul сентябр σεπτεμβρ",
    10: "october octobre oktober octubre ottobre outubro octombrie spali pazdz ekim октябр οκτωβρ",
    11: "november novembre noviembre novembro noiembrie lapkri listopad kasim ноябр νοεμβρ",
    12: "december decembre dezember diciembre dicembre dezembro decembrie gruod grudz aralik декабр δεκεμβρ",
}
MONTH_STEMS = _MONTHS  # also read by qa.answer.values (direct answers' dates)
YEAR = r"(?:1[5-9]\d\d|20\d\d)"  # a year as a figure (1500–2099): direct answers' dates, the checker's years
YEARS = re.compile(rf"(?<!\d){YEAR}(?!\d)")  # … not inside a longer figure ("12024", "20250")
_WEEKDAYS = {
    1: "monday lundi montag lunes lunedi segunda luni maandag pirmadien poniedzia poniedzialk pazartesi понедельн",
    2: "tuesday mardi dienstag martes martedi terca marti marți dinsdag antradien wtorek wtork sali вторник",
    3: "wednesday mercredi mittwoch miercoles mercoledi quarta miercuri woensdag treciadien sroda srode srody srodow carsamba сред",
    4: "thursday jeudi donnerstag jueves giovedi quinta joi donderdag ketvirtadien czwartek czwartk persembe четверг",
    5: "friday vendredi freitag viernes venerdi sexta vineri vrijdag penktadien piatek piatk cuma пятниц",
    6: "saturday samedi samstag sonnabend sabado sabato sambata zaterdag sestadien sobota sobote soboty sobotn cumartesi суббот",
    7: "sunday dimanche sonntag domingo domenica duminica zondag sekmadien niedziel pazar воскресен",
}
# Stems that are (or begin) common words: a date only with a number beside them.
_AMBIGUOUS = {"may", "mai", "mar", "mars", "marz", "marco", "mart", "maj", "mei", "kovo", "kovas",
              "luni", "marti", "joi", "segunda", "terca", "quarta", "quinta", "sexta", "pazar",
              "cuma", "sali", "lute", "sroda", "ma", "мая", "май", "μαι", "sobota", "august", "juli"}
_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_STEMS = sorted([(stem, f"m{n}") for n, s in _MONTHS.items() for stem in s.split()]
                + [(stem, f"w{n}") for n, s in _WEEKDAYS.items() for stem in s.split()],
                key=lambda x: -len(x[0]))


# Stems that begin other words ("maior", "mayoría", "maggiore", "marcha", "Czerwonego",
# "spalili"): the month only in these forms.
_ONLY = {"maio": {"maio"}, "mayo": {"mayo"}, "maggio": {"maggio"}, "march": {"march"}, "marca": {"marca"},
         "czerw": {"czerwca", "czerwiec", "czerwcu"}, "spali": {"spali", "spalio", "spalis", "spaliu"},
         # Polish weekdays declined («w środę», «do soboty») and made adjectives («czwartkowego
         # ataku», «środowej nocy»); not «środek», «środowisko» (middle, environment)
         "srode": {"srode"}, "srody": {"srody"}, "sobote": {"sobote"}, "soboty": {"soboty"},
         "srodow": {"srodowy", "srodowa", "srodowe", "srodowego", "srodowej", "srodowym", "srodowych"}}


def _match(word: str) -> tuple[str, str] | None:
    """(stem, token) of a folded word that names a month or weekday, else None."""
    for stem, token in _STEMS:
        if stem in _ONLY:
            if word in _ONLY[stem]:
                return stem, token
            continue
        if word.startswith(stem) and (len(word) - len(stem) <= 5):
            if stem in _AMBIGUOUS and word != stem and len(stem) <= 4:
                continue  # "maior", "martor": only the bare word may be the month
            return stem, token
    return None


def is_date_word(word: str) -> bool:
    """Is ``word`` a month or weekday name (in any of our languages), whatever its context?"""
    return _match(fold(word)) is not None


_OPENS_CLAUSE = re.compile(r"\W*[^\W\d_]+,")  # the first word, then a comma


def tokens(text: str) -> set[str]:
    """Months ("m6") and weekdays ("w3") that ``text`` names: "en juin 2024" → {"m6"}."""
    words = _TOKEN.findall(fold(text))
    out: set[str] = set()
    for i, w in enumerate(words):
        if w.isdigit():
            continue
        hit = _match(w)
        if hit is None:
            continue
        stem, token = hit
        if stem in _AMBIGUOUS and words[i + 1: i + 2] == ["feira"]:
            pass  # "quarta-feira", "quinta -feira": a Portuguese weekday
        elif (stem in _AMBIGUOUS and i == 0 and token[0] == "w" and w == stem and len(stem) >= 3
              and _OPENS_CLAUSE.match(text)):
            pass  # «Joi, dronele rusești au atacat…»: a weekday opening the sentence, as «Miercuri,» does
        elif stem in _AMBIGUOUS:  # "3 mai", "mai 2024", "3 de maio"; not "mai mult"
            near = words[max(0, i - 1): i] + words[i + 1: i + 2] + words[max(0, i - 2): i - 1]
            if not any(x.isdigit() for x in near[:2]) and not (near[2:] and near[2].isdigit() and words[i - 1] == "de"):
                continue
        out.add(token)
    return out


def months(text: str) -> set[str]:
    """The months ``text`` names (``tokens``: "m6")."""
    return {t for t in tokens(text) if t.startswith("m")}


# January and February (``tokens``), the months the start of a year stands for (``year_start``).
YEAR_START = frozenset({"m1", "m2"})


def year_start(text: str) -> set[str]:
    """January and February, where ``text`` tells the start of the year (``relative``) and names no
    month: what a question naming those months («în ianuarie și februarie») asks of a sentence
    saying «aan het begin van het jaar»."""
    return set(YEAR_START) if "start of the year" in relative(text) else set()


# A day written in figures: «14.06.2024», «2024-06-14», «14/6», «6月14日», «ngày 14 tháng 6».
_NUMERIC_DAY = re.compile(r"(?<!\d)(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{1,2}-\d{1,2})(?!\d)"
                          r"|\d{1,2}\s*月\s*\d{1,2}\s*日|ngày\s+\d{1,2}")


def days(text: str) -> bool:
    """Does ``text`` name a day of a month («Liepos 4–7 d.», «11 - 13 iulie», "4 de julho", "July
    4", «14.06.2024»), not a month alone or with its year («novembro de 2024», «2021 m. Lapkričio
    mėn.»)?"""
    if _NUMERIC_DAY.search(text):
        return True
    words = _TOKEN.findall(fold(text))
    for i, w in enumerate(words):
        hit = None if w.isdigit() else _match(w)
        if hit is None or not hit[1].startswith("m"):
            continue
        near = words[max(0, i - 3): i] + words[i + 1: i + 3]
        if any(x.isdigit() and 1 <= int(x) <= 31 and len(x) <= 2 for x in near):
            return True
    return False


# A question naming days or dates («Quelles dates…?», «În ce zi…?», «Op welke dagen…?») or a span
# until a day, which a month and year do not tell; not one asking since when («Nuo kada…?»:
# «octombrie 2022» answers).
# (not «data», «datos», «Daten», data too, nor German «Dienst»; nor "to date", «à ce jour»,
# «hasta la fecha»: so far)
_UNTIL = r"bis wann|until when|jusqu.a quand|hasta cuando|ate quando|fino a quando|pana cand|tot wanneer|do kiedy|iki kada"
_DAY_ASKED = re.compile(r"\b(?:(?<!to )dates?|days?|datas|dias?|(?<!la )fechas?|(?<!ce )jours?|tag|tage|tagen|datum"
                        r"|giorn[oi]|zi|zile|ziua"
                        # a German month's days run into one word («An welchen Julitagen…?»)
                        r"|(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)tag(?:e|en)?"
                        r"|datele|dag|dagen|datums|op welke data|(?:quale|que|qual|ce|kuria|kokia) data|daty|dni|dnia"
                        r"|dniach|dniu|dzien|diena|dienos|dienomis|dienu|datos(?= (?:\w+ )?(?:vizit|kelion))"
                        # … or from when until when («Von wann bis wann soll … sein?»)
                        rf"|{_UNTIL})\b")
# "Since when…?" (folded, ten languages) asks where something began, which a sentence tells
# with a word for since before a month or a year («din octombrie 2022», «sinds minstens
# november»), where sentences about the same thing that e5 reads as nearer tell none («de
# afgelopen jaren», in recent years).
_ASKS_SINCE = re.compile(r"\b(?:since (?:when|what)|seit wann|seit welche\w*|depuis quand|depuis quel\w*"
                         r"|desde cuando|desde que (?:ano|mes|fecha|data)|desde quando|da quando|od kiedy|od ktorego"
                         r"|sinds wanneer|vanaf wanneer|de cand|din ce (?:an|luna|data)|incepand (?:de|din) cand"
                         r"|nuo kada|nuo kuri\w*)\b")


def asks_since(question: str) -> bool:
    """Does the question ask since when («Depuis quelle date…?», «Nuo kada…?»)?"""
    return bool(_ASKS_SINCE.search(fold(question)))


def asks_day(question: str) -> bool:
    """Does the question name the days or dates it asks for (not "since when")?"""
    return bool(_DAY_ASKED.search(fold(question).lower()))


# Days in the plural, or a span ("On which dates…?", «An welchen Tagen…?», «Von wann bis wann…?»):
# not one day asked.
_MANY_DAYS = re.compile(r"\b(?:dates|days|datas|dias|fechas|jours|tage|tagen|\w+tagen?|giorni|zile|datele|dagen"
                        r"|datums|op welke data|daty|dni|dniach|dienos|dienomis|dienu|datos|from when|von wann)\b")


def asks_one_day(question: str) -> bool:
    """Does the question ask for one day ("On which day…?", «An welchem Tag…?», «Kurią dieną…?»),
    not dates or a span?"""
    folded = fold(question).lower()  # (as ``asks_day`` reads it)
    return bool(_DAY_ASKED.search(folded)) and not _MANY_DAYS.search(folded) and not re.search(_UNTIL, folded)


def day_unsaid(question: str, texts: list[str]) -> bool:
    """Does the question ask on which day or dates, and none of ``texts`` name a day of a month
    or a weekday? ("On which day exactly was the pact signed?": sentences saying it was "last
    year" do not tell.) Not how long («Quanti giorni…?»), which year ("the first Victory Day
    parade"), since when or until when («bis Ende 2026» answers).
    """
    folded = fold(question)
    return (asks.expected_answer(question) == "time" and asks_day(question) and not asks_year(question)
            and not durations.asks_how_long(question) and not asks_since(question) and not re.search(_UNTIL, folded)
            and not any(days(t) or weekdays(t) for t in texts))


def weekdays(text: str) -> set[str]:
    """The weekdays ``text`` names (``tokens``: "w3")."""
    return {t for t in tokens(text) if t.startswith("w")}


# "In what year…?", «In welk jaar…?», «En quelle année…?», «Kuriais metais…?»: a date with a year.
_ASKS_YEAR = re.compile(
    r"(?i)\b(?:(?:what|which|welche[mn]?|welk|quel(?:le)?|qu[eé]|qual|quale|che|care|ce|kt[oó]r\w*|jaki\w*|kuriais|kokiais)"
    r"\s+(?:\w+\s+)?(?:year|jahr|jaar|ann[ée]e|a[nñ]o|anno|ano|an(?:ul)?|roku?|metais)\b"
    r"|year\s*\?|jahr\s*\?|ann[ée]e\s*\?|a[nñ]o\s*\?|anno\s*\?|anul\s*\?|jaar\s*\?|roku?\s*\?|metai\s*\?"
    r"|^\W*(?:year|jahr|ann[ée]e|a[nñ]o|anno|ano|anul|rok|jaar|metai)\s)")


def years_in(text: str) -> set[str]:
    """The years ``text`` names, in any script's digits («٢٠٢٤», «२०२४» are 2024)."""
    return set(YEARS.findall("".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c
                                     for c in text)))


# "In which month…?", «In welchem Monat…?», «Em que mês…?», «W którym miesiącu…?», «Qual é o mês…?»
# (folded); not a relative clause's month («il rapporto che il mese scorso…»), nor this month («ce
# mois-ci»).
_ASKS_MONTH = re.compile(r"\b(?:(?:what|which|welche[mn]?|welke?|quel|que|qual|quale|che|ce|ktor\w+|jaki\w*|kuri\w*|kok\w*)"
                         r"|(?:qual|cual|care|quale) (?:e|es|este|era|foi|fue) (?:o |el |il |la )?)"
                         r"\s*(?:month|monat|maand|mois|mes|mese|luna|miesiac\w*|menes\w*)\b(?!-ci)")
# The languages whose month names ``months`` reads (others' quotes may name one it cannot).
MONTH_LANGUAGES = frozenset("en de fr es it pt ro nl pl lt tr ru el".split())


def asks_month(question: str) -> bool:
    """Does the question ask in which month («Em que mês de 2019…?», "Which month…?")?"""
    return bool(_ASKS_MONTH.search(fold(question).lower()))


def month_unsaid(question: str, texts: list[str]) -> bool:
    """Does the question ask in which month, and none of ``texts`` name a month or a day of one?
    («din 2019, și prima vizita de Kim Jong Un la Vladivostok» tells the year, not the month.)"""
    return asks_month(question) and not any(months(t) or days(t) for t in texts)


def asks_year(question: str) -> bool:
    """Does the question ask in which year («In che anno…?», "Which year…?")?"""
    return bool(_ASKS_YEAR.search(question))


# A time told relative to the report's own ("last week", «vorige week», «praėjusią savaitę»), in
# the ten languages (folded): e5 weighs none of them, so "Who went to Pyongyang last week?"
# read a sentence about a Saturday as near as the one that says «vorige week».
_RELATIVE = {
    "last week": "last week|past week|previous week|(?:letzte|vergangene|vorige)[nr]? woche|semaine (?:derniere|passee)"
                 "|semana pasada|semana passada|(?:settimana scorsa|scorsa settimana)|saptamana trecuta"
                 "|(?:zeszlym|ubieglym) tygodniu|zeszlego tygodnia|vorige week|afgelopen week|praejusia? savaite",
    "this week": "this week|diese[rn]? woche|cette semaine|esta semana|questa settimana|saptamana (?:aceasta|asta)"
                 "|aceasta saptamana|deze week|sia savaite|tym tygodniu",
    "this weekend": "this weekend|(?:dieses|am) wochenende|ce week-?end|este (?:fin|fim) de semana|neste fim de semana"
                    "|questo (?:fine settimana|weekend)|acest weekend|weekendul acesta|(?:dit|deze) weekend"
                    "|si savaitgali|(?:ten|najblizszy) weekend",
    "last month": "last month|past month|(?:letzte|vergangene|vorige)[nr]? monat|(?:le )?mois dernier|mes pasado"
                  "|mes passado|mese scorso|scorso mese|luna trecuta|vorige maand|afgelopen maand|(?:zeszlym|ubieglym) miesiacu"
                  "|praejusi menesi|praejusiame menesyje",
    "last year": "last year|past year|(?:letzte|vergangene|vorige)[sn]? jahr|vorjahr|annee derniere|an (?:dernier|passe)"
                 "|ano pasado|ano passado|anno scorso|scorso anno|anul trecut|vorig jaar|afgelopen jaar|(?:zeszlym|ubieglym) roku"
                 "|pernai|praejusiais metais",
    # (not «începutul anului 2024»: a year named is no time relative to the report's)
    "start of the year": "(?:beginning|start) of (?:the|this) year|(?:early|earlier) this year|anfang (?:des|dieses) jahres"
                         "|jahresanfang|jahresbeginn|beginn des jahres|debut (?:de l'|de cette |d')annee"
                         "|(?:principios|comienzos|inicios?|principio|comienzo) (?:del|de este) ano"
                         "|inizio (?:dell'|di quest'|d')anno|(?:inicio|comeco) (?:do|deste) ano|inceputul (?:anului|acestui an)"
                         "|begin (?:van )?(?:het|dit) jaar|eerder dit jaar|poczatku (?:tego )?roku|(?:siu )?metu pradzioje",
}
_RELATIVES = [(name, re.compile(rf"\b(?:{words})\b(?!\W{{0,3}}{YEAR}\b)")) for name, words in _RELATIVE.items()]


def relative(text: str) -> set[str]:
    """The times relative to the report's that ``text`` tells ("last week", "this weekend")."""
    low = fold(text).lower().replace("’", "'")
    return {name for name, pattern in _RELATIVES if pattern.search(low)}


def figure_days(text: str) -> list[set[str]]:
    """The weekdays each figure-holding clause of ``text`` tells («728 drones … na quarta-feira e,
    em seguida, um novo teste … na quinta-feira»: Wednesday's, not Thursday's), else the whole
    sentence's. Clauses part at a comma or semicolon before a space, not at a decimal comma («1,5»)."""
    whole = weekdays(text)
    return [weekdays(c) or whole for c in re.split(r"[,;]\s", text) if numbers(c)]
