"""Where: the city, town, region, port, venue or signing place a question asks for, and the
sentences that name one.

"In which town did the minister meet Kim?", «Lieu de la rencontre ?», "Which port did the ships
leave from?": e5 reads every sentence about the meeting alike; the one that answers names a
place after a preposition or a word for a settlement («Em Wonsan», «din Kursk», «tankstad
Charkiw»), a word for a port, or a known city. ``qa.answer.sought`` ranks such sentences
higher; ``qa.answer.abstain`` declines a question none of the best sentences answers so.
"""
from __future__ import annotations

import re

from . import dates, names, values
from .facts import fold

# Words for a type or model ("Which type of missile…?"; also read by ``sought``; not "what kind
# of": «Ce fel de drone…?» wants "AI-controlled"), and the which-words of the ten languages
# (not "why": «por qué», «de ce»; nor «est-ce que»).
TYPE_WORD = (r"type|types|typ|typu|typen|tipo|tipos|tipul|tipului|tipas|tipą|model\w*|modell\w*"
             r"|mod[eè]le\w*|variant\w*|kalib\w*|calib\w*")
WHICH = (r"which|what|welche\w*|welk\w*|quel\w*|(?<!por )(?<!ce )qu[eé]|qual\w*|quale|quali|che|care|(?<!de )(?<!est-)ce|jaki\w*"
         r"|kt[oó]r\w*|kok[iį]\w*|kur[iį]\w*|kokio|kokius")
# A where-question's where-word opens the question (one word may stand before it): not "Who
# shared the photo of the meeting where Putin met Kim?" (``sought`` reads its posted photos).
WHERE = r"^\W*(?:\w+\W+)?(?:where|wo|où|d[oó]nde|onde|dove|unde|waar|gdzie|kur)\b"
_ASKS_WHERE = re.compile(rf"(?i){WHERE}")


# "In which town did the minister meet Kim?", «In quale regione di confine…?», «Que cidade
# ucraniana…?»: the question asks for a settlement or region, which a report names after a
# preposition or the word for it («Em Wonsan», «din Kursk», «tankstad Charkiw»).
_SETTLEMENT = (r"city|cities|town|village|region|province|oblast|zone|stadt|ort|dorf|ville|villes|r[ée]gion"
               r"|ciudad|localidad|localit\w*|citt[aà]|regione|zona|cidade|regi[aã]o|ora[sș]\w*|regiun\w*|stad"
               r"|regio|miast\w*|mie[sś]c\w*|miejscowo\w*|regionie|obwod\w*|mieste|miest\w*|region\w*|srit\w*")
_ASKS_SETTLEMENT = re.compile(  # (not "What type of city has Warsaw been?")
    rf"(?i)\b(?:{WHICH}|welcher|welchem|kuriame|kurioje|kokiame|kokioje)\s+"
    rf"(?:(?!(?:{TYPE_WORD}|kind|sort|art|fel|soort|rodzaj\w*|genre)\b)\w+\s+){{0,2}}(?:{_SETTLEMENT})\b")
_CITY = (r"city|cities|towns?|villages?|st[aä]dte?n?|ort|orte|dorf|d[oö]rfer|ville|villes|ciudad|ciudades|localidad\w*"
         r"|localit\w*|citt[aà]|cidades?|ora[sș]\w*|stad|steden|miast\w*|mie[sś]c\w*|miejscowo\w*|mieste|miest\w*")
_ASKS_CITY = re.compile(
    rf"(?i)\b(?:{WHICH}|welcher|welchem|kuriame|kurioje|kokiame|kokioje)\s+"
    rf"(?:(?!(?:{TYPE_WORD}|kind|sort|art|fel|soort|rodzaj\w*|genre)\b)\w+\s+){{0,2}}(?:{_CITY})\b")
_AT_PLACE = re.compile(
    r"(?i:\b(?:in|în|din|la|em|en|à|w|we|van|uit|bei|at|near|nel|nella|no|na|do|da|iš|ties|lângă|perto de|cerca de|vicino a)"
    rf"|\b\w*(?:stadt|stad|dorf)|\b(?:{_SETTLEMENT}))\s+(?:(?i:of|de|di|din|van|del|do|da)\s+)?([^\W\d_][\w-]+)")


