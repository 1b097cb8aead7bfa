"""A how-many question about things the articles never count is one they don't answer.

"How many cargo planes were seen in the satellite images?", «Combien de trains de munitions
franchissent la frontière ?», «Quantas pessoas morreram no ataque de drones?»: the best
sentences name the planes, the trains, the attack, and the figures they hold count soldiers,
drones or millimetres. e5 does not tell these apart (a figure's words read .80–.95 like the
question's either way: eval/README.md, session 24), but the words do: a count of planes is a
figure with a word for planes right after it («20 de avioane», "dvidešimt lėktuvų"), in any of
the ten languages the answer is framed in. So where the question counts one of the kinds below,
a best sentence must hold such a figure.

The kinds are things people count and reports name by a few plain words: vessels, aircraft,
tanks, trains, factories, satellites, workers, participants, civilians, people, students, stations,
species, teachers, passengers, subscribers, and spans of hours, days and years. A count of species
is of a class of living things (birds, animals, fish, insects, trees) that the sentence names
(``qa.answer.species``).
Their words are folded (accents off, lower case) and matched at a word's start; a word too many
among the counting ones only lets an answer through, so those are generous and the asking ones
strict (no "train" as a verb: a question only asks by the words after "how many").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from . import asks, dates, durations, facts, predicates, said, values
from .measures import MEASURES

PEOPLE = (r"people|persons|menschen|personen|leute|personnes|gens|personas|gente|persone|pessoas|oameni"
           r"|persoane|mensen|ludzi|osob|osoby|zmon\w*")
SOLDIERS = (r"soldat\w*|soldier\w*|soldad\w*|troop\w*|truppe\w*|trupp\w*|troupe\w*|tropa\w*|trupe\w*"
             r"|militar\w*|militair\w*|militari|combatant\w*|kampfer\w*|strijder\w*|zolnier\w*|kari\w*|kareiv\w*"
             r"|victim\w*|opfer\w*|slachtoff\w*|ofiar\w*|auk\w*|dead|tote\w*|morts?|muert\w*|mort[ei]|mortos"
             r"|doden|zabit\w*|zuv\w*|wounded|verletz\w*|verwund\w*|blesse\w*|herid\w*|ferit\w*|ranit\w*"
             r"|gewond\w*|rann\w*|suzeist\w*|killed|casualt\w*")
# kind: (asked: a word of the question's counted words; said: a word right after a figure)
KINDS = {
    "vessels": (r"ships?|boats?|vessels?|schiff\w*|boot\w*|navire\w*|bateau\w*|buque\w*|barco\w*|navi|nave"
                r"|navio\w*|embarcac\w*|navele|schip|schepen|boten|statk\w*|okret\w*|laiv\w*",
                r"ships?|boats?|vessels?|schiff\w*|boot\w*|navire\w*|bateau\w*|buque\w*|barco\w*|nav[aeio]\w*"
                r"|embarcac\w*|schip\w*|schepen|boten|statk\w*|okret\w*|laiv\w*|tanker\w*|ferr\w*|cargo\w*"),
    "aircraft": (r"planes?|airplanes?|aircraft|jets?|flugzeug\w*|maschinen|avion\w*|aereo|aerei|aviao|avioes"
                 r"|aeronave\w*|avioane|vliegtuig\w*|toestel\w*|samolot\w*|lektuv\w*|orlaiv\w*"
                 # … and fighters, or a fighter by its model («Quantos caças Su-57…?», «Câte Su-57…?»)
                 # (and German, Dutch «Su-57-Kampfjets», «gevechtsjets»: not French «projets», «objets»)
                 r"|fighter-jets?|cacas|cazas?|caccia|chasseurs?|mysliw\w*|naikintuv\w*|(?:su|mig)-\d+(?:s|'s)?"
                 r"|(?:(?:su|mig)-\d+-)?(?:kampfjets?|kampfflugzeug\w*|jets?|gevechtsjets?|gevechtsvliegtuig\w*)",
                 r"planes?|airplanes?|aircraft|jets?|flugzeug\w*|maschinen|avion\w*|avioan\w*|aere[oi]|aviao|avioes"
                 r"|aeronav\w*|vliegtuig\w*|toestel\w*|samolot\w*|lektuv\w*|orlaiv\w*|fighter\w*|bomber\w*"
                 r"|helicopter\w*|hubschrauber\w*|elicotter\w*|helikopter\w*|sraigtasparn\w*|(?:su|mig)-\d+(?:-[a-z]+)?"
                 r"|(?:kampf|gevechts)jets?"
                 r"|caca\w*|caza\w*|caccia|chasseur\w*|mysliw\w*|naikintuv\w*"),
    # (not «Panzerhaubitzen», howitzers; nor Italian «carri», wagons too)
    "tanks": (r"tanks?|(?:kampf)?panzern?|chars|tanques|tancuri\w*|czolg\w*|tankai|tanku|tankus",
              r"tanks?|[\w-]*panzer\w*|chars?|tanques?|carri|carro\w*|tancuri\w*|czolg\w*|tankai|tanku|tankus"
              r"|armou?r\w*|blinda\w*|gepanzert\w*|pantser\w*|vehic\w*|fahrzeug\w*|voertuig\w*|pojazd\w*"),
    "trains": (r"trains?|zug|zuge|zugen|trenes|tren|treni|treno|trens|trem|trenuri\w*|trein\w*|pociag\w*"
               r"|traukin\w*",
               r"trains?|zug|zuge|zugen|tren\w*|trem|trens|trein\w*|pociag\w*|traukin\w*|wagon\w*|waggon\w*"),
    # Factories («Kiek Rusijos gamyklų…?»): a sentence telling factories work day and night counts none.
    # (not «fabrica», manufactures, «Werke», works, «zakładników», hostages)
    "factories": (r"factor(?:y|ies)|fabrik(?:en)?|usines?|fabricas|fabbriche|stabilimenti|fabrici"
                  r"|fabricile|uzine|uzinele|fabrieken|fabryk\w*|zaklad(?:y|ow|ach|ami)|gamykl\w*",
                  r"factor(?:y|ies)|fabrik\w*|werke?n?|usines?|fabric\w*|fabbric\w*|stabiliment\w*|uzin\w*"
                  r"|fabriek\w*|fabryk\w*|zaklad\w*|gamykl\w*|plants?"),
    # Artillery shells («obus», «Artilleriegranaten», «proiectile», «sviedinių»), which the articles
    # translate as bullets or seashells («9 milioane de gloanțe», «1 milijoną artilerijos
    # kriauklių»): a count of soldiers is none of shells. (Not Polish «pocisków», missiles too.)
    "shells": (r"shells|obus|obuses|granat\w*|proiectil\w*|obuz\w*|proyectil\w*|projeteis|projetil|proiettil\w*"
               r"|munizion\w*|munitions?|municao|municoes|municion\w*|ammunition|munition|amunic\w*|sviedin\w*",
               r"shells?|obus\w*|granat\w*|proiectil\w*|obuz\w*|proyectil\w*|projete\w*|projetil\w*|proiettil\w*"
               r"|munizion\w*|munit\w*|munic\w*|ammun\w*|amunic\w*|sviedin\w*|pocisk\w*|gloant\w*|balas?"
               r"|kriaukl\w*|cartus\w*|rounds?|artiller\w*|artiler\w*|artilhar\w*|artiglier\w*|artyler\w*"),
    "satellites": (r"satellit\w*|satelliet\w*|satelit\w*|palydov\w*", r"satellit\w*|satelliet\w*|satelit\w*|palydov\w*"),
    "workers": (r"workers?|labou?rers?|arbeiter\w*|arbeitskraft\w*|arbeitskrafte|travailleur\w*|ouvrier\w*"
                r"|trabajador\w*|obrer\w*|lavorator\w*|operai|trabalhador\w*|operari\w*|muncitor\w*|arbeider\w*"
                r"|robotnik\w*|robotnic\w*|pracownik\w*|darbinink\w*|darbuotoj\w*",
                r"workers?|labou?r\w*|arbeit\w*|travailleur\w*|ouvrier\w*|trabajador\w*|obrer\w*|lavorator\w*"
                r"|operai|trabalhador\w*|operari\w*|muncitor\w*|arbeider\w*|arbeidskracht\w*|robotni\w*"
                r"|pracowni\w*|darbinink\w*|darbuotoj\w*|migrant\w*|employ\w*|angestellt\w*|emplead\w*"
                r"|dipendent\w*|empregad\w*|angajat\w*|werknemer\w*"),
    "participants": (r"participants?|teilnehmer\w*|participantes|partecipanti|participanti\w*|deelnemer\w*"
                     r"|uczestnik\w*|uczestnicy|dalyvi\w*|attendees|delegates",
                     r"participant\w*|teilnehm\w*|partecipant\w*|deelnem\w*|uczestni\w*|dalyv\w*|attendee\w*"
                     r"|delegat\w*|guest\w*|gast\w*|gaste|invite\w*|invitad\w*|ospit\w*|convidad\w*|invitat\w*"
                     r"|gosc\w*|svec\w*|visitor\w*|besucher\w*|visiteur\w*|visitant\w*|visitator\w*|bezoeker\w*"),
    "civilians": (r"civil(?:ians?|es|s|i|e)|zivilist\w*|zivilpersonen|civils|civiles|civili|civis|civilii"
                  r"|burgers|cywil\w*|civili\w*",
                  rf"civil\w*|zivil\w*|cywil\w*|burger\w*|{PEOPLE}|residents?|bewohner\w*|habitant\w*"
                  r"|abitant\w*|locuitor\w*|inwoner\w*|mieszkan\w*|gyventoj\w*|children|kinder\w*|enfants|ninos"
                  r"|bambini|criancas|copii|kinderen|dzieci|vaik\w*"),
    "people": (PEOPLE, rf"{PEOPLE}|civil\w*|zivil\w*|cywil\w*|burger\w*|{SOLDIERS}|inhabitant\w*|resident\w*"
                        r"|einwohner\w*|bewohner\w*|habitant\w*|abitant\w*|locuitor\w*|inwoner\w*|mieszkan\w*"
                        r"|gyventoj\w*|settler\w*|siedler\w*|colon\w*|kolonist\w*|osadnik\w*|individu\w*"
                        r"|famil\w*|household\w*|haushalt\w*|menage\w*|hogar\w*|gospodar\w*|huishoud\w*"),
    "students": (r"students?|studenten|studierende\w*|schuler\w*|etudiants?|eleves|estudiantes?|alumnos|studenti|alunni"
                 r"|estudantes|alunos|studentii|elevi|leerlingen|studentow|studenci|uczniow|uczniowie|studentu"
                 r"|studentai|mokiniu|mokiniai",
                 r"students?|student\w*|studier\w*|schuler\w*|etudiant\w*|eleve\w*|estudiant\w*|alumn\w*|studen\w*"
                 r"|elev\w*|leerling\w*|uczni\w*|mokini\w*|pupil\w*|scholar\w*|enrol\w*|inscri\w*|matricul\w*"),
    "stations": (r"stations?|haltestellen|bahnhofe|gares|estaciones|stazioni|estacoes|statii|statiile|stacji|stacje"
                 r"|stoteles|stociu",
                 r"station\w*|haltestell\w*|bahnhof\w*|gare\w*|estacion\w*|stazion\w*|estac\w*|stati\w*|stacj\w*"
                 r"|stotel\w*|stot\w*|stops?|halte\w*|fermat\w*|paradas?|opriri\w*|przystan\w*"),
    # (Lithuanian «rūšis» in its cases, not «Rusija», Russia, nor Romanian «ruși», Russians)
    "species": (r"species|arten|especes|especies|specie|specii|soorten|gatunk\w*|rusi[su]|rusies|rusiai|rusimi|rusimis|rusims"
                r"|rusyje|rusyse|rusys",
                r"species|arten|espece\w*|especie\w*|specie\w*|specii\w*|soort\w*|gatunk\w*|rus\w*|taxa|genera"),
    # Generals and officers: a count of soldiers or people tells none of them («11.000 … soldaten»
    # for "How many North Korean generals are in Russia?")
    "generals": (r"generals|generale|generales|generali|generaux|generais|generalii|generaals|generalow|generolu|generolai"
                 r"|officers|offiziere\w*|officiers|oficiales|ufficiali|oficiais|ofiteri\w*|officieren|oficerow|karininku|karininkai",
                 r"general\w*|generaal\w*|generol\w*|officer\w*|offizier\w*|officier\w*|oficial\w*|ufficial\w*"
                 r"|oficia\w*|ofiter\w*|oficer\w*|karinink\w*|commander\w*|kommandeur\w*|commandant\w*|comandant\w*|vad(?:as|o|ai|u|ui)"),
    "teachers": (r"teachers|lehrer\w*|lehrkrafte|enseignants|professeurs|profesores|maestros|docenti|insegnanti"
                 r"|professores|profesori|profesorii|leraren|docenten|nauczyciel\w*|mokytoj\w*",
                 r"teach\w*|lehrer\w*|lehrkraft\w*|enseignant\w*|professeur\w*|profes\w*|maestr\w*|docent\w*"
                 r"|insegnant\w*|leraar\w*|leraren|nauczyciel\w*|mokytoj\w*|educator\w*"),
    "passengers": (r"passengers|passagiere|passagers|pasajeros|passeggeri|passageiros|pasageri|pasagerii|passagiers"
                   r"|pasazer\w*|keleivi\w*",
                   r"passeng\w*|passagier\w*|passager\w*|pasajer\w*|passegger\w*|passageir\w*|pasager\w*"
                   r"|pasazer\w*|keleiv\w*|travel+ers?|reisend\w*|voyageur\w*|viajer\w*|viaggiator\w*|calator\w*"
                   r"|reiziger\w*|podrozn\w*"),
    "subscribers": (r"subscribers|abonnenten|abonnes|suscriptores|abbonati|assinantes|abonati|abonatii|abonnees"
                    r"|abonent\w*|prenumerator\w*|customers|kunden|clients|clientes|clienti|klanten|klient\w*",
                    r"subscri\w*|abonn\w*|suscript\w*|abbonat\w*|assinant\w*|abonat\w*|abonent\w*|prenumer\w*"
                    r"|customer\w*|kunde\w*|client\w*|klant\w*|klient\w*|household\w*|haushalt\w*|foyers?|hogar\w*"
                    r"|famigli\w*|lares|gospodar\w*|huishoud\w*|users?|nutzer\w*|utilisateur\w*|usuari\w*|utent\w*"
                    r"|utilizator\w*|gebruiker\w*|uzytkownik\w*|vartotoj\w*|viewers?|zuschauer\w*|spectat\w*"),
    "hours": (r"hours?|stunden?|heures?|horas?|ore|uur|uren|godzin\w*|valand\w*",
              r"hours?|stunden?|heures?|horas?|ore|orei|uur|uren|godzin\w*|valand\w*|h"),
    "days": (r"days?|tage?n?|jours?|dias?|giorni|zile|zilele|dagen|dni|dien\w*",
             r"days?|tage?n?|tagig\w*|jours?|journee\w*|dias?|giorni|zile\w*|dagen|daags|dni|dniow\w*|dzien\w*"
             r"|dien\w*|weeks?|wochen?|semaines?|semanas?|settiman\w*|saptaman\w*|weken|tygodn\w*"
             r"|savait\w*"),
    "years": (r"years?|jahren?|jahre|ans|annees|anos|anni|ani|jaar|jaren|lat|lata|metu|metus|metai",
              r"years?|jahr\w*|ans|annees?|anos?|anni|ani|jaar|jaren|jarig\w*|lat|lata|roku|metu|metus|metai"
              r"|decad\w*|jahrzehnt\w*|decenn\w*|decenii|decenni\w*|decenio\w*|dekad\w*|dešimtmet\w*"),
}
# Kinds the articles name in words no list holds: shells translated as bullets, seashells or
# «câteva sute de mii de obuze» without a figure. A best sentence without such a word does not
# show that the articles do not count them (the question is not declined for it); a figure with
# another kind's word after it is still no count of them (``told.sentence_values``).
UNDECLINED = frozenset({"shells"})
_ASKED = {kind: re.compile(rf"^(?:{asked})$") for kind, (asked, _) in KINDS.items()}
_SAID = {kind: re.compile(rf"^(?:{said})$") for kind, (_, said) in KINDS.items()}
_WORD = re.compile(r"[a-z][a-z0-9'-]*")
AFTER = 3  # words after a figure that may say what it counts («4.000 de soldați nord-coreeni»)


def asked(question: str) -> frozenset[str]:
    """The kinds of thing a how-many question counts (by its counted words, ``asks.focus``)."""
    words = _head(_WORD.findall(facts.fold(asks.focus(question))))
    return frozenset(kind for kind, pattern in _ASKED.items() if any(_matches(kind, pattern, w) for w in words))


# Elided articles and prepositions run into the next word: Italian «nell'attacco», «dell'esercito»;
# and the Italian «su» with an article that ``asks.LINKS`` lacks.
_ELIDED = frozenset("nell dell all dall sull coll l d".split())
_LINKS = (asks.LINKS | {"sui", "sulle", "sugli", "sullo"}) - {"i"}  # (Lithuanian «į» folds to Polish «i», and)
# Words for a quantity of what follows: «migliaia di persone», «sute de avioane» count the people, the planes.
_QUANTITY = frozenset("thousands hundreds dozens millions tausende hunderte dutzende milliers centaines dizaines "
                      "millions miles cientos decenas millones migliaia centinaia decine milioni milhares centenas "
                      "dezenas milhoes mii sute zeci milioane duizenden honderden tientallen miljoenen tysiace setki "
                      "dziesiatki miliony tukstanciai simtai desimtys milijonai esemplari tipi tipos types".split())


def _head(words: list[str]) -> list[str]:
    """The counted words before a preposition or article that qualifies them: «droni
    nell'attacco aereo» counts drones (the attack is an air one, no aircraft); "soldiers from
    Korea" soldiers; after a quantity, what it is of («centinaia di civili»)."""
    for i, w in enumerate(words):
        if i and not (i == 1 and words[0] in _QUANTITY) and (w in _LINKS or w.split("'")[0] in _ELIDED):
            return words[:i]
    return words


