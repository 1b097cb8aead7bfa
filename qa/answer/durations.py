"""How long a meeting lasted: a duration the sources tell of a meeting, not of the trip around it.

"Combien de temps a duré l'entretien entre Lavrov et Kim ?" finds «Lavrov … para uma visita de
três dias …, ele realizou reuniões com Hui»: a duration, but of the visit. The line said
«três (3)» and the quotes followed, though no article says how long they talked. A duration
that answers is told of the meeting itself, next to a word for it: «un lung interviu de patru
ore», "a four-hour meeting", «ein zweistündiges Gespräch». So a how-long question about a
meeting is answerable only where a best sentence holds a duration within a few words of a
word for a meeting, in the ten languages the answer is framed in.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .facts import fold, number_word

# "How long", asked in the ten languages (folded): of a time, not of a length ("how long is the
# wall" asks no duration).
_HOW_LONG = re.compile(
    r"\b(?:how long (?:did|does|do|was|were|will|would)|for how long|wie lange|combien de temps|cuanto (?:tiempo|duro)"
    r"|quanto (?:tempo|e durat\w*|ha durato|duro|durou)|cat (?:timp|a durat|au durat|a tinut|au tinut)|hoe lang|ile (?:czasu|trwal\w*)"
    r"|jak dlugo|kiek (?:laiko|truko)|kokia trukme)\b")
# … and as a chat asks it: «Durée de l'entretien ?», "Duration of the talks?", «Dauer des Treffens?»
_DURATION = re.compile(r"\b(?:duration|dauer|duree|duracion|durata|duracao|duur|czas trwania|trukme)\b")
# Words for a meeting or a talk, as folded stems (not "met": Dutch for "with").
_MEETING = re.compile(
    r"\b(?:meeting\w*|talks?|conversation\w*|interview\w*|discussion\w*|negotiation\w*|tete-a-tete|treffen"
    r"|gesprach\w*|unterredung\w*|begegnung\w*|entretien\w*|rencontr\w*|reunion\w*|encuentro\w*|conversacion\w*"
    r"|reuniao|reunioes|encontro\w*|conversa\w*|entrevista\w*|riunion\w*|incontr\w*|colloqui\w*|intalni\w*"
    r"|intrevedere\w*|convorbir\w*|interviu\w*|discuti\w*|ontmoet\w*|gesprek\w*|onderhoud\w*|spotkani\w*"
    r"|rozmow\w*|susitik\w*|pokalb\w*"
    # … a sit-down or a summit ("How long did Lavrov's sit-down with Kim last?", «Wie lange dauerte der Gipfel?»)
    r"|sit-?downs?|summits?|gipfel\w*|sommets?|cumbres?|vertice|vertici|cimeiras?|summitul\w*|szczyt\w*|topontmoeting\w*"
    # … or talking, as a verb («Cât timp au discutat…?», "How long did they discuss…?")
    r"|discuss\w*|discuta\w*|discutir\w*|discusso|besprach\w*|rozmawia\w*|kalbej\w*|kalbes\w*"
    # … or speaking («Wie lange sprach Lawrow mit Kim?», "How long did they speak?")
    r"|spoke|spoken|speak|talked|talking|sprach|sprachen|gesprochen|unterhielt\w*|parle|parlerent|parlato|parlarono"
    r"|hablaron|hablo|falaram|falou|sprak|spraken|gesproken|vorbit|vorbi\w*)\b")
# … and for the trip around it: a duration nearer to one of these is the trip's («uma visita de
# três dias …, ele realizou reuniões»).
_TRIP = re.compile(
    r"\b(?:visit\w*|trip\w*|stay\w*|journey\w*|besuch\w*|reise\w*|aufenthalt\w*|visite\w*|voyage\w*|sejour\w*"
    r"|viaje\w*|estancia\w*|viagem|viagens|estadia\w*|viaggi\w*|soggiorn\w*|vizit\w*|calatori\w*|sedere\w*"
    r"|bezoek\w*|reis|reizen|verblijf\w*|wizyt\w*|podroz\w*|pobyt\w*|vizitas|kelion\w*|viesnag\w*|lanky\w*)\b")
_UNIT = re.compile(
    r"(?:hours?|hrs?|stunde\w*|stundig\w*|heures?|horas?|ore|ora|uur|uren|urige?|godzin\w*|valand\w*|minut\w*"
    r"|days?|tage?n?|tagig\w*|jours?|dias?|giorni|giorno|zile|zi|ziua|dagen|dag|daagse?|dni|dzien|dien\w*"
    r"|weeks?|woche\w*|semaines?|semanas?|settimane|saptamani|weken|tygodni\w*|savait\w*)")
_COMPOUND = re.compile(r"\w+(?:stund|stundig|tagig|wochig)\w*")  # «zweistündiges», «siebenstündiges»
# Words that count as a figure before a unit: "an hour-long", "half an hour", «anderhalf uur»,
# «o zi» (an article before a unit is one of it; where it is not, the rule only lets an answer by).
# (and the feminine twos the number words lack, folded: Romanian «două zile», Polish «dwie godziny»)
_ONE = frozenset("a an o un una une uno ein eine einen einem een jeden jedna one half halb halve anderhalf demi media meia "
                 "mezza jumatate pol pusantros doua dwie".split())
_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def asks_how_long(question: str, chat: bool = True) -> bool:
    """Does the question ask how long something lasted (of a time, not a length)? With ``chat``
    off, only in so many words ("how long", «jak długo»), not by a noun for a duration that may
    stand in another question («auf Dauer», "for the duration of the exercise")."""
    return _how_long(fold(question), chat)


def _how_long(folded: str, chat: bool = True) -> bool:
    """``asks_how_long`` on a question already folded."""
    return bool(_HOW_LONG.search(folded) or chat and _DURATION.search(folded))


# Words for a flight («Hoe lang duurde Lavrovs vlucht?»): a flight's length is told beside one.
# (Not a bare «vol», Dutch for full, nor «lot», "a lot".)
FLIGHT = re.compile(r"\b(?:flights?|flug|fluges|flugs|(?:le|du|son|ce|leur|un) vol|vols|vuelos?|volo|voli|voo|voos|zbor\w*"
                    r"|vlucht\w*|lotu|locie|lotem|skryd\w*)\b")


# A length of time, however asked: "How long a truce…?", «Durata della tregua?», «Kokios trukmės
# paliaubos?», «Jak długi rozejm?», or by counting days, weeks or months («¿… cuántos días?»).
_LONG = re.compile(r"\b(?:how long|wie lange?|combien de temps|cuanto tiempo|quanto tempo|cat timp|hoe lang"
                   r"|jak dlugo|jak dlug[ia]|ile czasu|kiek laiko|durat\w*|duree|duracao|duracion|dauer|duur|trukm\w*"
                   r"|(?:how many|wie viele|combien de|cuantos|cuantas|quantos|quantas|quanti|quante|ile|hoeveel|cate|kiek)"
                   r" (?:days|weeks|months|tage|wochen|monate|jours|semaines|mois|dias|semanas|meses|giorni|settimane|mesi"
                   r"|dni|tygodni|miesiecy|dagen|weken|maanden|zile|saptamani|luni|dienu|savaiciu|menesiu))\b")


def asks_time_length(question: str) -> bool:
    """Does the question ask a length of time, in any wording (``_LONG``)?"""
    return bool(_LONG.search(fold(question)))


# "Wie lang war der Hadrianswall?", «Hoe lang was de muur?»: a length in space as well (German
# «wie lange» and a verb for lasting are time alone).
_SPACE = re.compile(r"\bwie lang\b|\bhoe lang (?:is|was|zijn|waren)\b")
# … and a trip's length, by a word for the trip or for coming («Por quantos dias veio Lavrov?»):
# the visit's three days answer it (``any_told``).
_COMING = re.compile(r"\b(?:come|comes|came|coming|travel\w*|went|kam|kommt|gekommen|reist\w*|gereist|vien\w*|venu\w*"
                     r"|vino|vinieron|veio|vieram|venne|vennero|venit|calatorit|kwam|kwamen|gekomen|reisde\w*"
                     r"|przyjecha\w*|przyby\w*|atvyk\w*|atskrid\w*|keliav\w*)\b")


def asks_other_length(question: str) -> bool:
    """Does the question ask how long something lasted that is no meeting, stay or flight (those
    are told beside their own words: ``told``, ``any_told``)? "How long a truce…?" is; "How long
    was the wall?" may be a length in space (``_SPACE``), and a trip's is its own (``_COMING``)."""
    folded = fold(question)
    return (asks_time_length(question) and not _SPACE.search(folded) and not _TRIP.search(folded)
            and not _COMING.search(folded) and not asks_meeting_length(question)
            and not asks_stay_length(question) and not asks_flight_length(question))


