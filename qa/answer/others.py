"""Which other people or cities, besides those the question names, or which company: a best
sentence that names no one and nowhere new does not answer; nor one with no word for a unit
the question asks which military unit.

"Which other senior officials travelled with Lavrov?", «Que outras cidades, além de Kiev, foram
atacadas?»: the best sentences are about Lavrov's trip or the attack on Kyiv, and e5 reads them
as near as an answer («Unele dintre cele mai puternice personalități din Rusia, inclusiv
ministrul de externe Sergey Lavrov…»); the sentence that answers would name someone, or a city,
the question does not. Read by ``qa.answer.abstain``.
"""
from __future__ import annotations

import re

from . import names, whereabouts
from .facts import fold

# "Other", or "besides" something (ten languages, folded) …
# (Romanian «alți», «alte» after its question word: Italian «alti» is "senior", «Quali alti funzionari».)
_OTHER = (r"other|others|outr[oa]s|altri|altre|andere[n]?|autres|otr[oa]s|(?<=ce )alt[ie]|(?<=care )alt[ie]|kiti|kitus"
          r"|kitos|kitas|inni|innych|inne|weitere\w*")
_BESIDES = re.compile(r"\b(?:besides|apart from|au(?:ss|ß)er|neben|outre|en plus de|ademas de|aparte de|alem de|oltre a"
                      r"|pe langa|in afara de|naast|behalve|oprocz|isskyrus)\b")
# … of people asked for by what they are, or of cities.
_PEOPLE = (r"officials?|responsaveis|funcionari[oa]s|funzionari|dirigent\w*|leaders?|people|persons?|personen|personnes"
           r"|personas|pessoas|persone|persoane|osob\w*|asmen\w*|ministers?|ministri|ministros|ministres|pareigun\w*"
           r"|oficiali\w*|functionari\w*|functionaris\w*|beamte\w*|politiker\w*|politici|politicos|polityk\w*"
           r"|members?|membros|membri|mitglieder\w*|membres|miembros|leden|czlonk\w*|nariai|delegat\w*"
           r"|responsables?|officiels?|dignitar\w*|dygnitarz\w*|polityc(?:y|ow|om|ami|ach)")
_CITIES = r"cities|towns|cidades|citta|ciudades|villes|stadte|steden|orase(?:le)?|miasta|miest\w*|localit\w*"
_OTHER_PEOPLE = re.compile(rf"\b(?:{_OTHER})\s+(?:\w+\s+){{0,3}}?(?:{_PEOPLE})\b")
_OTHER_CITIES = re.compile(rf"\b(?:{_OTHER})\s+(?:\w+\s+){{0,3}}?(?:{_CITIES})\b")
# "Which company…?", «Welk bedrijf…?», «Która firma…?», «Ce companie aeriană…?»: a company is named
# by a name of its own (not a place's: «CNN rasti palydoviniai vaizdai» names none by the question's).
# (not Polish «jak», how; Italian «qualche», some; «por que», why)
_WHICH = (r"which|what|welk\w*|welch\w*|quel\w*|(?<!por )que|qual|quale|quali|quais|cual|cuales|ce|care|ktor\w*"
          r"|jaki\w*|jak[aie]\w*|kur[iį]\w*|kok[iį]\w*|kokia|koks")
_COMPANIES = (r"compan(?:y|ies)|firms?|firmen|unternehmen|konzern\w*|\w*gesellschaft|empresas?|bedrijf|bedrijven"
              r"|\w*maatschappij\w*|societe|compagnie\w*|entreprises?|societa|aziend[ae]|compan(?:h)?i(?:a|as|e|es|ei|ile)"
              r"|compagni[ae]|societat\w*|spolk[aeiy]|imon\w*|bendrov\w*")
# (one word between, not an article nor an auxiliary: «O que a empresa fez?», "What do companies pay?";
# «firma» right after, or a word between in German, Polish, Romanian: «¿Qué acuerdo firma…?» signs)
_WHICH_COMPANY = re.compile(
    rf"\b(?:{_WHICH})\s+(?:(?!(?:a|o|as|os|la|le|las|les|los|el|the|de|il|lo|l|das|dos|do|does|did|are|is|was|were"
    rf"|have|has|can|will|would)\b)\w+\s+)?(?:{_COMPANIES})\b|\b(?:{_WHICH})\s+firm[aey]\b"
    rf"|\b(?:welch\w*|ktor\w*|jaki\w*|jak[aie]\w*|ce|care)\s+\w+\s+firm[aey]\b")
