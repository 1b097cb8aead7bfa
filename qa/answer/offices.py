"""Someone asked for by an office: a defence minister, a commander, a coach, a director, a mayor,
an architect, an ambassador, a lawmaker, the head of an intelligence service, the leaders at a
meeting, a delegation's head.

"Wie heißt der südkoreanische Verteidigungsminister?", "Who heads Ukraine's military
intelligence?", "Which European leaders met in Paris?": a sentence that names the holder names
the office ("Kim Yong-hyun, ministrul sud-coreean al Apărării"); best sentences about the
country, the service or the meeting, with no one beside a word for the office, do not say who
holds it (``qa.answer.abstain.unanswerable``). The offices are families of
``qa.answer.predicates`` too: a question about one wants a best sentence with a word for it.
Text is folded (accents off, lower case) before it is searched; each office has a pattern it
is asked by (strict) and one it is said by (generous: a word too many only lets an answer
through). ``holders``: the names in a sentence that may be someone holding one (not a place, a
compass point or a people's adjective); ``another_side``: an office named as another country
side's (South Korea's defence minister, asked for North Korea's).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import names
from .facts import fold


def folded(text: str) -> str:
    """Accents off, lower case, ligatures spelled out («sœur», «Cæsar»)."""
    return fold(text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae"))


# A person asked for by an office: a defence minister, a commander, a coach, a director, a mayor,
# an architect. A sentence that names the holder names the office ("Kim Yong-hyun, ministrul
# sud-coreean al Apărării"); best sentences about the country or the troops and none with a word
# for the office do not say who holds it. Not by "mayor" alone (Spanish for "larger"), nor by
# "minister" or "leader" alone (the articles' own people are ministers and leaders).
_DEFENCE = r"(?:defen[cs]e|verteidigung|defensa|difesa|defesa|apararii|defensie|obrony|gynybos|apsaugos)"
OFFICES = {
    "defence": (
        rf"\bminist\w*(?:\W+\w+){{0,4}}?\W+{_DEFENCE}\b|\b{_DEFENCE}\W+minist\w*|\bverteidigungsminist\w*"
        r"|\bdefensieminist\w*|\bpentagon\b",
        r"\b(?:defen[cs]\w*|verteidig\w*|difes\w*|defes\w*|aparar\w*|obron\w*|gynyb\w*|apsaug\w*|pentagon)",
    ),
    "command": (
        # (not Lithuanian «vadas» alone: any leader)
        r"\b(?:command\w*|comand\w*|kommand\w*|befehl\w*|dowodz\w*|dowodc\w*|bevelhebber\w*|vadovauja\w*"
        r"|kariuomenes vadas|het bevel (?:over|voert)|(?<!-)generaal)\b",
        r"\b(?:command\w*|comand\w*|kommand\w*|befehl\w*|dowod\w*|bevel\w*|vadov\w*|vadas|vado|general\w*"
        r"|generaal\w*|genera\w*|officer\w*|offizier\w*|officier\w*|oficial\w*|ufficial\w*|ofic\w*|karinink\w*)\b",
    ),
    "coach": (
        r"\b(?:coach\w*|trainer\w*|entrenador\w*|allenator\w*|treinador\w*|antrenor\w*|trener\w*|treneri\w*)\b",
        r"\b(?:coach\w*|trainer\w*|entrenador\w*|allenator\w*|treinador\w*|antrenor\w*|trener\w*|treneri\w*"
        r"|manager\w*|manag\w*|manaxer\w*|entraineur\w*)\b",
    ),
    "director": (
        r"\b(?:director\w*|direktor\w*|directeur\w*|diretor\w*|direttor\w*|dyrektor\w*|direktoriu\w*)\b",
        r"\b(?:direct\w*|direkt\w*|diret\w*|dyrekt\w*|curator\w*|kurator\w*|conservat\w*|head of|leiter\w*"
        r"|chef\w*)\b",
    ),
    "mayor": (
        # (not Spanish «mayor», larger; Italian «sindacato», a union; «mero», mere)
        r"\b(?:(?:the|a) mayor|mayor of|mayors|burgermeister\w*|burgemeester\w*|maire|maires|alcalde\w*"
        r"|sindac[oi]|prefeit\w*|primarul\w*|burmistrz\w*|meras|merui)\b",
        r"\b(?:mayor\w*|burgermeister\w*|burgemeester\w*|maire\w*|alcald\w*|sindac\w*|prefeit\w*|primar\w*"
        r"|burmistrz\w*|mer(?:as|o|ui|a)?|city council\w*)\b",
    ),
    "architect": (
        # the person, not the art («architecture», «Architektur», «arquitectura»)
        # … or who designed it («¿Quién diseñó el edificio…?», «Kto zaprojektował gmach…?»)
        r"\b(?:architects?|architectes?|architekt(?:en|in|innen)?|arquitect[oa]s?|arquitet[oa]s?|architett[oi]"
        r"|arhitect(?:ul|ii|i)?|architekt(?:a|em|owi)|architektas|architekto"
        # («progettò», «diseñó» fold to the nouns «progetto», «diseño»: only right after who)
        r"|(?:who|wer|qui|quien|chi|quem|cine|wie|kto|kas)\b(?: [\w']+){0,3}? (?:designed|entwarf|entworfen|a concu"
        r"|a conceput|progettato|projetou|projetado|proiectat|ontwierp|ontworpen|zaprojektowal\w*|suprojektav\w*)"
        r"|(?:quien|chi) (?:diseno|progetto))\b",
        # (the architect, not the architecture: «La arquitectura del Mercado…» names no one)
        r"\b(?:(?:architect|architekt|arquitet|arquitect|architett|arhitect)(?!ur|on)\w*"
        r"|design\w*|entw\w*|concu\w*|disen\w*|proiect\w*|progett\w*|projet\w*|ontw\w*|zaprojekt\w*|suprojekt\w*)\b",
    ),
}
# Two more offices, asked for only by name ("What is the name of Moscow's ambassador?", «Jak
# nazywa się południowokoreański poseł…?»): the articles speak of an ambassador and a lawmaker
# without naming them, and ask by them for figures ("according to a lawmaker, how many…").
NAMED_OFFICES = OFFICES | {
    "ambassador": (
        r"\b(?:ambassador\w*|botschafter\w*|ambassadeur\w*|embajador\w*|ambasciator\w*|embaixador\w*"
        r"|ambasador\w*)\b",
    ) * 2,
    "lawmaker": (
        r"\b(?:lawmakers?|legislators?|member of parliament|mps?|abgeordnete\w*|parlamentarier\w*|depute\w*"
        r"|diputad[oa]s?|deputat[oi]|deputad[oa]s?|deputat\w*|parlementslid|parlementsleden|kamerlid|kamerleden"
        r"|posel|posla|posle|poslem|poslowie|deputowan\w*|parlamentar\w*|seimo nar\w*)\b",
    ) * 2,
    # Who were the leaders at a meeting, who led a delegation: the articles tell of European
    # leaders meeting in Paris and of talks in Saudi Arabia, and name no one in them. Leaders in
    # the plural only (a question about "the leader" asks about the articles' own people).
    "leaders": (
        r"\b(?:leaders|leiders|regeringsleiders|dirigeants|lideres|dirigentes|mandatarios|quali leader|capi di stato"
        r"|chefs d.etat|chefes de estado|liderii|lideri|liderilor|sefii de stat|przywodcy|przywodcow|liderzy"
        r"|liderow|lyderiai|lyderius|lyderiu|staats- und regierungschefs|regierungschefs|staatschefs"
        # … one of them, after a which-word («Quale leader europeo…?», «Care lider…?»)
        r"|(?:quale|qual|que|care|ce|welke|which|quel|quelle|cual|kuris|koks) (?:\w+ )?(?:leader|leider|lider|dirigeant\w?|lyderis)"
        # … or who hosted them («Wie was gastheer…?», "Who hosted the Paris summit?")
        r"|(?:who|wer|qui|quien|chi|quem|cine|wie|kto|kas)\b(?:\W+\w+){0,4}?\W+(?:host|hosted|gastheer|gastgeber\w*"
        r"|anfitriao|anfitrion|hote|ospitato|gazduit|gospodarz\w*|seimininkas))\b",
        r"\b(?:leader\w*|leider\w*|dirigeant\w*|lider\w*|dirigent\w*|mandatari\w*|capi di stato|chefs? d.etat"
        r"|chefes? de estado|sef\w* de stat|przywodc\w*|lyder\w*|\w*regierungschef\w*|staatschef\w*|president\w*"
        r"|presedint\w*|prezydent\w*|prezident\w*|premier\w*|prime minister\w*|kanzler\w*|chancellor\w*"
        r"|host\w*|gastheer\w*|gastgeber\w*|anfitri\w*|hote|ospit\w*|gazdui\w*|gospodarz\w*|seiminink\w*)\b",
    ),
    # The head of an intelligence service: the articles cite Ukraine's «Serviciului Secret»,
    # «serviciile de informații», «inlichtingendienst», and name no one who leads it.
    "intelligence": (
        r"\b(?:(?:head|chief|director|boss|leader)s? of (?:\S+ ){0,2}(?:intelligence|spy|secret service)"
        r"|spy (?:chief|master|boss)|spymaster|intelligence (?:chief|head|boss|director)"
        r"|(?:leads|heads|runs|directs|led|headed|ran) (?:\S+ ){0,3}(?:intelligence|spy|secret service)"
        r"|geheimdienstchef\w*|(?:leitet|fuhrt|leitete|fuhrte|chef) (?:\S+ ){0,3}(?:geheimdienst|nachrichtendienst)\w*"
        r"|(?:chef|patron|directeur|responsable) (?:du|des|de la) (?:\S+ ){0,2}(?:renseignement|espionnage)\w*"
        r"|(?:dirige|dirigeait) (?:\S+ ){0,3}(?:renseignement|espionnage)\w*"
        r"|(?:jefe|director|responsable) (?:de|del|de la) (?:\S+ ){0,2}(?:inteligencia|espionaje)"
        r"|(?:dirige|encabeza|dirigia) (?:\S+ ){0,3}(?:inteligencia|espionaje)"
        r"|(?:capo|direttore) (?:dei|del|della|dell) ?(?:\S+ ){0,2}(?:servizi|intelligence|spionaggio)"
        r"|(?:guida|dirige) (?:\S+ ){0,3}(?:servizi segreti|intelligence|spionaggio)"
        r"|(?:chefe|diretor) (?:da|do|dos|das) (?:\S+ ){0,2}(?:inteligencia|espionagem|servicos secretos)"
        r"|(?:chefia|dirige|lidera) (?:\S+ ){0,3}(?:inteligencia|espionagem|servicos secretos)"
        r"|sef\w* (?:\S+ ){0,2}(?:spionaj\w*|informatii|serviciilor secrete|serviciului secret)"
        r"|(?:conduce|condus) (?:\S+ ){0,3}(?:servici\w* (?:de informatii|secret\w*)|spionaj\w*)"
        r"|inlichtingen(?:chef|baas|hoofd)\w*|hoofd van de (?:\S+ ){0,2}(?:inlichtingen|geheime dienst)\w*|(?:leidt|leidde) (?:\S+ ){0,3}(?:inlichtingen|geheime dienst)\w*"
        r"|szef\w* (?:\S+ ){0,2}(?:wywiad|sluzb\w* specjaln)\w*|(?:kieruje|kierowal) (?:\S+ ){0,3}(?:wywiad|sluzb\w* specjaln)\w*"
        r"|(?:vadovas|vadove) (?:\S+ ){0,3}zvalgyb\w*)\b",
        r"\b(?:intelligence|spy|spies|espionage|secret services?|geheimdienst\w*|nachrichtendienst\w*|renseignement\w*"
        r"|espionnage|inteligencia|espionaje|servizi segreti|spionaggio|espionagem|servicos secretos|informatii"
        r"|spionaj\w*|servici\w* secret\w*|secret\w*|inlichtingen\w*|geheime dienst\w*|wywiad\w*|sluzb\w* specjaln\w*"
        r"|zvalgyb\w*|sbu|hur|gur)\b",
    ),
    "delegation": (
        r"\b(?:delegation\w*|delegacj\w*|delegati\w*|delegatie\w*|delegazion\w*|delegacion\w*|delegacao\w*"
        r"|delegacoes|delegacij\w*)\b",
    ) * 2,
}
# Compiled once, for this module and for ``predicates`` (whose families the offices are too).
PATTERNS = {office: (re.compile(asked), re.compile(said)) for office, (asked, said) in NAMED_OFFICES.items()}


# A question that asks who someone is or what they are called (folded), per language; not "what
# did the ambassador say" nor "why did the lawmaker travel".
_WHO_WORDS = {
    "en": r"\b(?:who|whom|whose|which|name\w*|called)\b", "de": r"\b(?:wer|wen|wem|wessen|welche\w*|hei(?:ss|ß)t|namen?)\b",
    "fr": r"\b(?:qui|quel\w*|appel\w*|nom)\b", "es": r"\b(?:quien\w*|cual\w*|llama\w*|nombre)\b",
    "it": r"\b(?:chi|quale|quali|chiama\w*|nome)\b", "pt": r"\b(?:quem|qual|quais|chama\w*|nome)\b",
    "ro": r"\b(?:cine|care|numeste|numele|nume)\b", "nl": r"\b(?:wie|welke?|heet|naam)\b",
    "pl": r"\b(?:kto|ktory|ktora|kogo|nazywa\w*|nazwisk\w*)\b", "lt": r"\b(?:kas|kuris|kuri|vadinasi|vardas|pavard\w*)\b",
}
_WHO_ANY = re.compile("|".join(_WHO_WORDS.values()))
_WHO = {lang: re.compile(pattern) for lang, pattern in _WHO_WORDS.items()}


def asks_holder(question: str, language: str | None) -> frozenset[str]:
    """The offices (``NAMED_OFFICES``) whose holder the question asks for by who or by name
    ("Wie heißt der südkoreanische Verteidigungsminister?"), none for any other question about
    them ("What did the ambassador say?")."""
    low = folded(question)
    if not _WHO.get(language or "", _WHO_ANY).search(low) and not _which_office(low):
        return frozenset()
    if _REPRESENTED.search(low) and _PERSON.get(language or "", _PERSON_ANY).search(low):
        return names_office(question) | {"delegation"}  # who spoke for a side: a delegation's member
    return names_office(question)


# "Who represented Ukraine at the talks?", «Kto reprezentował…?», "Who headed the US team…?": the
# one who spoke for a side, named beside a delegation (not "Which team represented the AFC?").
_REPRESENTED = re.compile(r"\b(?:represent\w*|vertrat|vertreten\w*|vertritt|rappresent\w*|reprezent\w*"
                          r"|vertegenwoordig\w*|atstov\w*|(?:headed|led|leads|heads) the (?:\w+ ){0,2}team)\b")
_PERSON_WORDS = {"en": r"\b(?:who|whom)\b", "de": r"\b(?:wer|wen)\b", "fr": r"\bqui\b", "es": r"\bquien\w*",
                 "it": r"\bchi\b", "pt": r"\bquem\b", "pl": r"\b(?:kto|kogo)\b", "nl": r"\bwie\b",
                 "ro": r"\bcine\b", "lt": r"\b(?:kas|kuris)\b"}
_PERSON = {lang: re.compile(pattern) for lang, pattern in _PERSON_WORDS.items()}
_PERSON_ANY = re.compile("|".join(p for lang, p in _PERSON_WORDS.items() if lang != "nl"))  # (German «wie» is how)


def _which_office(low: str) -> bool:
    """Does a which-word stand right before an office: its first word («Ce lideri…?»), or, where
    the which-word opens the question, an office of several words («¿Qué responsable de la
    inteligencia…?»)?"""
    m = _WHICH.search(low)
    if not m:
        return False
    after = low[m.end():].split(" ")
    # (a people's adjective may stand between: «Którzy europejscy przywódcy…?»)
    return (bool(names_office(after[0])) or len(after) > 1 and names.demonym(after[0]) and bool(names_office(after[1]))
            or not low[:m.start()].strip(" ¿¡") and _office_at(" ".join(after[:5])))


def _office_at(words: str) -> bool:
    """Do ``words`` open with an office's name («responsable de la inteligencia»), not name one
    further on («a spus ambasadorul»: what the ambassador said)? Only after a which-word that
    opens the question: «… l'uomo che guida i servizi segreti» is a relative clause."""
    return any(m.start() == 0 for f in NAMED_OFFICES if (m := PATTERNS[f][0].search(words)))