# Kinds a German or Dutch compound names by its last word («Kampfflugzeuge»,
# «Su-57-gevechtsvliegtuigen», «Transportschiffe», «Güterzüge»); not «Werkzeugmaschinen»,
# «fototoestellen», nor the other kinds' short words inside «Sekunden» or «Geheimdienste».
_COMPOUNDED = frozenset({"vessels", "aircraft", "tanks", "trains", "shells"})
_NOT_TAILS = re.compile(r"maschinen|toestel\w*|barc\w*")  # «desembarcos», landings


def _matches(kind: str, pattern: re.Pattern, word: str) -> bool:
    """Is ``word`` one of the kind's words, or a compound ending in one of six letters or more?"""
    if pattern.match(word):
        return True
    return kind in _COMPOUNDED and any(pattern.match(word[i:]) and not _NOT_TAILS.match(word[i:])
                                       for i in range(2, len(word) - 5))


def counts(text: str, language: str | None = None) -> frozenset[str]:
    """The kinds a sentence counts: a figure (or a number word) with a word for them among the
    ``AFTER`` words after it (an article or a preposition between: «de», "of", «van»); in the
    eight more languages (``said.COUNTED``), any figure with a word for them just around it, in
    their script («40,000 लोग»; Chinese and Thai write no spaces: the few characters around it)."""
    found: set[str] = set()
    for v in values.extract(text, "number"):
        found |= value_counts(text, v)
    if language in said.LANGUAGES:
        found |= said.counts(text, language)
    return frozenset(found)