# A chat question asking for a place by a noun for one: "Lavrov–Kim meeting venue?", «Lieu de la
# rencontre ?», «Ort des Treffens?», «Luogo dell'incontro?», «Local do encontro?», «Locul
# întâlnirii?», «Plaats van de ontmoeting?», «Miejsce spotkania?», «Susitikimo vieta?».
_ASKS_VENUE = re.compile(
    r"(?i)^\W*(?:venue|location|place|ort|lieu|lugar|luogo|local|locul|plaats|miejsce)\b(?:\s+(?:of|des|der|de|du|del\w*|dell\w*|do|da|van|spotkania|\w+ii)\b)"
    r"|\b(?:venue|location|vieta)\W*$")


# (Not a place in a ranking: «Plaats van Rusland op de ranglijst?»; nor when or how many at a venue.)
_RANK = re.compile(r"(?i)\b(?:rank\w*|ranglijst\w*|rangliste\w*|classement\w*|clasament\w*|classifica\w*|clasificaci\w*"
                   r"|classifica[cç][aã]o|ranking\w*|index|indeks\w*|indice|[ií]ndice|reiting\w*)\b")


def asks_settlement(question: str) -> bool:
    """Does the question ask in which city, town or region, or (a chat's words) for the place?"""
    return bool(_ASKS_SETTLEMENT.search(question) or _ASKS_VENUE.search(question)
                and values.answer_type(question) is None and not _RANK.search(question))


# "Which port do the ships leave from?", «Din ce porturi…?», «Z którego portu…?»: a port asked
# for is named by a word for one (a port's name, "Port Phillip", is no question for one).
# (Not an airport, «Flughafen»; nor "port city", which asks for a city.)
_PORT = (r"port|ports|harbou?rs?|(?![Ff]lug)\w*h[aä]fen|haven|havens|havenstad\w*|puertos?|portos?|porti"
         r"|portul\w*|porturi\w*|portu|portach|port[oó]w|porcie|uost\w*|liman\w*|λιμ[εά]ν\w*|порт(?:а|у|е|ом|ы|ов|ах)?")
_ASKS_PORT = re.compile(rf"\b(?i:{WHICH}|welcher|welchem|welchen)\s+(?:\w+\s+){{0,2}}(?:{_PORT}|(?!Flug)\w*H[aä]fen)\b"
                        r"(?!\s+(?:city|cities|town|stadt|ville|ciudad|citt[aà]|cidade|ora[sș]|miast\w*|miest\w*))")
_PORT_SAID = re.compile(rf"(?i)\b(?:{_PORT})\b")


def asks_port(question: str) -> bool:
    """Does the question ask which port?"""
    return bool(_ASKS_PORT.search(question))


def names_port(text: str) -> bool:
    """Does the sentence have a word for a port («portul», "harbour", «uoste»)?"""
    return bool(_PORT_SAID.search(text))


# Signing as a verb («au semnat», «hebben getekend», "signed"), folded: not the agreements a
# sentence names («de reeds gemaakte overeenkomsten»), which tell no signing's place.
_SIGNED = re.compile(r"\b(?:sign(?:ed|s|ing)?|unterzeichn\w*|unterschr\w*|signier\w*|signe\w*|signa|signatur\w*"
                     r"|firm(?:o|aron|ado|ada|ato|ata|arono|ou|aram)|sigl(?:ato|ata|arono|o)|assin(?:ou|aram|ado|ada|atura\w*)"
                     r"|semn(?:at|ata|ate|area|ar\w*|atur\w*|ez\w*|eaz\w*)|getekend|tekende|tekenden|ondertek\w*"
                     r"|podpis\w*|pasiras\w*)\b")


def tells_signing_place(text: str, question: str, language: str | None = None) -> bool:
    """Does the sentence tell a signing and name a place the question does not, after a
    preposition («Em Wonsan») or anywhere as a known city ("during Putin's visit to Pyongyang";
    a country's adjective, «Russische», is none)?"""
    return bool(_SIGNED.search(fold(text).lower())) and (names_settlement(text, question, language)
                                                         or _names_new_place(text, question, names.place))