# "Which unit / brigade carried out the strike?", «Kaip vadinasi … dalinys?»: a military unit is
# told by a word for one («47-oji brigada», "the 3rd Assault Brigade"), which no best sentence
# about the strike holds (not «Kodėl … daliniai buvo atitraukti?», why they were withdrawn).
_UNIT = (r"units?|unit[aà]|unitat\w*|unidad\w*|unidades?|unite|einheit\w*|eenhe(?:id|den)|jednost\w*|dalin\w*"
         r"|brigad\w*|brygad\w*|brigat\w*|batali\w*|bataill\w*|regiment\w*|reggiment\w*|regimient\w*"
         r"|pulk\w*|divisions?|divisione|division|divisie|divizi\w*|dywizj\w*|korpus\w*|corps")
_NAMED = r"names?|named|called|nome|nom|nombre|nazwa|nazywa\w*|heisst|heissen|heet|heten|chiama\w*|numeste|vadinasi|vadinam\w*"
_ASKS_UNIT = re.compile(rf"\b(?:{_WHICH})\s+(?:\w+\s+)?(?:{_UNIT})\b|\b(?:{_NAMED})\b(?:\s+\w+){{0,5}}?\s+(?:{_UNIT})\b")
_TELLS_UNIT = re.compile(rf"\b(?:{_UNIT})\b")
# "Which cosmodrome / satellite / university / TV channel / newspaper…?", "What are the ships
# called?": things a report names by a name of their own («Vostochny», "Lowry Digital", «Daily
# Mail»), which a best sentence about the visit, the launch or the interview does not hold.
_THINGS = (r"cosmodrom\w*|kosmodrom\w*|spaceports?|satellites?|satelliten?|satellite?|satelit(?:e|es|i|ul|ii|y|u|a)?|satellit"
           r"|palydov(?:as|a|o|ai|u|us)|universit\w*|uniwersytet\w*"
           r"|universidad\w*|universidade\w*|universiteit\w*|universitet\w*|tv|televis\w*|televiz\w*|telewizj\w*"
           r"|fernseh\w*|sender|zender|chaines?|canal|canale|kanal\w*|emittent\w*|newspapers?|zeitung\w*|journal"
           r"|periodico|jornal|giornale|krant|gazet\w*|ziar\w*|laikrast\w*|dienrast\w*")
_VESSELS = r"ships?|boats?|vessels?|schiff\w*|navires?|bateaux?|buques?|barcos?|navi|navios?|nave|navele|schepen|statk\w*|okret\w*|laiv\w*"
# (the thing itself, not what it qualifies: "Which satellite images…?", «Que imagens de satélite…?»,
# «Kokius palydovinius vaizdus…?»; one word between, no preposition: «Ce post de televiziune»)
_IMAGES = (r"images?|imagery|photos?|pictures?|bilder\w*|aufnahmen|beelden|imagens|imagenes|immagini|imagini|zdjec\w*"
           r"|obraz\w*|nuotrauk\w*|vaizd\w*|fotos?|foto\w*|data|daten|dados|datos|dati|dane|duomen\w*")
# (a noun after the thing's word makes it a modifier: "Which TV host…?", "Which university
# students…?")
_MODIFIED = (rf"{_IMAGES}|students?|studenten|host\w*|series|serie|shows?|presenter\w*|anchor\w*|journalist\w*"
             r"|reporter\w*|professor\w*|program\w*|dish\w*|receiver\w*|signal\w*|launch\w*|lancering\w*")
# «ce» is Romanian's "which" only where it opens the question (French «ce satellite» is "this").
_WHICH_THING = rf"(?!ce\b)(?:{_WHICH})|car(?:ui|ei|ora)|^\W*ce"
# What ships are called: a word for a name before them, or "called" / "named" closing the question
# (not "called on / for", «au nom de», «en nombre de»: on behalf of).
_SHIP_NAMED = (r"(?<!\bau )(?<!\ben )(?<!\bem )(?<!\bin )\b(?:names?|nome|nom|nombre|nazwa|naam|numele|vardas"
               r"|heissen|heten|chamam|chama|llaman|llama|appellent|appelle|s'appellent|numesc|numeste|nazywaja|nazywa"
               r"|vadinasi|vadinami)\b(?!\s+(?:de|da|do|del)\s+(?!(?:os|as|los|las|les|the)\b))")
_ASKS_THING = re.compile(
    rf"(?:\b|^)(?:{_WHICH_THING})\s+(?:post\w* de\s+|(?!(?:de|of|di|da|do|van|von|du|des|del|della|z|is)\b)\w+\s+)?"
    rf"(?:{_THINGS})\b(?!\s+(?:{_MODIFIED})\b)(?!\s+(?:de|di|do|da|of|van)\s+(?:{_IMAGES})\b)"
    rf"|{_SHIP_NAMED}(?:\s+\w+){{0,5}}?\s+(?:{_VESSELS})\b"
    rf"|\b(?:{_VESSELS})\b(?:\s+\w+){{0,4}}?\s+(?:called|named)\W*$")