def value_counts(text: str, v: values.Value) -> frozenset[str]:
    """The kinds the figure ``v`` of ``text`` counts: a word for them among the ``AFTER`` words
    after it."""
    words = _WORD.findall(facts.fold(text[v.end:v.end + 60]))
    words = [w for w in words if w not in facts.STOP][:AFTER]
    return frozenset(kind for kind, pattern in _SAID.items() if any(_matches(kind, pattern, w) for w in words))


_TIMES = ("hours", "days", "years")  # the kinds that are units of time


@lru_cache(maxsize=1024)  # read for every sentence judged for a side (``told.sentence_values``)
def things(question: str) -> frozenset[str]:
    """The kinds a how-many question counts that are things, not units of time."""
    return asked(question) - set(_TIMES)


_AGE = re.compile(MEASURES["age"][0])


def of_time(text: str, v: values.Value) -> bool:
    """Does the figure ``v`` of ``text`` count units of time, by the word after it («dvidešimt
    keturias valandas», "three days", «39 de ani»)?"""
    words = [w for w in _WORD.findall(facts.fold(text[v.end:v.end + 40])) if w not in facts.STOP][:1]
    return any(_matches(kind, _SAID[kind], w) for kind in _TIMES for w in words)


@lru_cache(maxsize=1024)  # read for every value of every sentence judged for a side
def asks_time(question: str) -> bool:
    """Does a how-many question count hours, days or years, ask how long, or ask an age? Only
    such a question is answered by a figure of them: "How many generals are in Russia?" is not by
    «gamyklos dirba dvidešimt keturias valandas», factories working twenty-four hours."""
    return bool(asked(question) & set(_TIMES) or durations.asks_how_long(question)
                or durations.asks_time_length(question) or _AGE.search(facts.fold(question)))