def _names_new_place(text: str, question: str, known) -> bool:
    """Does ``text`` name, anywhere, a capitalised word that ``known`` takes for a place and that
    is no country and no name of the question?"""
    return any(w[:1].isupper() and known(w) and not names.country(w) and not names.spelled_in(w, question)
               for w in names.words(text))


def asks_city(question: str) -> bool:
    """Does the question ask in which city or town (not region), by its opening words ("In which
    city…?", «¿Qué ciudad…?»), not in a relative clause («el ataque que golpeó la ciudad de…»)?"""
    m = _ASKS_CITY.search(question)
    return bool(m) and len(re.findall(r"\w+", question[: m.start()])) <= 1


def names_city(text: str, question: str, language: str | None = None) -> bool:
    """Does the sentence name a settlement the question does not (``names_settlement``), or a
    city known by name without a preposition ("Riyadh hosted the talks")?"""
    return names_settlement(text, question, language) or _names_new_place(
        text, question, lambda w: names.key(w).startswith("@") or names.place(w))


def asks_place(question: str) -> bool:
    """Does the question ask in which city, town or region, or open with where (as its first or
    second word: not "When and where…?")?"""
    return bool(_ASKS_SETTLEMENT.search(question) or _ASKS_WHERE.search(question))  # (its where)


def names_settlement(text: str, question: str, language: str | None = None) -> bool:
    """Does the sentence name, after a preposition or a word for a settlement, a place the
    question does not name and that is no country («… Kim Jong Un Em Wonsan, no sábado»)? In
    Dutch, «en» is "and". (German capitalises its nouns: «in Kraft» reads as a place too, in
    every German sentence alike.)"""
    for m in _AT_PLACE.finditer(text):
        word = m.group(1)
        if not word[0].isupper() or (language == "nl" and m.group(0)[:2].lower() == "en"):
            continue
        if word.isupper() and len(word) <= 5:  # an acronym, no place: «… 11 estados membros da ONU»
            continue
        if names.spelled_in(word, question) or names.country(word) or dates.tokens(word):
            continue
        return True
    return False


# Prepositions that place something in a city or aim it at one, in the ten languages …
_AT = ("against|on|at|in|over|auf|gegen|über|contre|sur|à|contra|en|sobre|em|su|contro|op|tegen|boven|na|w|we"
       "|nad|przeciw(?:ko)?|asupra|în|împotriva|la|prieš|į|virš")
# … or words that name it as a city: «atacó Rusia la ciudad de Járkov», "the city of Kharkiv", «miasto Charków».
_NAMED_CITY = (r"(?:city|town|ciudad|cidade|citt[aà]|ville|stadt|stad|ora[sș]ul(?:ui)?|ora[sș]|miast(?:o|a|em)"
               r"|mie[sś]cie|miest(?:as|o|e|ą|a))(?:\s+(?:of|de|del|di|do|da|van|von))?")


def placed_in(name: str, question: str) -> bool:
    """Does the question place something in ``name`` or aim it at it («contra Járkov», «auf
    Kiew»), or name it as a city («la ciudad de Járkov»), rather than name a government by it
    («l'intelligence di Kiev»)?"""
    return bool(re.search(rf"\b(?:{_AT}|{_NAMED_CITY})\s+{re.escape(name)}\b", question, re.IGNORECASE))



# "Which countries wrote the UN report?", «Welke VN-lidstaten…?», «Care sunt cele 11 state membre…?»
# (folded): countries asked by name, which a sentence counting them («un raport al 11 state
# membre ale ONU») does not give.
# (Not a country's own name: "United States", «Estados Unidos», «Verenigde Staten»; nor Italian
# «sono state/stati», "have been".)
_COUNTRIES_ASKED = re.compile(
    r"\b(?:which|what|welche\w*|welke|quels|quelles|quali|quais|cuales|que|care|kurios|kurie|ktore|jakie)"
    r"\s+(?!(?:did|do|does)\b)(?:[\w-]+\s+){0,3}?(?:\w+-)?(?<!united )(?<!verenigde )(?<!vereinigte )"
    r"(?<!sono )(?<!siano )(?<!erano )(?<!furono )(?:countries|states|nations|lander|staaten|landen|lidstaten|staten"
    r"|pays|etats|paesi|stati|paises|estados(?! unidos)|tari|tarile|state|statele|valstybes|nariu|panstwa|kraje)\b")
