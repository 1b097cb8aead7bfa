"""What a question asks for: a figure, a time, a name, and what a how-many question counts.

Read from the interrogative alone, in the languages the page frames, so that the answer step can
prefer a sentence with the kind of value asked for and decline one that holds none.
"""
from __future__ import annotations

import re

from . import dates, names
from .facts import STOP, WORD, fold


# What kind of answer the question wants, from its interrogative, in the languages we frame.
_WANTS_NUMBER = re.compile(
    r"\b(how (many|much|old|long|far|large|big|tall)|what (percentage|proportion|number)|"
    r"wie (viele?|alt|lange?|groß|hoch)|wieviele?|combien(?: d[e'’])?|cu[aá]nt[oa]s?|quant[ieao]s?|"
    r"c[aâ]t[ie]?|câți|câte|kiek\w*|hoeveel|hoe (oud|lang|groot)|ile|ilu|ilość|jak długo)\b",
    re.IGNORECASE,
)
_WANTS_TIME = re.compile(
    r"\b(when|what (years?|dates?|century|days?|months?)|which (years?|dates?|century|days?|months?)|"
    # "What are the dates of…", «Quelles sont les dates…», «Care sunt datele…»
    r"what are the dates|quel(le)?s sont les dates|cu[aá]les son las fechas|quali sono le date|"
    r"quais s[aã]o as datas|care sunt datele|jakie s[aą] daty|"
    r"in what (year|century|month)|on what (dates?|days?)|"
    r"wann|an welche[mn]? (tag(en)?|daten)|welche[mn]? (jahr|datum|monat|tag(en)?)|in welchem (jahr|monat)|"
    r"quand|quel(le)?s? (année|jours?|mois|dates?)|en quelle année|"
    r"cu[aá]ndo|qu[eé] (año|días?|mes|fechas?)|en qu[eé] (año|mes)|"
    r"quando|que (ano|dias?|mês|datas?)|em que (ano|mês|dia)|in quale (anno|mese)|quali (giorni|date)|quale (anno|data)|"
    r"c[aâ]nd|ce (an|zile|lun[aă]|dat[aă])|în ce (an|lun[aă])|"
    r"kada|kuriais metais|kuri\w*\s+(\w+\s+)?(dien\w*|mėnes\w*|metų|dat\w*)|"
    r"wanneer|welk(e)? (jaar|dag(en)?|maand|datum)|op welke data|in welk jaar|"
    r"kiedy|w którym (roku|miesiącu)|których dniach|jakiego dnia|jakie (daty|dni)|w jakich dniach|w jakim terminie)\b",
    re.IGNORECASE,
)


# Questions whose answer is a name: a place, a person, one of several things.
_WANTS_NAME = re.compile(
    r"\b(where|who|whom|which|wo|wer|welche[rsmn]?|unde|cine|kur|kas|kuris|kuri|onde|quem|"
    r"qual|quais|waar|welke|o[uù]|qui|quel(le)?s?|d[oó]nde|qui[eé]n|cu[aá]l)\b",
    re.IGNORECASE,
)