# "Which" as the Romance languages, Polish and Lithuanian say it before a noun («Ce lideri…?»,
# «Que líderes…?», «Jacy przywódcy…?», «Którzy przywódcy…?»): it asks for the holders only
# where an office follows.
_WHICH = re.compile(r"\b(?:ce|que|che|jac[yh]\w*|jaki\w*|kokie|kokia|koks|kurie)\s+"
                    r"|^\W*(?:(?:z|w|do|na|od|o|przez|dla)\s+)?ktor\w*\s+")  # (not «…, które przywódcy nałożyli»)


# How a report names some offices where a question would not ("Kyiv mayor Vitali Klitschko",
# "manager Carlo Ancelotti", "designed by Zaha Hadid"); not the wide words a family is said by
# («general», «oficial», «direction»: a name beside them is seldom the office's holder).
_REPORTED = {
    "mayor": re.compile(r"\bmayor\b"),
    "coach": re.compile(r"\b(?:manager|head coach)\b"),
    "architect": re.compile(r"\b(?:designed|entworfen von|entwarf|concu par|a concu|disenad[oa] por|diseno|progettat[oa] da"
                            r"|progetto|projetad[oa] por|projetou|proiectat|a conceput|ontworpen door|ontwierp"
                            r"|zaprojektowa\w*|suprojektav\w*)\b"),
}