# The United States and Kingdom by their names and initials, which ``names.country`` reads word by word.
_US = re.compile(r"\b(?:United States|US|USA|U\.S\.|Estados Unidos|EE\. ?UU\.|États-Unis|Etats-Unis|Vereinigte[nr]? Staaten"
                 r"|Verenigde Staten|Stati Uniti|Stany Zjednoczone|SUA|JAV)\b")
_UK = re.compile(r"\b(?:United Kingdom|UK|Reino Unido|Royaume-Uni|Vereinigte[ns]? Königreich|Verenigd Koninkrijk"
                 r"|Regno Unito|Regatul Unit|Wielka Brytania|Jungtinė Karalystė)\b")


def union_names(text: str) -> frozenset[str]:
    """The words of ``text``'s names for the United States and Kingdom («Verenigde Staten»)."""
    return frozenset(w for pattern in (_US, _UK) for m in pattern.finditer(text) for w in names.words(m.group(0)))


def asks_countries(question: str) -> bool:
    """Does the question ask which countries (more than one, by name)?"""
    return bool(_COUNTRIES_ASKED.search(fold(question).lower()))


def names_countries(text: str, question: str, topic: frozenset[str] = frozenset()) -> bool:
    """Does the sentence name two countries or more by a country's name (not a capital's) that
    the question does not name (by theirs or a city's), nor the ``topic`` (``countries_in``)?"""
    asked = {names.country(w) or names.CITY_COUNTRY.get(names.place(w) or "") for w in names.words(question)}
    named = countries_in(text) | {key for key, pattern in (("us", _US), ("uk", _UK))
                                  if pattern.search(text) and not pattern.search(question)}
    return len(named - asked - topic) >= 2


def countries_in(text: str) -> set[str]:
    """The countries ``text`` names by a country's name (``names.country``)."""
    return {c for w in names.words(text) if (w[:1].isupper() or len(w) >= 4) and (c := names.country(w))}


# The four points as ``names.key`` reads them: half of a country's name (South Korea), not a name.
FOUR_POINTS = frozenset({"north", "south", "west", "east"})
# A part of a country asked by its compass point («Que cidade do nordeste da Ucrânia…?»): the
# sentence that answers names it so («de noordoostelijke tankstad Charkiw»). Folded, ten
# languages; only the points between the four: "north" alone is North Korea's here.
_COMPASS = {point: re.compile(rf"\b(?:{words})") for point, words in {
    "ne": r"north[- ]?east|nordost|nord-?est|noreste|nordeste|nord-?orient|nororient|noordoost|polnocno-wschod"
          r"|polnocn\w* wschod|siaures ryt",
    "nw": r"north[- ]?west|nordwest|nord-?ouest|nord-?ovest|nord-?vest|noroeste|nord-?occident|noroccident|noordwest"
          r"|polnocno-zachod|polnocn\w* zachod|siaures vakar",
    "se": r"south[- ]?east|sudost|sud-?est|sureste|sudeste|sud-?orient|surorient|zuidoost|poludniowo-wschod"
          r"|poludniow\w* wschod|pietu ryt|pietryc",
    "sw": r"south[- ]?west|sudwest|sud-?ouest|sud-?ovest|sud-?vest|suroeste|sudoeste|sud-?occident|suroccident|zuidwest"
          r"|poludniowo-zachod|poludniow\w* zachod|pietu vakar|pietvakar",
}.items()}


def compass_points(text: str) -> set[str]:
    """The points between the four that ``text`` names: "ne" for «nord-estul», «šiaurės rytų»."""
    folded = fold(text)
    return {point for point, rx in _COMPASS.items() if rx.search(folded)}


def no_points(text: str) -> str:
    """``text`` folded, its compass points' words left out."""
    folded = fold(text)
    for rx in _COMPASS.values():
        folded = re.sub(rx.pattern + r"[\w-]*\s*", "", folded)
    return folded
