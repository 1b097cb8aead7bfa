"""What a question asks for: a figure, a time, a name, and what a how-many question counts.

Read from the interrogative alone, in the languages the page frames, so that the answer step can
prefer a sentence with the kind of value asked for and decline one that holds none.
"""
from __future__ import annotations

import re

from .facts import STOP, WORD, fold


# What kind of answer the question wants, from its interrogative, in the languages we frame.
_WANTS_NUMBER = re.compile(
    r"\b(how (many|much|old|long|far|large|big|tall)|what (percentage|proportion|number)|"
    r"wie (viele?|alt|lange?|groß|hoch)|wieviele?|combien(?: d[e'’])?|cu[aá]nt[oa]s?|quant[ieao]s?|"
    r"c[aâ]t[ie]?|câți|câte|kiek\w*|hoeveel|hoe (oud|lang|groot)|ile|ilu|ilość|jak długo)\b",
    re.IGNORECASE,
)
# A German word for days, or a month's days run into one («Tagen», «Julitagen», «Dienstag»), not an
# assembly («Bundestag», «Parteitag»): also read by ``values`` (a question asking for days).
GERMAN_DAYS = r"(?!(?:bundes|land|reichs|partei|kreis)tag)\w*tag(?:en)?"
_WANTS_TIME = re.compile(
    # (an adjective between: "On what exact date…?", "Which precise day…?")
    r"\b(when|what ((?:exact|precise|specific) )?(years?|dates?|century|days?|months?)"
    r"|which ((?:exact|precise|specific) )?(years?|dates?|century|days?|months?)|"
    # "What are the dates of…", «Quelles sont les dates…», «Care sunt datele…»
    r"what are the dates|quel(le)?s sont les dates|cu[aá]les son las fechas|quali sono le date|"
    r"quais s[aã]o as datas|care sunt datele|jakie s[aą] daty|"
    r"in what (year|century|month)|on what ((?:exact|precise|specific) )?(dates?|days?)|"
    rf"wann|an welche[mn]? (?:{GERMAN_DAYS}|daten)|welche[mn]? (jahr|datum|monat|tag(e|en)?)|in welchem (jahr|monat|zeitraum)|"
    r"quand|quel(le)?s? (année|jours?|mois|dates?)|en quelle année|"
    r"cu[aá]ndo|qu[eé] (año|días?|mes|fechas?)|en qu[eé] (año|mes)|"
    r"quando|que (ano|dias?|mês|datas?)|em que (ano|mês|dia)|in (quale|che) (anno|mese|giorno)|quali (giorni|date)|(quale|che) (anno|data|giorno)(?!\s+(?:dopo|per)\s)|"
    r"c[aâ]nd|ce (an|zi|zile|lun[aă]|dat[aă])(?!\s+(?:de|după)\s)|în ce (an|zi|lun[aă])|qual (o |a )?(ano|dia|data)|"
    r"kada|kuriais metais|kur[iį]\w*\s+(\w+\s+)?(dien\w*|mėnes\w*|metų|dat\w*)|"
    r"wanneer|welk(e)? (jaar|dag(en)?|maand|datums?)|op welke data|in welk jaar|"
    r"kiedy|w (którym|jakim) (roku|miesiącu|dniu)|którego dnia|których dniach|jakiego dnia|(jakie|które) (daty|dni)|w jakich dniach|w jakim terminie)\b",
    re.IGNORECASE,
)