# (not a unit of measure: "Which unit is pressure measured in?", «In welcher Einheit…gemessen?»)
_MEASURED = re.compile(r"\b(?:of|de|di|van|fur|voor|for|miary|matavimo)\s+(?:\w+\s+)?maat|measur\w*|\w*messen|mesur\w*"
                       r"|medid\w*|\bmide\b|misura\w*|meet\b|gemeten|mierz\w*|matuo\w*|masoar\w*|masura\w*|\bsi\b")
# Words that open a body's name, not someone's («Ministerul Afacerilor Externe», «Serviciului Secret»).
_BODY = re.compile(r"^(?:ministr(?:y|ies)|ministerium|ministere|ministerio|ministero|ministerul|ministerstw|ministerie"
                   r"|agen[cčt]|depart|servi[cz]|comit|consil|council|parlament|guvern|govern|ambasad|embass|forum"
                   r"|univers|institut|uniun|union|organi|kreml)")
# … and titles before someone's name ("Defence Minister Sergei Shoigu"), read past.
_TITLE = re.compile(r"^(?:minist(?:er|re|ro|ra|rul|ras)s?|president\w*|presedint\w*|prezydent\w*|prezident\w*)$")
_JOINS = frozenset("of de des del della di da do dos das al ai van der den von du la".split())


def asks_others(question: str) -> str | None:
    """"people" or "cities" when the question asks which other ones (or which besides those it
    names), "companies" when it asks which company, "units" which military unit, "things" which
    cosmodrome, satellite, university, channel or newspaper (or what ships are called), else None."""
    low = fold(question).lower()
    if _WHICH_COMPANY.search(low):
        return "companies"
    if _ASKS_UNIT.search(low) and not _MEASURED.search(low):
        return "units"
    if _ASKS_THING.search(low):
        return "things"
    for kind, other, nouns in (("people", _OTHER_PEOPLE, _PEOPLE), ("cities", _OTHER_CITIES, _CITIES)):
        if other.search(low) or _BESIDES.search(low) and re.search(rf"\b(?:{nouns})\b", low):
            return kind
    return None


def names_new(text: str, question: str, kind: str, language: str | None = None) -> bool:
    """Does ``text`` name someone (a run of names none of whose words the question names, not a
    place, a compass point or a body) or a city the question does not name, or (``kind`` "units")
    have a word for a military unit?"""
    if kind == "units":
        return bool(_TELLS_UNIT.search(fold(text).lower()))
    asked = {names.key(w) for w in names.words(question)}
    if kind == "things":  # (the thing's own word is no name the question gives: «Vostochny Cosmodrome»)
        asked = {k for k in asked if not re.fullmatch(_THINGS, k or "")}
    # (the United States or Kingdom by its name of several words, «De Verenigde Staten», is a country)
    found = set(names.proper_names(text, language)) - whereabouts.union_names(text)
    if kind == "things":  # («Malligyong-1», «Rossiya-1», "RT": a designation or an acronym names one too)
        designated = {w for run in _runs(text) for w in run
                      if w.split("-")[0] in found or re.fullmatch(r"[^\W\d_]+-\d+|[A-Z]{2,5}", w)}
        if any(names.key(w.split("-")[0]) not in asked for w in designated - found):
            return True
        found |= designated
    if kind == "cities":
        return any(names.place(w) and not names.country(w) and names.key(w) not in asked for w in found)
    # Runs of capitalised words (joined by "of", «de»…, not across punctuation): "Defence Minister
    # Sergei Shoigu" is someone, «Ministerul Afacerilor Externe» and "Ministry of Foreign Affairs" a
    # body, "Sergey Lavrov" is Lavrov.
    for run in _runs(text):
        words = [w for w in run if w in found]
        while words and _TITLE.match(fold(words[0]).lower()):
            words = words[1:]
        # (a thing may be named as a body is: «Universidad de Newcastle»)
        body = bool(words) and _BODY.match(fold(words[0]).lower()) and not (
            kind == "things" and re.fullmatch(_THINGS, fold(words[0]).lower()))
        if (words and not body and not any(names.key(w) in asked or kind != "things" and names.spelled_in(w, question)
                                           for w in words)  # (a name the question holds, inflected: «Ławrowa» is Lavrov, «Kims» Kim)
                and any(not names.place(w) and not names.country(w) and names.key(w) not in whereabouts.FOUR_POINTS for w in words)):
            return True
    return False


def _runs(text: str) -> list[list[str]]:
    """Runs of capitalised words, joined by a lower-case "of", «de»… between two of them, broken
    by punctuation."""
    runs, run, joint = [], [], None
    for m in re.finditer(r"[\w'’-]+|[^\w\s]", text):
        w = m.group(0)
        if w[:1].isupper():
            run += [joint, w] if joint and run else [w]
            joint = None
        elif run and joint is None and w in _JOINS:
            joint = w
        else:
            if run:
                runs.append([x for x in run if x])
            run, joint = [], None
    if run:
        runs.append([x for x in run if x])
    return runs