_AUX = STOP | {fold(w) for w in {
    "has", "have", "had", "will", "would", "can", "could", "hat", "haben", "sind", "wurden", "wird",
    "ont", "a", "au", "été", "ha", "han", "fue", "fueron", "foi", "foram", "tem", "têm",
    "fost", "buvo", "yra", "zijn", "hebben", "heeft", "werden", "zostało", "jest",
    "según", "segundo", "selon", "laut", "potrivit", "pagal", "volgens", "według",
    "ist", "est", "es", "este",  # not "è"/"é": folded, they are "e", Italian and Portuguese "and"
    # the other tenses and moods that end what is counted ("proiettili d'artiglieria avrebbe
    # fornito" counts shells; "avrebbe" was counted with them)
    "is", "are", "was", "were", "did", "does", "do", "should", "might", "may", "must",
    "hätte", "hätten", "hatte", "hatten", "waren", "soll", "sollen", "sollte", "sollten", "kann", "können",
    "aurait", "auraient", "avait", "avaient", "sont", "étaient", "était", "sera", "seront", "va", "vont",
    "habría", "habrían", "había", "habían", "son", "eran", "era", "será", "serán", "van", "hay",
    "hanno", "avrebbe", "avrebbero", "aveva", "avevano", "sono", "erano", "furono", "sarebbe", "sarebbero", "sarà",
    "teria", "teriam", "tinha", "tinham", "são", "eram", "será", "serão", "vai", "vão", "há",
    "ar", "sunt", "erau", "vor", "avea", "aveau",
    "zou", "zouden", "was", "waren", "had", "hadden", "zal", "zullen", "wordt",
    "były", "było", "był", "została", "zostały", "są", "będzie", "mają", "ma", "miał", "mieli",
    "būtų", "turi", "turėjo",
}}  # folded, as looked up
# Prepositions and articles: a name after one is part of what is counted ("soldiers from Korea").
_LINKS = {fold(w) for w in {
    "of", "from", "in", "de", "du", "des", "d", "en", "au", "aux", "la", "le", "les", "l", "del", "el",
    "los", "las", "al", "di", "della", "dello", "dei", "degli", "delle", "da", "dal", "dalla", "dallo",
    "dai", "dagli", "dalle", "nel", "nella", "nello", "nei", "negli", "nelle", "alla", "allo", "ai",
    "agli", "alle", "su", "sul", "sulla", "con", "per", "tra", "fra", "do", "dos", "das", "em", "no",
    "na", "nos", "nas", "ao", "aos", "pela", "pelo", "para", "com", "din", "în", "pe", "cu", "pentru",
    "ale", "lui", "z", "ze", "w", "we", "od", "dla", "przez", "iš", "į", "nuo", "pas", "a",
}}
# Words that only say "the number of": what follows is what is counted.
_COUNT_NOUNS = {"zahl", "anzahl", "number", "nombre", "numero", "numarul", "aantal", "liczba", "skaicius"}  # folded


def focus(question: str) -> str:
    """What a how-many question counts: the words after its interrogative ("misiles balísticos"
    in "¿Cuántos misiles balísticos mandó…?"), up to the first auxiliary or three words; a
    copula, an article or "the number of" before them is passed over ("Wie hoch ist die Zahl der
    Drohnen" counts "Drohnen")."""
    m = _WANTS_NUMBER.search(question)
    if not m:
        return ""
    if not WORD.search(question[m.end():]):
        # A chat puts it last, after a dash, comma or colon: «Tancuri nord-coreene trimise Rusiei
        # – câte?», "Drones launched, how many?": what it counts opens the question ("North Korea
        # sent how many?" is counted by the whole question).
        before = question[: m.start()]
        return " ".join(WORD.findall(before)[:3]) if re.search(r"[-–—,:]\s*$", before) else ""
    asked = fold(m.group())
    german = asked.startswith("wie")
    # English and Dutch put (capitalised) names before the noun: "how many additional North
    # Korean troops", «hoeveel nieuwe Russische drones».
    before_noun = asked.startswith(("how", "hoe"))
    words: list[str] = []
    for w in WORD.findall(question[m.end():]):
        key = fold(w)
        if not words and (key in _AUX or key in _COUNT_NOUNS):
            continue  # "Wie hoch ist die Zahl der Drohnen …" counts drones
        if key in _AUX or len(words) == 3:
            break
        if german and w[:1].islower() and any(x[:1].isupper() for x in words):
            break  # German nouns are capitalised: "Drohnen startete Russland" counts drones
        if (not (german or before_noun) and words and _names_someone(w)
                and words[-1][:1].islower() and fold(words[-1]) not in _LINKS):
            # A name right after the counted words is who sends or counts them («Ile żołnierzy
            # Korea Północna wysłała»); after a preposition it is part of them ("soldiers from
            # Korea"), and an acronym or a type names what they are («systemów HIMARS», «F-16»).
            break
        words.append(w)
    return " ".join(words)


def _names_someone(word: str) -> bool:
    """A capitalised word, not an acronym and not a type with a figure ("NATO", "F-16")."""
    return word[:1].isupper() and not word.isupper() and not any(c.isdigit() for c in word)


def wants_new_fact(question: str) -> bool:
    """Does the question ask for a figure or a name (where, who, which, when, how many…)?"""
    return expected_answer(question) is not None or bool(_WANTS_NAME.search(question))