# Questions whose answer is a name: a place, a person, one of several things.
_WANTS_NAME = re.compile(
    r"\b(where|who|whom|which|wo|wer|welche[rsmn]?|unde|cine|kur|kas|kuris|kur[iį]|onde|quem|"
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
LINKS = {fold(w) for w in {
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
    m = _counting(question)
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
                and words[-1][:1].islower() and fold(words[-1]) not in LINKS):
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


# A chat question opening with a word for a count: "Number of cargo planes seen?", «Anzahl der
# Frachtflugzeuge…?», «Número de aviões…?», «Numărul de…», «Aantal…», «Liczba…» (not "Numbers
# game", «Zahlen und Fakten»; nor the number of one thing, «Número del barco», "Number of the
# resolution": a count noun and the things it counts).
_OPENS_WITH_COUNT = re.compile(
    r"^\W*(?:total\s+)?(?:(?:number|anzahl|zahl|n[uú]mero|numer[oa]|num[aă]rul|aantal)\s+(?:of(?!\s+the\b)|der|von|de|d[’']"
    r"|di|dei|degli|delle|dos|das|van|al)\b|(?:aantal|liczba|skai[cč]ius|kiekis)\s+(?=\w))", re.IGNORECASE)


# … or a war's toll or losses, which are counted: "What losses did the army suffer?", «Quel est le
# bilan des Nord-Coréens tués ou blessés ?» (about 4,000 killed or wounded answers, not a name).
# (A balance, «bilan», only of the dead or wounded: «Quel est le bilan de la visite ?» asks no figure.)
_ASKS_TOLL = re.compile(
    r"\b(?:what (?:is|was|were|are) the (?:death |human )?(?:toll|losses)|what losses|"
    r"quelles (?:sont les |ont été les )?pertes|welche verluste|wie hoch (?:ist|sind|waren|war) die (?:verluste|opferzahl)|"
    r"qu[eé] (?:p[eé]rdidas|bajas)|quali perdite|quais (?:foram )?(?:as )?(?:perdas|baixas)|que (?:perdas|baixas)|"
    r"ce pierderi|welke verliezen|jakie straty|kokie (?:yra )?nuostoliai|kokios netektys|"
    r"(?:quel(?:le)? (?:est|était|a été) le bilan|quel bilan|cu[aá]l (?:es|fue) el balance|qual (?:[eè]|foi) (?:il |o )?(?:bilancio|balan[cç]o)"
    r"|care (?:este|a fost) bilan[tț]ul|jaki (?:jest|by[lł]) bilans)"
    r"(?=.*\b(?:tu[eé]s|bless[eé]s|morts|victimes|pertes|muertos|heridos|v[ií]ctimas|bajas|morti|feriti|vittime|perdite"
    r"|mortos|feridos|v[ií]timas|perdas|mor[tț]i|r[aă]ni[tț]i|victime\w*|pierderi\w*|zabit\w*|rann\w*|ofiar\w*|strat\w*)\b))",
    re.IGNORECASE)


def _counting(question: str) -> re.Match | None:
    """Where a how-many question asks its count: "how many", «câte»… or a chat's opening count
    noun, or a toll asked."""
    return _WANTS_NUMBER.search(question) or _OPENS_WITH_COUNT.search(question) or _ASKS_TOLL.search(question)


# A chat question that opens with the word for a year or date: «Anul primei runde?», "Date of
# the summit?", «Jaar van de eerste ronde?».
_OPENS_WITH_TIME = re.compile(
    r"^\W*(?:(?:years?|jahr|datum|année|año|fechas?|anno|ano|anul|rok|jaar|metai|datas)\s+\w"
    # "Date of…", «Date de la visite», «Data do ataque», «Data della visita», «Data vizitei»
    # (not "Date night…", "Data privacy…", «Daten zur…»: data)
    r"|dates?\s+(?:of|de|du|des|for|del\w*|dei|do|da|dos|das)\b|data\s+(?:d[aeiou]\w{0,3}|dell\w*|\w+(?:ei|ii))\b)",
    re.IGNORECASE)


# … or a compound noun for one, anywhere: «Teslas Geburtsdatum?», «Startdatum Oekraïens offensief?»,
# «Geboortejaar Maarten Luther?» (not «im Vorjahr», «im 80. Lebensjahr»)
_TIME_NOUN = re.compile(r"\b\w{3,}(?<!vor)(?<!lebens)(?:datum|jahr|jaar)\b", re.IGNORECASE)


def expected_answer(question: str) -> str | None:
    """"number" or "time" when the question asks for one (both need a figure), else None. A
    bare "when" after another question word joins a clause and asks nothing ("What deals did
    they sign when they met?", "Which pope was in office when the plague came?"), and so does
    a scene set before the question (``asked_part``: «… só ganharam crédito quando um
    governante de Seul as confirmou. Quem foi esse responsável?» asks who)."""
    question = asked_part(question)
    if _counting(question):
        return "number"
    if _OPENS_WITH_TIME.search(question) or _TIME_NOUN.search(question):
        return "time"
    for m in _WANTS_TIME.finditer(question):
        before = question[:m.start()]
        after = question[m.end():]
        joins = _CONJUNCTION.fullmatch(m.group()) and (
            not _AND.search(before) and (_WANTS_NAME.search(before) or _ASKS_WHAT.search(before))
            # … or opens a clause the question follows: "When Sky Digital launched in 1998, which
            # satellite did it use?" («Cuando arrancó …, ¿qué satélite …?»)
            or not before.strip(" ¿¡") and bool(_CLAUSE_THEN_ASKS.search(after)))
        if not joins:  # ("Who met Kim, and when?" asks when)
            return "time"
    return None


# "When" words that also join a clause, and question words that ask what (beside ``_WANTS_NAME``).
_CONJUNCTION = re.compile(r"when|wann|quand|cu[aá]ndo|quando|c[aâ]nd|wanneer|kiedy|kada", re.IGNORECASE)
# Interrogatives other than "when" that open what a question asks, in the ten languages.
_ASKING = (r"where|who|whom|which|what|how|wo|wer|welche\w*|wie|unde|cine|ce|c[aâ]t\w*|kur|kas|kuri\w*|kok\w*|kiek"
           r"|onde|quem|qual|quais|que|qu[eé]|quant\w*|cu[aá]nt\w*|waar|welke?|wat|hoeveel|o[uù]|qui|quel\w*|combien"
           r"|d[oó]nde|qui[eé]n|cu[aá]l\w*|dove|chi|gdzie|kto|któr\w*|co|ile|ilu")
_CLAUSE_THEN_ASKS = re.compile(
    rf"^(?:\s+\w[^,?]*){{2,}},\s*[¿¡]?\s*(?:{_ASKING}|was|che|cosa|jak\w*)\b", re.IGNORECASE)
_AND = re.compile(r"\b(?:and|und|et|y|e|și|si|en|i|ir)\W*$", re.IGNORECASE)
_ASKS_WHAT = re.compile(r"\b(?:what|was|que|qu[eé]|quoi|che|cosa|o que|ce|wat|co|jaki\w*|ką|kok[iį]\w*)\b", re.IGNORECASE)


# Where a question opens with a sentence that sets its scene, the asking part begins after it: a
# full stop or exclamation mark after a word (not «2023 m.»'s abbreviation) and five words or
# more, or a dash between spaces after eight (a title before a dash is shorter).
_SCENE_END = re.compile(r"(?<=[^\W\d_]{3})(?P<stop>[.!])\s+(?=[¿¡]?\w)|\s[—–]\s")


def asked_part(question: str) -> str:
    """The part of ``question`` that asks, after any sentence setting its scene: "Europeans met in
    Paris to discuss aid for Ukraine. Which leader hosted the meeting?" asks only the second, and
    «Kim war 2023 in Russland — wie viele Tage dauerte die Reise?» only what follows the dash. The
    scene's names are those a reader already knows the articles tell of; what is asked may name
    none ("How many were killed or wounded?"). A title before a colon or a short one before a dash
    ("Hadrian's Wall – how long?", "Drohnen auf Kiew am Donnerstag – wie viele?") is the question's
    own subject, and stays, as does all of a question that opens asking («Mit welchem Edikt schaffte
    Ludwig XIV. …?»: a king's numeral, no full stop)."""
    if _OPENS_ASKING.match(question):
        return question
    cut = 0
    for m in _SCENE_END.finditer(question):
        scene = question[cut:m.start()]
        if len(scene.split()) >= (5 if m.group("stop") else 8) and "?" not in question[:m.start()]:
            cut = m.end()
    if not cut and (m := _CLAUSE.match(question)) and len(question[m.end():].split()) >= 4 \
            and _OPENS_ASKING.match(question[m.end():]):
        # … or a clause opening with "after", "once" or "since", before a comma, where what
        # follows opens asking: "After the Russian foreign ministry posted the photo …, how did
        # the Japanese government respond?" (the scene a reader remembers; its names are not
        # what is asked)
        cut = m.end()
    return question[cut:] if question[cut:].strip() else question


# A leading clause of what happened before, to its first comma.
_CLAUSE = re.compile(
    r"^\W*(?:after|once|following|nachdem|nach|seit(?:dem)?|apr[eè]s|d[eè]s que|depois d[aoe]s?|ap[oó]s|despu[eé]s de"
    r"|tras|dopo|na|nadat|po|dup[aă]|kai)\b[^,?]{8,}?,\s+", re.IGNORECASE)


# A question that opens with its interrogative, "when" among them (a scene is a statement).
_OPENS_ASKING = re.compile(rf"^\W*(?:\w+\s+)?(?:{_ASKING}|{_CONJUNCTION.pattern}|kuo|ką)\b", re.IGNORECASE)


# A polite or indirect opening that asks for what follows ("Could you tell me …", «Gostaria de
# saber …», «Kunt u mij vertellen …»), in the languages the page frames: the embedder reads it as
# words of the question and finds sentences that are requests or chat («Fue usado de manera
# habitual…» for "Gostaria de saber com que orçamento …"). Not "whether" or "if" after it, a
# yes-or-no question these rules do not answer, which is left as it is.
_POLITE = re.compile(
    r"^\s*[¿¡]?\s*(?:"
    r"(?:could|can|would) you (?:please )?(?:tell|show) me|(?:please )?tell me|i(?:'d|’d| would) like to know"
    r"|i want to know|i wonder|i was wondering|do you know|does anyone know"
    r"|(?:können|könnten|kannst|könntest) (?:sie|du) mir (?:bitte )?(?:sagen|verraten|erklären)"
    r"|ich (?:würde|möchte) (?:gerne? )?wissen|wissen sie|weißt du|sagen sie mir|sag mir"
    r"|(?:pouvez|pourriez)-vous (?:me dire|m['’]indiquer|m['’]expliquer)|(?:peux|pourrais)-tu me dire"
    r"|je (?:voudrais|veux|souhaiterais|souhaite) savoir|j['’]aimerais savoir|savez-vous|sais-tu|dites-moi|dis-moi"
    r"|(?:me )?(?:puede|podría|podrías|puedes)(?: usted)? (?:decirme|indicarme|explicarme|decir)"
    r"|quisiera saber|me gustaría saber|quiero saber|sabe usted|dígame|dime"
    r"|(?:mi )?(?:può|potrebbe|puoi|potresti|sa|sai) (?:dirmi|indicarmi|spiegarmi|dire)"
    r"|vorrei sapere|mi piacerebbe sapere|voglio sapere|mi dica|dimmi"
    r"|(?:poderia|pode|podes|poderias|sabe|sabes)(?: me)? (?:dizer|indicar|explicar)(?:-me)?"
    r"|gostaria de saber|queria saber|quero saber|diga-me|diz-me"
    r"|(?:kunt|kan|zou) (?:u|je|jij) (?:mij|me) (?:vertellen|zeggen|uitleggen)|zou u (?:mij|me) kunnen (?:vertellen|zeggen)"
    r"|ik (?:wil|zou) graag (?:willen )?weten|weet u|weet je|vertel me"
    r"|czy (?:mógłbyś|mogłabyś|może pan|może pani|możesz)(?: mi)? powiedzieć|czy mogę prosić o informację"
    r"|chciał(?:bym|abym) wiedzieć|czy wiadomo|czy wiesz|proszę powiedzieć|powiedz mi"
    r"|(?:îmi|imi) (?:puteți|puteti|poți|poti) spune|ați putea să-mi (?:spuneți|explicați)"
    r"|aș (?:vrea|dori) să (?:știu|aflu)|știți|spuneți-mi|spune-mi"
    r"|ar (?:galite|galėtumėte|gali|galėtum)(?: man)? pasakyti|norėčiau (?:sužinoti|žinoti)|gal žinote|ar žinote|pasakykite"
    r")(?:,? (?:please|bitte|s['’]il vous plaît|por favor|per favore|alstublieft|proszę|vă rog|prašau))?[\s,:]+",
    re.IGNORECASE,
)
_YES_NO = re.compile(r"(?:whether|if|ob|si|se|of|czy|dacă|daca|ar)\b", re.IGNORECASE)


def plain(question: str) -> str:
    """``question`` without a polite opening that asks for what follows: «Gostaria de saber com que
    orçamento Dick Nafzger …» asks «com que orçamento Dick Nafzger …?». Its full stop becomes a
    question mark. Unchanged where nothing follows but a yes-or-no question ("… whether …")."""
    m = _POLITE.match(question)
    if not m:
        return question
    rest = question[m.end():].strip()
    if len(rest.split()) < 2 or _YES_NO.match(rest):
        return question
    return rest if rest.endswith("?") else rest.rstrip(" .!") + "?"