def not_office(names: list[str], offices: frozenset[str]) -> list[str]:
    """The names that are not words of the offices themselves: «Serviciului Secret» names the
    service, «Apărării» the ministry, not who leads them."""
    return [n for n in names if not any(PATTERNS[f][1].search(folded(n)) for f in offices)]


@lru_cache(maxsize=8192)
def office_in(text: str) -> frozenset[str]:
    """The offices a sentence names: as a question names them (``names_office``; a defence
    minister, not a «defensiepact»), or as a report does (``_REPORTED``)."""
    low = folded(text)
    return names_office(text) | frozenset(f for f, pattern in _REPORTED.items() if pattern.search(low))


# A compass point qualifying an office: «ministrul sud-coreean al Apărării» is South Korea's,
# "North Korea's defence minister", «ministrem obrony Korei Północnej» North Korea's.
# (not French «sur», Italian «sul», on; nor Polish «po południu», in the afternoon: only before Korea)
_COMPASS_WORD = re.compile(r"\b(north|nord|noord|norte|nor(?=cor)|siaures|polnoc\w*|south|sud|sued|zuid|sur(?=cor)"
                           r"|sul(?=-?cor)|pietu(?=\s+kor)|poludni(?!u\b)\w*)(?=\b|-|kor|cor)")