def uncounted(question: str, texts: Iterable[str], languages: Mapping[str, str] | None = None) -> str | None:
    """The kind the question counts that none of ``texts`` counts (None: each is, or it counts
    none of the kinds); ``languages`` gives a text's language where it is known."""
    wanted = asked(question) - UNDECLINED
    if not wanted:
        return None
    have = frozenset().union(*(counts(t, (languages or {}).get(t)) for t in texts))
    return next((kind for kind in sorted(wanted) if kind not in have), None)


# Being killed or wounded, in the ten languages (folded): a count of the dead or wounded is no
# count of those sent, and the other way round ("How many more soldiers will be sent?" against
# «1,5 … buvo nužudyta arba sužeista»).
_CASUALTY = re.compile(
    r"\b(?:killed|killing|dead|deaths?|died|wounded|injured|injuries|casualt\w*|fatalit\w*|lost their lives"
    r"|victims?|getotet\w*|toten?|gefallene\w*|starb\w*|gestorben|ums leben|umgekommen\w*|verwundet\w*"
    r"|verletzten?|opfer\w*|tues|tuees|morts?|mouru\w*|perdu la vie|perirent|blesses?|blessees?|victimes?"
    r"|muert[oa]s|murieron|murio|fallecid\w*|herid[oa]s|victimas|uccis\w*|morti|morirono|feriti|ferite"
    r"|perso la vita|vittime|mortos|mortas|mortes|morreram|feridos|feridas|vitimas|ucis\w*|omor\w*|murit"
    r"|decedat\w*|ranit\w*|victime|gedood|doden|omgekomen|kwamen om|overleden|gesneuveld\w*|gewond\w*"
    r"|slachtoffers?|zabit\w*|zabil\w*|zgin\w*|zmarl\w*|ofiar\w*|ranny|ranni|rannych|rannymi|zuvo|zuvus\w*"
    r"|mire|mirus\w*|nuzud\w*|suzei[sd]\w*|suzalot\w*|ranil\w*|zranion\w*|poszkodowan\w*"
    # a war's losses are its dead and wounded
    r"|losses|verluste?n?|pertes|perdidas|perdite|perdas|baixas|pierderi\w*|verliezen|straty|nuostoli\w*)\b")