def expected_answer(question: str) -> str | None:
    """"number" or "time" when the question asks for one (both need a figure), else None. A
    bare "when" after another question word joins a clause and asks nothing ("What deals did
    they sign when they met?", "Which pope was in office when the plague came?")."""
    if _WANTS_NUMBER.search(question):
        return "number"
    if m := _WANTS_TIME.search(question):
        before = question[:m.start()]
        joins = (_CONJUNCTION.fullmatch(m.group()) and not _AND.search(before)
                 and (_WANTS_NAME.search(before) or _ASKS_WHAT.search(before)))
        if not joins:  # ("Who met Kim, and when?" asks when)
            return "time"
    return None


# "When" words that also join a clause, and question words that ask what (beside ``_WANTS_NAME``).
_CONJUNCTION = re.compile(r"when|wann|quand|cu[aá]ndo|quando|c[aâ]nd|wanneer|kiedy|kada", re.IGNORECASE)
_AND = re.compile(r"\b(?:and|und|et|y|e|și|si|en|i|ir)\W*$", re.IGNORECASE)
_ASKS_WHAT = re.compile(r"\b(?:what|was|que|qu[eé]|quoi|che|cosa|o que|ce|wat|co|jaki\w*|ką|koki\w*)\b", re.IGNORECASE)


# "On which platform / network / messenger did the ministry post the photo?" (ten languages),
# and the platforms a report names: a sentence naming one answers such a question.
_ASKS_PLATFORM = re.compile(
    r"(?i)\b(?:platform\w*|plattform\w*|plateforme\w*|plataforma\w*|piattaforma\w*|platforma\w*|platformo\w*"
    r"|messenger\w*|messagerie\w*|messaggistica|mensajer\w*|social (?:network|media)|soziale\w* (?:netzwerk|medi)\w*"
    r"|r[ée]seau\w* sociau?x?|red(?:es)? social\w*|rede\w* socia\w*|social\w* media|re[tț]e\w* de socializare"
    r"|re[tț]ea\w*|kana[lł]\w*|canal\w*|channel\w*|kanaal\w*|kanalas|kanale)\b")
_PLATFORM = re.compile(r"\b(?:Telegram|WhatsApp|Twitter|Facebook|Instagram|YouTube|TikTok|VKontakte|VK|Weibo|WeChat"
                       r"|Viber|Bluesky|Truth Social|Snapchat|LinkedIn|Reddit|Rutube)\b")  # (not Signal, Threads: words too)


def asks_platform(question: str) -> bool:
    """Does the question ask on which platform, network or channel something was posted?"""
    return bool(_ASKS_PLATFORM.search(question))


def names_platform(text: str) -> bool:
    """Does the sentence name a platform («… uma foto da reunião do Telegram»)?"""
    return bool(_PLATFORM.search(text))


def platform_beyond(question: str):
    """For ``qa.retrieval.search``: the retrieved articles' sentences past the nearest that
    name a platform, for a question asking on which one (None otherwise): «O Ministério… compartilhou
    uma foto da reunião do Telegram…» reads less like "On which network did the ministry post
    the photo?" than the sentences about the meeting."""
    if not asks_platform(question):
        return None

    def pick(best: list, rest: list) -> list:
        return [s for s in rest if names_platform(s.text)]
    return pick


# "Which type of ballistic missile…?", «Kokio naikintuvo kabinoje…?» (which fighter): the
# question asks for a model, which a report names by a designation of letters and
# digits ("KN-23", "Su-57", "Hwasong-11A") or a calibre ("170 mm").
_TYPE_WORD = (r"type|types|typ|typu|typen|tipo|tipos|tipul|tipului|tipas|tipą|model\w*|modell\w*"
              r"|mod[eè]le\w*|variant\w*|kalib\w*|calib\w*")  # not "what kind of": «Ce fel de drone…?» wants "AI-controlled"
_WEAPON = (r"\w*missile\w*|\w*missil\w*|misil\w*|m[ií]ssil\w*|m[ií]sseis|\w*rocket\w*|\w*raket\w*|\w*rakiet\w*|rachet\w*|pocisk\w*"
           r"|drone\w*|dron\w*|fighter\w*|jets?|aircraft|plane|airplanes?|avion\w*|avi[aã]o|avi[oõ]es|aere[oi]"
           r"|flugzeug(?:e|en|s)?|kampfjet\w*|vliegtuig(?:en)?|samolot\w*|myśliw\w*|lėktuv\w*|naikintuv\w*|ca[çc]a\w*"
           r"|tank|tanks|panzer\w*|czołg\w*|tanc\w*|tanque\w*|carro armato|char\w* d'assaut")