def tells_duration(text: str, window: int = 10) -> bool:
    """Does ``text`` give a length of time (a figure or number word before a unit of hours, days
    or weeks: «van 30 dagen») with no word for a visit or a meeting within ``window`` words of it
    («uma visita de três dias», «un lung interviu de patru ore»)? (A truce agreed at talks, told
    beside them, is missed: a known limit.)"""
    tokens = _TOKEN.findall(fold(text))
    events = [i for i, t in enumerate(tokens) if _TRIP.fullmatch(t) or _MEETING.fullmatch(t)]
    return any(not any(abs(d - i) <= window for i in events) for d in _durations(tokens))


def asks_flight_length(question: str) -> bool:
    """Does the question ask how long a flight took?"""
    folded = fold(question)
    return bool(_how_long(folded) and FLIGHT.search(folded))


def asks_meeting_length(question: str) -> bool:
    """Does the question ask how long a meeting or a talk lasted?"""
    folded = fold(question)
    return bool(_timed(folded) and _MEETING.search(folded))


# Staying somewhere («Cât timp a stat…?», «Jak długo … przebywał…?», «viešnagės … trukmė»): a trip's length.
# (not a visit named beside a talk: «Hoe lang sprak Kim … tijdens zijn bezoek»; not «reste valable»)
_STAY = re.compile(
    r"\b(?:stay|stays|stayed|blieb\w*|geblieben|aufenthalt\w*|sejour\w*|sejourn\w*|quedo|quedaron|estancia\w*"
    r"|rimase|rimast[oi]|soggiorn\w*|ficou|ficaram|estadia\w*|a stat|au stat|sedere\w*|bleef|bleven|verblijf\w*"
    r"|przebywa\w*|pobyt\w*|viesnag\w*|praleid\w*"
    # … time spent somewhere («Quanto tempo Kim passou na fábrica?», "How long did Kim spend…?")
    r"|spent|spend|spends|verbracht\w*|passou|passaram|paso|pasaron|passe|passee|passerent|trascors\w*"
    r"|petrecut|petrecu\w*|doorbracht|doorgebracht|spedzil\w*|spedzi\w*)\b")