# A share: a figure or a range of them before a percent sign or word («10 से 30%», "56,2%").
_SHARE = re.compile(r"\d[\d.,]*\s*(?:(?:-|–|to|bis|à|a|al|se|से|до|ile|tot|do|iki|până la|pana la|e|și|si)\s*\d[\d.,]*\s*)?"
                    r"(?:%|٪|percent|per cent|prozent|pour ?cent|por ?ciento|per ?cento|por ?cento|procent\w*|la sut[aă])"
                    r"|[%٪]\s*\d", re.IGNORECASE)
# A question asking for a part of a whole: a share answers it ("What proportion of…?", "How many
# of the drones…?", «Câte dintre…?»).
_PART = re.compile(r"\b(?:proportion\w*|share|fraction\w*|anteil\w*|part|partie|parte|quota|aandeel|odsetek|proport\w*"
                   r"|how many of|wie viele (?:der|von)|combien (?:des|d.entre)|cuant[oa]s (?:de los|de las)"
                   r"|quant[ie] (?:dei|delle|degli)|quant[oa]s (?:dos|das)|cate dintre|hoeveel van|ile z|kiek is)\b")


def asks_count(question: str) -> bool:
    """Does a how-many question ask for a count, not a length of time nor a share (a percent, a
    part of a whole: "How many of the drones…?")?"""
    return (asks.expected_answer(question) == "number" and not durations.asks_how_long(question)
            and "percent" not in predicates.asked(question, True) and not _PART.search(facts.fold(question).lower()))