_NORTH = ("nor", "noord", "siaures", "polnoc")  # north, nord, norte, «norcoreano»…


# … and a country by its adjective or name: «ministrul rus al Apărării» is Russia's, not «Kim
# Yong-hyun, ministrul sud-coreean al Apărării»; Ukraine's, the United States' likewise (folded).
_COUNTRY_WORD = {
    "russia": re.compile(r"\b(?:russ\w*|rus|rusa|rusos?|rusas|rusi[ae]\w*|rusesc\w*|rusij\w*|rusu|rosj\w*"
                         r"|rosyjsk\w*|rusland\w*)\b"),
    "ukraine": re.compile(r"\b(?:u[ck]rain\w*|oekrain\w*|ucran\w*|ukrain\w*)\b"),
    "us": re.compile(r"\b(?:american\w*|americain\w*|amerikan\w*|amerikaans\w*|estadounidense\w*|americano\w*"
                     r"|statunitens\w*|norte-american\w*|amerykansk\w*|usa|eua|jav)\b"),
}


def _qualified(low: str, pattern: re.Pattern) -> set[str]:
    """The compass points (North, South) and countries (``_COUNTRY_WORD``) next to each mention
    of an office (in its clause: up to a comma)."""
    out = set()
    for m in pattern.finditer(low):
        before = re.split(r"[,;.!?]", low[max(0, m.start() - 30): m.start()])[-1]
        after = re.split(r"[,;.!?]", low[m.end(): m.end() + 20])[0]
        near = before + m.group() + after
        for word in _COMPASS_WORD.findall(near):
            out.add("north" if word.startswith(_NORTH) else "south")
        out |= {country for country, word in _COUNTRY_WORD.items() if word.search(near)}
    return out