# (not "why": «por qué», «de ce»; nor «est-ce que»)
_WHICH = (r"which|what|welche\w*|welk\w*|quel\w*|(?<!por )(?<!ce )qu[eé]|qual\w*|quale|quali|che|care|(?<!de )(?<!est-)ce|jaki\w*"
          r"|któr\w*|koki\w*|kuri\w*|kokio|kokius")
_ASKS_MODEL = re.compile(rf"(?i)\b(?:{_TYPE_WORD})\b(?:\W+\w+){{0,3}}?\W+(?:{_WEAPON})\b"
                         rf"|\b(?:{_WEAPON})\W+(?:\w+\W+){{0,1}}(?:{_TYPE_WORD})\b"
                         rf"|\b(?:{_WHICH})\s+(?:\w+\s+){{0,2}}(?:{_WEAPON})\b|\b(?:kalib|calib)\w*")
_MODEL = re.compile(r"\b[A-Z][A-Za-zł]{0,9}-\d{1,4}(?:[A-Za-z]{1,2}\d?)?\b")  # KN-23, Hwasong-11A, Tu-22M3, Ił-76
_CALIBRE = re.compile(r"\b\d{2,3}[\s-]?mm\b")
_ASKS_CALIBRE = re.compile(r"(?i)\b(?:kalib|calib)\w*")


# "What kind of drones…?" asks what they are like («ai-gecontroleerde»), not their model.
_KIND_OF = re.compile(r"(?i)\b(?:(?:fel|kind|sort|art|genre|clase|classe|specie|esp[eé]cie)\s+(?:of|de|von|di|d')|soort|rodzaj\w*|rūš\w*)\b")
# "Which aircraft factory did Kim visit?" asks for a factory, not a model.
_FACTORY = re.compile(r"(?i)fabri\w*|factor\w*|gamykl\w*|usine\w*|uzin\w*|\bplant\b|werk(?:e|en|s)?\b|werft\w*"
                      r"|f[aá]bric\w*|fabbric\w*|fabryk\w*|zakład(?!ni)\w*|stabiliment\w*")


def asks_model(question: str) -> bool:
    """Does the question ask which type, model or calibre of a weapon or machine (not which
    factory makes it)?"""
    return bool(_ASKS_MODEL.search(question)) and not _FACTORY.search(question) and not _KIND_OF.search(question)


def names_model(text: str, question: str = "") -> bool:
    """Does the sentence name a model by its designation («rachetelor balistice Hwasong-11A, sau
    KN-23»), or the calibre ("170 mm") a question asking for one wants (a missile is no gun)?"""
    return bool(_MODEL.search(text) or (_ASKS_CALIBRE.search(question) and _CALIBRE.search(text)))


def model_beyond(question: str):
    """For ``qa.retrieval.search``: of the retrieved articles' sentences among the store's
    nearer ones past the best, those naming a model, for a question asking which model (None
    otherwise). «Transferul rachetelor balistice Hwasong-11A, sau KN-23…» reads less like "Which
    model of ballistic missile…?" than the sentences counting missiles."""
    if not asks_model(question):
        return None

    def pick(best: list, rest: list) -> list:
        return [s for s in rest if names_model(s.text, question)]
    return pick


# "In which town did the minister meet Kim?", «In quale regione di confine…?», «Que cidade
# ucraniana…?»: the question asks for a settlement or region, which a report names after a
# preposition or the word for it («Em Wonsan», «din Kursk», «tankstad Charkiw»).
_SETTLEMENT = (r"city|cities|town|village|region|province|oblast|zone|stadt|ort|dorf|ville|villes|r[ée]gion"
               r"|ciudad|localidad|localit\w*|citt[aà]|regione|zona|cidade|regi[aã]o|ora[sș]\w*|regiun\w*|stad"
               r"|regio|miast\w*|mie[sś]c\w*|miejscowo\w*|regionie|obwod\w*|mieste|miest\w*|region\w*|srit\w*")