def is_share(text: str, start: int) -> bool:
    """Does the figure at ``start`` of ``text`` stand in a share («60%», the 10 of «10 से 30%»)?"""
    return any(m.start() <= start < m.end() for m in _SHARE.finditer(text))


def shares_only(question: str, texts: list[str]) -> bool:
    """Does a how-many question that asks for no share find only shares in ``texts`` (beside
    years)? "How many Londoners died of the plague in 1665?": «10 से 30%» of the city is no count."""
    return (asks_count(question)
            and any(_SHARE.search(t) for t in texts)
            and not any(facts.numbers(_SHARE.sub(" ", t)) - dates.years_in(t) for t in texts))


def casualties(text: str) -> bool:
    """Does ``text`` speak of people killed or wounded?"""
    return bool(_CASUALTY.search(facts.fold(text)))


# "How many more soldiers did Pyongyang send in January and February?" asks what was added;
# «De versterking … verhoogt het aantal … tot ongeveer 11.000» gives the total after it, and
# «Essas forças contribuiriam para 11.000 soldados … no ano passado» the count it adds to.
# (Folded words. Not "more than 20 attacks"; a question asking the total, «insgesamt», "in
# all", "after the reinforcements", asks for that.)
_ADDED = re.compile(
    r"\b(?:more(?! than| or)|additional|extra|further|reinforcements?|weitere\w*|zusatzlich\w*|verstarkung\w*"
    r"|supplementaires?|de plus|renforts?|adicional\w*|refuerzos?|in piu|ulteriori|aggiuntiv\w*|rinforz\w*"
    r"|a mais|refor[cç]os?|dodatkow\w*|wiecej|posilk\w*|versterking\w*|in plus|suplimentar\w*|intariri\w*"
    r"|papildom\w*|daugiau(?! nei| kaip))\b")