def another_side(question: str, text: str, offices: frozenset[str]) -> bool:
    """Does ``text`` name the office asked for only as another side's than the question's
    (South Korea's defence minister, for North Korea's)?"""
    q, t = folded(question), folded(text)
    for office in offices:
        asked, said = _qualified(q, PATTERNS[office][0]), _qualified(t, PATTERNS[office][1])
        if asked and said and not asked & said:
            return True
    return False


# An office a question names only to say who acts ("Where did Moscow's top diplomat meet the
# leader?"): a sentence naming it («O ministro das Relações Exteriores da Rússia … Em Wonsan»)
# ranks higher, as for the offices above, but no sentence need name it (``ranked``).
_FOREIGN = re.compile(
    r"\b(?:foreign minist\w*|minister of foreign affairs|top diplomat\w*|chief diplomat\w*|(?:aussen|außen)minist\w*"
    r"|chefdiplomat\w*|ministre des affaires etrangeres|chef de la diplomatie|ministr[oa] de (?:asuntos )?exteriores"
    r"|ministr[oa] de relaciones exteriores|jef[ea] de la diplomacia|ministr[oa] degli (?:affari )?esteri"
    r"|capo della diplomazia|ministr[oa] d[oa]s (?:relacoes exteriores|negocios estrangeiros)|chefe da diplomacia"
    r"|ministr\w* (?:de|al afacerilor) externe|ministr\w* afacerilor externe|sef\w* diplomatiei"
    r"|minister van buitenlandse zaken|buitenlandminister\w*|topdiplomaat|minist\w* spraw zagranicznych"
    r"|szef\w* (?:msz|dyplomacji)|uzsienio reikalu ministr\w*|diplomatijos vad\w*)\b")