# A length asked by its noun, beside a word for the meeting or the stay it measures ("length of
# Lavrov's Wonsan meeting?", «Šoigu vizito trukmė?» is already a duration's noun): a wall's
# length has no such word next to it.
_LENGTH = re.compile(r"\b(?:length|lange|longueur|longitud|lunghezza|comprimento|lungime|lengte|dlugosc\w*|ilg\w*)\b")


def _timed(folded: str) -> bool:
    """How long, or the length of: the meeting and stay questions' own reading of ``_how_long``."""
    return _how_long(folded) or bool(_LENGTH.search(folded))


def asks_stay_length(question: str) -> bool:
    """Does the question ask how long someone stayed or visited somewhere (not a meeting)?"""
    folded = fold(question)
    return bool(_timed(folded) and (_STAY.search(folded) or _TRIP.search(folded)) and not _MEETING.search(folded))


# A stay told in longer units or as a span of days: "for three months", "two nights", "from 12 to
# 14 June" (not "until": Polish «do», to, and Lithuanian «iki» are everywhere).
_LONGER = re.compile(r"\b(\d+|[a-z]+)\s+(?:months?|monate?n?|mois|mes(?:es)?|mesi|luni|maanden|miesi\w*|menes\w*"
                     r"|years?|jahre?n?|ans|anos|anni|ani|jaar|lat|metus|metai|nights?|nachte?|nuits?|noches|notti"
                     r"|noites|nopti|nachten|nocy|naktis|nakt\w*)\b"
                     r"|\b\d{1,2}\s*(?:-|–|to|bis|au|al|a|ate|pana la|tot|do|iki)\s*\d{1,2}\b")


def any_told(texts: Iterable[str]) -> bool:
    """Does one of ``texts`` hold a stay's length («o vizită de trei zile», "a two-week stay", "for
    three months", "from 12 to 14 June")?"""
    def longer(text: str) -> bool:  # a span (no group), or a figure before the unit: not «praėjusį mėnesį»
        return any((w := m.group(1)) is None or w.isdigit() or number_word(w) or w in _ONE
                   for m in _LONGER.finditer(text))
    return any(_durations(_TOKEN.findall(fold(t))) or longer(fold(t)) for t in texts)


def _durations(tokens: list[str]) -> list[int]:
    """Positions of the time units that follow a figure or a number word («patru ore», "3
    days", "an hour", «zweieinhalb Stunden»; a unit run into its figure word: «zweistündiges»)."""
    out = []
    for i, tok in enumerate(tokens):
        before = tokens[max(0, i - 2): i]
        if before == ["a", "doua"]:
            continue  # «a doua zi»: the next day, not two days
        if _COMPOUND.fullmatch(tok) or _UNIT.fullmatch(tok) and any(
                t.isdigit() or number_word(t) or t in _ONE or t.endswith("einhalb") for t in before):
            out.append(i)
    return out