_REINFORCEMENT = r"(?:reinforcements?|verstarkung\w*|renforts?|refuerzos?|rinforz\w*|refor[cç]os?|posilk\w*|versterking\w*|intariri\w*)"
_TOTAL_ASKED = re.compile(
    r"\b(?:total\w*|insgesamt|altogether|in all|en tout|ao todo|al todo|in tutto|w sumie|razem|[lł]acznie|in totaal"
    r"|is viso|s'eleve\w*)\b"
    rf"|\b(?:after|with|nach|mit|apres|avec|despues de|con|dopo|apos|com|na|met|po|z|dupa|cu|su)\s+(?:\w+\s+)?{_REINFORCEMENT}")
_RISE = (r"(?:rais\w*|bring\w*|increas\w*|boost\w*|verhoog\w*|brengt|bracht\w*|erhoh\w*|steiger\w*|bringt"
         r"|portant|porte|augment\w*|eleve\w*|elevando|eleva|aument\w*|increment\w*|creste|cresc\w*|ridic\w*"
         r"|zwieksz\w*|podnies\w*|padidin\w*|padidej\w*)")
_TOTAL_NOUN = (r"(?:number|total|count|aantal|totaal|zahl|anzahl|gesamtzahl|nombre|effectif\w*|numero|totale"
               r"|numarul|totalul|liczb\w*|skaic\w*|kontingent\w*|contingent\w*)")