# … and an adviser («Putino patarėjas», "Sicherheitsberater", «beveiligingsadviseur», «assessor de
# segurança»).
_ADVISER = re.compile(r"\b(?:\w*advis[eo]rs?|\w*adviseur\w*|\w*berater\w*|conseill(?:er|ere)s?|asesor\w*"
                      r"|assessor\w*|consiglier\w*|conselheir\w*|consilier\w*|doradc\w*|patarej\w*)\b")


# The offices whose sentence ranks higher (not the ambassador and the lawmaker of
# ``NAMED_OFFICES``: that cost a check answer, eval/README.md, session 21).
RANKED = frozenset(OFFICES) | {"foreign", "adviser"}


@lru_cache(maxsize=8192)  # read for every candidate sentence of every question, as names_office is
def ranked(text: str) -> frozenset[str]:
    """The offices of ``names_office``, and a foreign minister or an adviser however named."""
    low = folded(text)
    return names_office(text) | frozenset(
        office for office, pattern in (("foreign", _FOREIGN), ("adviser", _ADVISER)) if pattern.search(low))


def rules(text: str) -> bool:
    """Does ``text`` speak of ruling a country or its ruler ("Since when has Kim ruled…?",
    «Depuis quand Kim dirige-t-il le pays ?», «liderul nord-coreean»), in the ten languages?"""
    return bool(_RULER.search(folded(text)))