_ASKS_SETTLEMENT = re.compile(  # (not "What type of city has Warsaw been?")
    rf"(?i)\b(?:{_WHICH}|welcher|welchem|kuriame|kurioje|kokiame|kokioje)\s+"
    rf"(?:(?!(?:{_TYPE_WORD}|kind|sort|art|fel|soort|rodzaj\w*|genre)\b)\w+\s+){{0,2}}(?:{_SETTLEMENT})\b")
_AT_PLACE = re.compile(
    r"(?i:\b(?:in|în|din|la|em|en|à|w|we|van|uit|bei|at|near|nel|nella|no|na|do|da|iš|ties|lângă|perto de|cerca de|vicino a)"
    rf"|\b\w*(?:stadt|stad|dorf)|\b(?:{_SETTLEMENT}))\s+(?:(?i:of|de|di|din|van|del|do|da)\s+)?([^\W\d_][\w-]+)")


def asks_settlement(question: str) -> bool:
    """Does the question ask in which city, town or region?"""
    return bool(_ASKS_SETTLEMENT.search(question))


def names_settlement(text: str, question: str, language: str | None = None) -> bool:
    """Does the sentence name, after a preposition or a word for a settlement, a place the
    question does not name and that is no country («… Kim Jong Un Em Wonsan, no sábado»)? In
    Dutch, «en» is "and". (German capitalises its nouns: «in Kraft» reads as a place too, in
    every German sentence alike.)"""
    for m in _AT_PLACE.finditer(text):
        word = m.group(1)
        if not word[0].isupper() or (language == "nl" and m.group(0)[:2].lower() == "en"):
            continue
        if names.spelled_in(word, question) or names.country(word) or dates.tokens(word):
            continue
        return True
    return False


# "Who is the ministry's spokeswoman?", «Welke woordvoerster maakte de reis bekend?»: a
# spokesperson asked for, not quoted as a source ("… according to the spokeswoman?"); the
# articles' translations call her «vorbitorului Ministerului» (the speaker) and «ministerijos
# atstovė» (the representative). Text is folded (accents off, lower case) before the search.
_SPOKES = (r"spokes(?:wo)?m[ae]n|spokesperson\w*|\w*sprecher\w*|porte-parole|portavoce|portavoz\w*|porta-voz\w*"
           r"|purtat\w* de cuvant|\w*woordvoer(?:der|ster)\w*|rzeczni(?:k|czk)\w*(?! praw)|atstov\w* spaudai")
_ASKS_SPOKES = re.compile(rf"\b(?:{_SPOKES})\b")
_AS_SOURCE = re.compile(  # (within its clause: "According to Reuters, who is the spokesperson?" asks)
    r"\b(?:according to|laut|selon|d'apres|segun|de acuerdo con|secondo|segundo|de acordo com|potrivit|volgens"
    rf"|wedlug|zdaniem|pagal)\b(?:[\s'’]+\w+){{0,6}}?[\s'’]+(?:{_SPOKES})\b")
_SPOKESPERSON = re.compile(rf"\b(?:{_SPOKES}|vorbitor\w* (?:al |ai )?ministerului|ministerijos atstov\w*)\b")


def asks_spokesperson(question: str) -> bool:
    """Does the question ask who a spokesperson is, or which one said something?"""
    low = fold(question).lower()
    return bool(_ASKS_SPOKES.search(low)) and not _AS_SOURCE.search(low)


def names_spokesperson(text: str) -> bool:
    """Does the sentence name a spokesperson by a word for one?"""
    return bool(_SPOKESPERSON.search(fold(text).lower()))


def spokesperson_beyond(question: str):
    """For ``qa.retrieval.search``: the retrieved articles' sentences past the nearest that
    name a spokesperson, for a question asking for one (None otherwise). «Potrivit vorbitorului
    Ministerului Rus…, Maria Zakharova, în perioada 11 - 13 iulie…» is about a trip's dates and
    reads less like "Who is the spokeswoman?" than every sentence about the trip."""
    if not asks_spokesperson(question):
        return None

    def pick(best: list, rest: list) -> list:
        return [s for s in rest if names_spokesperson(s.text)]
    return pick