def told(texts: Iterable[str], window: int = 10, event: re.Pattern = _MEETING) -> bool:
    """Does one of ``texts`` hold a duration whose nearest word for an event, within
    ``window`` words, is the ``event``'s (by default a meeting's: "The meeting … lasted more
    than two hours"; a flight's, ``FLIGHT``), not one for the trip around it?"""
    for text in texts:
        tokens = _TOKEN.findall(fold(text))
        events = [(i, asked) for i, t in enumerate(tokens)
                  if (asked := bool(event.fullmatch(t))) or _TRIP.fullmatch(t)]
        for d in _durations(tokens):
            near = [(abs(d - i), asked) for i, asked in events if abs(d - i) <= window]
            # the nearest first, a trip's before a meeting's at the same distance
            if near and min(near)[1]:
                return True
    return False


# A rate: so many a day, a week, a month or a year, in the ten languages (folded). "How many
# shells do Russian factories make a year?" is no question about a total: «9 milioane de
# proiectile» sent in 2024 does not answer it, «37 millones de pasajeros al año» does. Asked
# strictly (not "a year ago", "a year into", «am Tag des…», «im Jahr 2024», «al día siguiente»,
# «até ao dia 13», «na rok 2025», "the annual summit", the Daily NK), said generously (an
# adjective says it too: «die jährliche Produktion», «producția anuală»).
_PERIOD = r"(?:day|year|month|week)"
_RATE = (
    rf"per (?:{_PERIOD}|annum|dag|jaar|maand|week|diena|metus|menesi|savaite|para)"
    rf"|(?:a|each|every) {_PERIOD}(?! ago| later| earlier| before| after| into| and|-)|daily|annually|yearly|monthly|weekly"
    r"|pro (?:tag|jahr|monat|woche)|(?:jeden|jedes) (?:tag|jahr|monat)|taglich|jahrlich|monatlich|wochentlich"
    r"|par (?:jour|an|annee|mois|semaine)|chaque (?:jour|annee|mois|semaine)|tous les (?:jours|ans|mois)"
    r"|quotidiennement|annuellement|mensuellement"
    r"|por (?:dia|ano|mes|semana)|(?:al|ao) (?:dia|ano|mes)(?! (?:siguiente|anterior|seguinte|\d))"
    r"|cada (?:dia|ano|mes|semana)|todos (?:los|os) (?:dias|anos|meses)|diariamente|anualmente|mensualmente|mensalmente"
    r"|al (?:giorno|anno|mese)|all'anno|ogni (?:giorno|anno|mese|settimana)|giornalmente|annualmente|mensilmente"
    r"|dziennie|codziennie|rocznie|miesiecznie|tygodniowo|(?:kazdego|co) (?:dnia|roku|miesiaca|tygodnia)"
    r"|dagelijks|jaarlijks|maandelijks|wekelijks|(?:elk|elke|ieder|iedere) (?:dag|jaar|maand|week)"
    r"|zilnic|anual|saptamanal|pe (?:zi|an|luna|saptamana)|in fiecare (?:zi|an|luna|saptamana)"
    r"|kasdien|kasmet|kas (?:diena|metus|menesi|savaite)")
_ASKS_RATE = re.compile(rf"\b(?:{_RATE})\b")
_SAYS_RATE = re.compile(  # (the asking words and an adjective: «die jährliche Produktion»)
    rf"\b(?:{_RATE}|annual\w*|annuel\w*|anual\w*|annu[ao]|annuale|annuali|jahrlich\w*"
    r"|taglich\w*|monatlich\w*|jaarlijks\w*|dagelijks\w*|maandelijks\w*|zilnic\w*|lunar\w*|mensal\w*"
    r"|mensual\w*|mensil\w*|rocz\w*|miesieczn\w*|dzienn\w*|kasmetin\w*|quotidien\w*|diari\w*|giornalier\w*"
    r"|am tag|im jahr|(?:al|ao) (?:dia|ano|mes)|na (?:dzien|rok|miesiac))\b")


def asks_rate(question: str) -> bool:
    """Does a how-many question ask for so many a day, week, month or year (``_ASKS_RATE``)?"""
    question = re.sub(r"\bDaily\s+[A-Z]\w*", " ", question)  # a newspaper's name: the Daily NK
    return bool(_ASKS_RATE.search(fold(question).replace("’", "'")))


def rate_told(texts: Iterable[str]) -> bool:
    """Does any of ``texts`` give a figure as a rate (``_SAYS_RATE``)?"""
    return any(_SAYS_RATE.search(fold(t).replace("’", "'")) for t in texts)