# Ruling and rulers (folded words): the verb a since-question asks by, the noun a sentence
# telling it would hold. (Not "led" alone: a delegation is led.)
_RULER = re.compile(
    r"\b(?:rul(?:e|es|ed|ing|er|ers)|govern(?:s|ed|ing)?|reign\w*|in power|regier\w*|herrsch\w*|an der macht"
    r"|machthaber\w*|dirige(?:-t-il|-t-elle)?|gouvern\w*|regne\w*|au pouvoir|gobierna\w*|en el poder"
    r"|governa\w*|al potere|no poder|rzadz\w*|rzadzi|u wladzy|wladc\w*|regeer\w*|aan de macht|heerser\w*"
    r"|conduce|guverneaz\w*|la putere|conducator\w*|vald\w*|valdov\w*|leader|lider\w*|leider|dirigeant\w*"
    r"|przywodc\w*|vadov\w*)\b")


@lru_cache(maxsize=8192)
def names_office(text: str) -> frozenset[str]:
    """The offices (``NAMED_OFFICES``) a text names the way a question asks for them ("ministrul
    sud-coreean al Apărării", not a defence pact), in the ten languages."""
    low = folded(text)
    return frozenset(f for f in NAMED_OFFICES if PATTERNS[f][0].search(low))


# Words that are capitalised but name no one: compass points run apart from their country ("Zuid
# -Koreaanse"), and peoples' adjectives in the languages that capitalise them ("Koreaanse",
# "Russische", "Korean", "Ukrainian").
_COMPASS = set("north south east west nord sud ost noord zuid oost norte sur sul este oeste vest "
               "polnoc poludnie wschod zachod pietu siaures rytu vakaru".split())
_DEMONYM = re.compile(r"(?:aanse|aans|ische|isch|ischen|ischer|isches)$")
# … and English or French ones ("Korean", "Ukrainian", "Japanese", «Coréen» is lower case), but
# only before a lower-case word ("Korean troops"): "Lucian Ardelean," and "Julian Dean" are people.
_DEMONYM_BEFORE_NOUN = re.compile(r"(?:ean|eans|ian|ians|ese)$")


def holders(text: str, language: str | None, question: str) -> list[str]:
    """The names in ``text`` that may be someone's, and that ``question`` does not hold: not a
    place in any spelling, a compass point or a people's adjective ("Kim Yong-hyun, ministrul
    sud-coreean al Apărării" → Kim, Yong, Apărării; "Een Zuid-Koreaanse parlementslid" → none)."""
    def adjective(n: str) -> bool:
        f = fold(n)
        if _DEMONYM.search(f):
            return True
        # before a lower-case word, after no first name ("North Korean troops", "Russian
        # officials"; not "Julian Dean met")
        m = re.search(rf"(\w*)[\s-]+{re.escape(n)}\s+[^\W\d_A-Z]|^{re.escape(n)}\s+[^\W\d_A-Z]", text)
        return bool(_DEMONYM_BEFORE_NOUN.search(f) and m and not (
            m.group(1) and m.group(1)[:1].isupper() and fold(m.group(1)) not in _COMPASS))
    return [n for n in names.proper_names(text, language)
            if not (names.place(n) or fold(n) in _COMPASS or adjective(n) or names.spelled_in(n, question))]