_TO = r"(?:to|tot|auf|op|a|para|la|al|alla|do|iki)"
_ABOUT = (r"(?:(?:about|around|some|nearly|almost|ongeveer|circa|bijna|zo'n|etwa|rund|fast|environ|pres de"
          r"|presque|unos|cerca de|casi|quasi|aproximadamente|quase|aproximativ|aproape|okolo|prawie|apie"
          r"|beveik)\s+)?")
_JOIN = r"(?:and|y|e|et|und|en|si|i|ir|que|che|by|with|con|com|cu|met|mit|z|su)"  # another clause, not the total's words
# a verb raising a count noun to a figure, or a count added to a figure («contribuiriam para»)
_TOTAL = re.compile(rf"\b(?:{_RISE}\b(?:\W+\w+){{0,2}}?\W+{_TOTAL_NOUN}|contribu\w*|add(?:s|ed|ing)? to)"
                    rf"(?:\W+(?!{_JOIN}\b)[^\W\d]+){{0,6}}?\W+{_TO}\s+{_ABOUT}(?=\d)")


def asks_added(question: str) -> bool:
    """Does a how-many question ask how many were added (more, additional, reinforcements),
    not the total?"""
    folded = _folded(question)
    return bool(_ADDED.search(folded)) and not _TOTAL_ASKED.search(folded)


def _folded(text: str) -> str:
    """``text`` as the patterns here read it: folded one character for one (offsets stay true,
    ``totals_only`` compares them with its figures'), with straight apostrophes."""
    return values.same_length_fold(text).replace("’", "'")


# A total asked in so many words («insgesamt», "in all", «łącznie», «en total»), not "a total
# ceasefire" («tregua total»: the ceasefire's), nor "after the reinforcements" (``_TOTAL_ASKED``).
_IN_ALL = re.compile(r"\b(?:in total|in totale|in totaal|en total|au total|no total|in all(?!\s+\w)|en tout|ao todo"
                     r"|al todo|in tutto|insgesamt|altogether|w sumie|[lł]acznie|is viso)\b")


def asks_total(question: str) -> bool:
    """Does a how-many question ask for a total in so many words («insgesamt», "in all", «łącznie»)?"""
    return bool(_IN_ALL.search(_folded(question)))


def totals_only(text: str) -> bool:
    """Are the sentence's figures all a total that something raised or adds to (``_TOTAL``)?"""
    starts = {m.end() for m in _TOTAL.finditer(_folded(text))}
    figures = values.extract(text, "number") if starts else []  # (read for every candidate: the cheap test first)
    return bool(figures) and all(v.start in starts for v in figures)
