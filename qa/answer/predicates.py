"""Questions about a birth, a relative, a population, an age, a distance, soldiers taken prisoner,
drones shot down, anything nuclear, a price or pay, an award, an invention, the weather, a time of day, visitors, a hotel,
hospital, stadium or airport, how many a stadium holds, or someone asked for by an office, which only a sentence with a word (or a
unit) for it can answer.

A near-topic question names what the articles name and asks something they do not say: "Când
s-a născut Kim Jong Un?", "Wer ist Kims Ehefrau?", "Ilu mieszkańców ma Pjongjang?". Its best
sentences are about Kim or Pyongyang and score as high as an answer would (e5-small puts "when
was he born" near any sentence about him), so neither the similarity nor the names rule declines
it. But a birth is stated with a word for being born, a wife with a word for a wife, a
population with one for inhabitants, in whatever language the article is written; when none of
the best sentences holds such a word, they do not answer. The families are few and their words
unambiguous on purpose (no word family for an age: "years" is everywhere, so an age is asked
in phrases, below; no "death": casualty figures are what news reports); a relative counts only
where the question names someone ("the sister lineage of ctenophores" asks no such thing), a
population only in a question that asks for a figure (how many, "what is the population of…",
a chat's «Inwoners van Wonsan?»). The words are those of ten languages, so the rule holds
where the best sentences are written in them,
or in the eight more languages whose words for the same things ``said`` lists.

Two more families are measures (``measures.MEASURES``): an age, asked in a phrase ("how old", «quel
âge», «câți ani», or as a chat does: "Lavrov's age?") and stated as a count of years («39 de ani», «40-jährige») or a word for age;
a distance, asked by naming a length unit, a word for distance or a weapon's range («autonomia
dei droni», «alcance»), stated with a unit or a word for range. Not "short-range", «krótkiego
zasięgu», «trumpo nuotolio»: they name a kind of missile.

More are events and places (``events.EVENTS``, ``venues.VENUES``), which a report states in words
of its own when it reports them: a capture, a downing, anything nuclear, a price or a pay (or money paid or
earned), the weather, a time of day (a clock time, an hour, a part of the day), a gift, something
signed (a how-many question counts signatures, and asks none), an award ("who was the MVP":
a sentence telling who won it names it), an invention ("Who invented packet switching?": a
sentence telling it has a word for inventing, devising or coining); and a hotel, a
hospital, a stadium or an airport asked for by its kind, and how many a stadium or a theatre
holds (capacity, seats or spectators beside a figure); a visit or a round to come ("When will
Kim visit Moscow again?") or the one before this one, which a sentence about this one does not
tell. "How many were captured?", "how many of the
drones were shot down?" were answered with the figure of the soldiers sent or the drones
launched. Visitors or tourists are asked for by a count ("how many visitors a year").

The last ones are offices (``qa.answer.offices``): someone asked for by what they are; a
sentence that names the holder names the office. These families were kept only where a set
written after them, never tuned on, declined more with them and lost nothing (eval/README.md,
sessions 18, 19 and 24).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from . import said
from . import offices
from .events import EVENTS
from .venues import VENUES
from .measures import MEASURES
from .asks import expected_answer, wants_new_fact
from .dates import YEARS
from .facts import numbers
from .offices import folded as _fold

# A spouse, or being married to someone («Met wie is … getrouwd?», «Mit wem ist … verheiratet?»): a
# family of its own, and relatives' too.
_SPOUSE = ("wife husband spouse ehefrau ehemann gattin gatte epouse epoux esposa esposo moglie marito "
           "marido sotie sotia sotul echtgenote echtgenoot maz meza zmona zmonos "
           "married verheiratet casado casada sposato sposata casatorit casatorita getrouwd zonaty zamezna vedes")

# Words (accents off, lower case, whole words; inflected forms listed) in the languages the
# answer is framed in: en de fr es it pt ro nl pl lt. A question is taken to ask about a family
# only by words that mean nothing else in another of these languages ("nato" is NATO, "son"
# French for "his", "mari" Romanian for "big", "zona" a zone in four of them, "mulher" and
# "vyras" a woman and a man, "fiu" Romanian for "(that) I be"); a sentence speaks of it by those
# and by the ambiguous ones (``_ALSO_SAID``): a word too many there only lets an answer through.
FAMILIES = {
    "birth": "born birth birthday geboren geburt geburtstag naissance nacio nacido nacida nacimiento "
             "nata nascita nacque nasceu nascido nascida nascimento nascut nascuta nasterii nastere "
             "geboorte urodzil urodzila urodzenia urodzony urodzona gime gimes gimimo "
             # German and Dutch compounds («Teslas Geburtsdatum?», «Geboortejaar Maarten Luther?»)
             "geburtsdatum geburtsjahr geburtsort geboortedatum geboortejaar geboorteplaats",
    # A founding, asked in so many words for when it was ("In which year was BSkyB founded?",
    # «Kuriais metais buvo įkurta…?»; ``asked`` reads it for a time alone). Not «fundo» (a fund),
    # «fonde» (melts), «fondate», «fondées» (well-founded), «fondation», «fundación» (a foundation's
    # name), «założenia» (assumptions), «założył» (put on), «įkurti» (to set up).
    "founding": "founded gegrundet gegrundete grundete grundeten grundungsjahr fondee fondata fondato fondat "
                "fundada fundado fundadas fundados fundaron fundou fundaram infiintat infiintata infiintate "
                "opgericht zalozony zalozona zalozono ikurta ikurtas ikurtos ikure isteigta isteigtas",
    "relative": "sister brother daughter sons mother father "
                "schwester bruder tochter sohn mutter vater soeur frere fille fils "
                "hermana hermano hija hijo madre padre sorella fratello figlia "
                "figlio irma irmao filha filho mae pai sora fratele frate "
                "fiica fiul mama tatal zus zuster broer dochter zoon moeder vader "
                "siostra siostry brata corka corki syn syna matka ojciec "
                "sesuo sesers brolis brolio dukra dukters sunus sunaus motina tevas " + _SPOUSE,
    # … and a spouse among relatives: «fiul Hui» (a son, mistranslated) tells no one's wife
    "spouse": _SPOUSE,
    "population": "inhabitants population populations residents einwohner einwohnern bevolkerung habitants "
                  "habitantes poblacion abitanti popolazione populacao locuitori locuitorii populatie "
                  "populatia populatiei inwoners bevolking mieszkancow mieszkancy ludnosc ludnosci "
                  "gyventoju gyventojai gyventojus inwonertal inwonertallen einwohnerzahl bevolkingsaantal",
}
# A birth is also said by a founding: "when was the stock exchange born?" is answered by «gegründet».
_BORN_OR_FOUNDED = ("nato nee founded established gegrundet grundung fondee fonde fondation fundada fundado fundacion "
                    "fondata fondato fondazione fundou fundacao fondat infiintat infiintata opgericht "
                    "zalozony zalozona zalozone zalozyl zalozenia ikurta ikurtas ikurtos")
_ALSO_SAID = {
    "birth": _BORN_OR_FOUNDED,
    # … and a founding by those, by the birth's verbs, and by the other words a founding is told in
    # («se estableció en 1969», formed, «gesticht»), which a birth is not
    "founding": _BORN_OR_FOUNDED + " born nacio nacido nacida nata nacque nasceu nascido nascida nascut nascuta "
                "geboren urodzil urodzila gime gimes establishment establecio establecida establecido establecidos "
                "estabelecida estabelecido etabli etablie stabilita stabilito fondatore fondator fondatorul founder "
                "founders formed created creada creado creata creato criada criado creee cree gebildet gesticht "
                "opgerichte utworzony utworzona powstal powstala powstalo zalozyciel isteigta isteigtas sukurta "
                "sukurtas fundador fundadores fundatori fondateur fondateurs grunder grundete grundeten incorporated "
                "inaugurated inaugurat inaugurada inaugurado inaugure",
    "relative": "son mari mere pere zona zony zone mulher vyras vyro brat fiu",
    "spouse": "mari mulher zona zony zone femme frau vrouw vyras vyro",
    # … and the verbs a how-many-live question asks by ("1.5 million people live there")
    "population": "inwoner habitant mieszkancami live lives lived living leben lebt lebten wohnen wohnt wohnten vivent "
                  "vit vivaient habitent viven vive vivian habitan vivono vivevano abitano vivem moram traiesc "
                  "locuiesc locuieste wonen woont woonden leven leeft leefden mieszka mieszkaja zyje zyja gyvena gyveno",
}
_PATTERNS = {family: (re.compile(asked), re.compile(said))
             for family, (asked, said) in (MEASURES | EVENTS | VENUES).items()} | offices.PATTERNS
LANGUAGES = frozenset("en de fr es it pt ro nl pl lt".split())
_ASKED = {family: frozenset(words.split()) for family, words in FAMILIES.items()}
_SAID = {family: _ASKED[family] | frozenset(_ALSO_SAID[family].split()) for family in FAMILIES}


def _families(folded: str, table: dict[str, frozenset[str]], said: bool) -> set[str]:
    """The families ``folded`` (see ``_fold``) asks about or speaks of (``said``): by a word of
    ``table``, or a measure, an event or a place by its pattern."""
    words = set(re.findall(r"[a-z]+", folded))
    return ({family for family, known in table.items() if words & known}
            | {family for family, patterns in _PATTERNS.items() if patterns[said].search(folded)})


# French «né» folds to «ne», the negation: a birth is asked by «est-il né», «où est née…».
# Spanish «se fundó», French «a été fondé» (folded «se fundo», «ete fonde»: «fundo» alone is a fund
# or a bottom in Portuguese, «fonde» Italian for melts).
_FOUNDED = re.compile(r"\bse fundo\b|\bete fondee?s?\b")
_FRENCH_BORN = re.compile(r"\b(?:est|es|sont|etait|fut|suis)(?:-t)?(?:-(?:il|elle|ils|elles))?\s+nee?s?\b")
# German «kam … zur Welt», «ist … zur Welt gekommen», Dutch «kwam … ter wereld» (was born);
# not «zur Welt der Großmächte».
_GERMAN_BORN = re.compile(r"\b(?:kam|kamen|kommt|gekommen)\b.*\bzur welt\b(?!\s+der\b)"
                          r"|\bzur welt\s+(?:kam|kamen|gekommen)\b|\b(?:kwam|kwamen|gekomen)\b.*\bter wereld\b"
                          r"|\bter wereld\s+(?:kwam|gekomen)\b")


# How many live somewhere, asked without a word for a population: said with one («habitants»,
# «locuitori», «سكان») or the same verb ("1.5 million people live in the Amazon"), not by a
# sentence about the place alone. Not a count of species or animals, nor a span of time ("how
# many years ago did they live"), nor a life lost («ums Leben», «om het leven»), nor "live fire".
_LIVE_BETWEEN = (r"(?:(?!(?:\w')?(?:speci|espec|arten|\w*arten\b|soort|gatunk|rus[ie]s|rusiu|kind|animal|tier|dier"
                 r"|year|jahr|ans\b|anos|anni|ani\b|jaar|jaren|lat\b|metu|month|monat|mois|mes[ei]s?\b|mesi|maand"
                 r"|miesi|menes|day|tag|jour|dien|dni\b|dias|giorni|zile|dagen|hour|stund|centur|jahrhundert|siecl"
                 r"|million|millon|milion|milijon|did\b|do\b|does\b)\w*)[\w']+ ){0,4}")
_LIVE = re.compile(
    rf"\b(?:how many {_LIVE_BETWEEN}(?:live|lived|living|reside)(?![- ](?:fire|rounds?|broadcast|stream|ammunition))"
    rf"|wie viele {_LIVE_BETWEEN}(?<!ums )(?<!ihr )(?<!sein )(?<!das )(?:leben|lebten|wohnen|wohnten)"
    rf"|combien {_LIVE_BETWEEN}(?:vivent|vivaient|habitent|habitaient|resident)"
    rf"|cuant[oa]s {_LIVE_BETWEEN}(?:viven|vivian|habitan|residen)|quant[ei] {_LIVE_BETWEEN}(?:vivono|vivevano|abitano|risiedono)"
    rf"|quant[oa]s {_LIVE_BETWEEN}(?:vivem|viviam|moram|habitam|residem)|cati {_LIVE_BETWEEN}(?:traiesc|traiau|locuiesc|locuiau)"
    rf"|hoeveel {_LIVE_BETWEEN}(?<!het )(?<!hun )(?<!zijn )(?:wonen|woonden|leven|leefden)"
    rf"|il[eu] {_LIVE_BETWEEN}(?:mieszka\w*|zyje|zyja|zylo)|kiek {_LIVE_BETWEEN}(?:gyvena|gyveno))\b")


# "According to the South Korean lawmaker, how many …?" names whom it believes, not what it asks
# about: the lawmaker is no family the best sentences must speak of. Only as a clause of its own
# (opening the question, up to a comma; or closing it): «o segundo marido» is a second husband.
_ATTRIBUTION = re.compile(
    r"(?:^|,)\s*(?:according to|segundo|segun|selon|laut|secondo|potrivit|conform|volgens|wedlug|pagal)"
    r"(?:\s+[\w-]+){1,4}?\s*(?=,)"
    r"|\b(?:according to|segun|selon|laut|potrivit|volgens|wedlug|pagal)(?:\s+[\w-]+){1,4}?\s*(?=\?|$)")


def asked(question: str, names_someone: bool, counts: bool = True) -> frozenset[str]:
    """The families the question asks about. A relative counts only when ``names_someone``, a
    population or visitors only when the question ``counts`` (a how-many question: "what did Kim
    tell the residents of Wonsan" asks no figure) or otherwise asks for a figure
    (``_asks_figure``). Whom the question believes ("according to the lawmaker") is no family."""
    folded = _ATTRIBUTION.sub(" ", _fold(question))
    found = _families(folded, _ASKED, said=False)
    if _FRENCH_BORN.search(folded) or _GERMAN_BORN.search(folded):
        found.add("birth")
    if _FOUNDED.search(folded):
        found.add("founding")
    if counts and _LIVE.search(folded):  # "How many indigenous people live in the Amazon?"
        found.add("population")
    if not names_someone:
        found -= {"relative", "spouse"}
    if expected_answer(question) != "time":
        found -= {"death", "founding"}
    if not counts:
        if not _asks_figure(folded, question):
            found -= {"population", "visitors", "passengers"}
    else:  # "How many names were signed on the petition?" counts signatures, asks no signing
        found.discard("signing")
    return frozenset(found)


# A population asked for as a thing ("What is Warsaw's population today?") is a figure.
_POPULATION = frozenset("population populations bevolkerung poblacion popolazione populacao populatie populatia "
                        "populatiei bevolking ludnosc ludnosci inwonertal einwohnerzahl bevolkingsaantal".split())
_WHAT_IS = re.compile(r"^\W*(?:what|which|wat|welke|was|welche\w*|quelle?|cual|qual|quale|care|ce|jaka|jaki|kokia|koks)"
                      r"\b(?:\s+\S+){0,2}?\s+(?:is|are|was|ist|war|est|etait|es|era|e|este|jest|yra|buvo)\b")
# Words that open a question about something else than a figure ("Why did the residents flee?").
_ASKING = frozenset("what was que quoi qu ce wat co ka cosa jakie jaki jaka kokia kokie koks koki kuri why how warum wie "
                    "weshalb pourquoi comment por porque perche come cum waarom hoe dlaczego jak kodel kaip".split())


def _asks_figure(folded: str, question: str) -> bool:
    """Does a question that is no how-many one still ask for a figure: "what is" a population
    ("What is Warsaw's population today?"), or a chat's few words with no question word
    («Populația orașului Wonsan?», «Inwoners van Wonsan?», «Visiteurs annuels du V&A ?»)?
    Not "What did Kim tell the population of Wonsan?"."""
    words = re.findall(r"[a-z]+", folded)
    if _POPULATION & set(words) and _WHAT_IS.search(folded):
        return True
    return len(words) <= 5 and not _ASKING & set(words) and not wants_new_fact(question)


# Families asked as a figure (``_told``): a word for them answers only beside one. A population or
# visitors beside a figure of a hundred or more (not Highway 99, Interstate 5, a year), a price
# beside any figure or a currency, passengers beside any figure ("42 passengers" on a flight). A
# bare four-digit figure from 1500 to 2099 reads as a year ("1800 inhabitants" is lost with it).
_FIGURES = {"population": 100, "visitors": 100, "passengers": 0, "cost": 0, "capacity": 100, "withdrawal": 1}
FIGURED = frozenset(_FIGURES)
# … a figure with a scale word numbers() does not read: Polish «540 tys.», Lithuanian «tūkst.»,
# «un milion», «pół miliona», and those of the eight more languages («520 тысяч», «3 triệu»).
_SCALED = re.compile(
    r"\d\s*(?:tys|tūkst|тыс|млн|млрд|миллион|миллиард|χιλιάδ|εκατομ|δισεκ|bin\b|milyon|milyar|nghìn|ngàn|triệu"
    r"|tỷ|ألف|آلاف|مليون|ملايين|مليار|हज़ार|हजार|लाख|करोड़|พัน|หมื่น|แสน|ล้าน)"
    r"|\b(?:un|o|one|a|ein|eine|een|um|uno|una|pół|pol|pusė|half)\s+(?:milion\w*|millon\w*|million\w*|milh[aã]o"
    r"|miljoen\w*|milijon\w*|miliard\w*|mil+iard\w*)", re.IGNORECASE)
_CURRENCY = re.compile(r"[$€£¥₩₽₴₹฿₺₫]|\d\s*(?:dollar\w*|dolar\w*|doler\w*|euro\w*|eur|usd|gbp|pound\w*|sterlin\w*"
                       r"|rubl\w*|roebel\w*|yuan|yen|jen|won|lei|zł|zlot\w*|złot\w*|frank\w*|franc\w*)\b", re.IGNORECASE)


def unanswered(question: str, texts: Iterable[str], names_someone: bool, counts: bool = True,
               other: Iterable[str] = (), beside: tuple[Iterable[str], Iterable[str]] = ((), ())) -> str | None:
    """The family the question asks about (``asked``) that none of ``texts`` (or ``other``:
    sentences in the languages of ``said``) has a word for (None: every one it asks about is
    there, or it asks about none); one asked as a figure (``_FIGURES``) counts only where a
    sentence also holds one with a word for it, among these or ``beside`` (more sentences, in
    the ten languages and in ``said``'s: "… received its first Russian tourists. The group of 120
    travellers arrived…")."""
    wanted = asked(question, names_someone, counts)
    if not wanted:
        return None
    texts, other = list(texts), list(other)
    near, far = texts + list(beside[0]), other + list(beside[1])
    have = _spoken_of(texts, other)
    for family in wanted & _FIGURES.keys():  # «ประชากร» of Fresno beside Highway 99 tells no population
        if family in have and family not in _spoken_of([t for t in near if _told(t, family)],
                                                      [t for t in far if _told(t, family)]):
            have.discard(family)
    return next((family for family in sorted(wanted) if family not in have), None)


def speaks_of(family: str, texts: list[str], other: list[str] = ()) -> bool:
    """Does one of ``texts`` (in the ten languages) or ``other`` (in ``said``'s) have a word for
    ``family``?"""
    return family in _spoken_of(list(texts), list(other))


def _spoken_of(texts: list[str], other: list[str]) -> set[str]:
    """The families ``texts`` (in the ten languages) and ``other`` (in ``said``'s) speak of."""
    have = _families(_fold(" ".join(texts)), _SAID, said=True) if texts else set()
    if other:  # their words, and figures with units, currencies, clock times
        have |= said.families(other) | _families(_fold(" ".join(other)), _SAID, said=True)
    return have


def _told(text: str, family: str) -> bool:
    """Does ``text`` hold a figure such as ``family`` is told by (``_FIGURES``)?"""
    least = _FIGURES[family]
    if any(float(n) >= least for n in numbers(text) - set(YEARS.findall(text))) or _SCALED.search(text):
        return True
    return family == "cost" and bool(_CURRENCY.search(text))


# One to three words of who says it, none opening a clause ("that", «que», «ca», «że», «dass»)
# or an infinitive («avoir», «haber», «ter»).
_SAID_BY = r"(?: (?!(?:that|que|ca|ce|ze|dass|dat|di|che|avoir|haber|ter|zu)\b)\w+){1,3}"
# A question about how someone reacted to something, or what they said or thought of it.
_REACTION = re.compile(
    # (not French «comment», "how")
    r"\b(?:react\w*|respond\w*|(?<!in )response|comment(?:ed|ing|s|aire\w*|e|er|ato|o| on)|coment\w*"
    r"|reagier\w*|reaktion\w*|kommentier\w*|reagi\w*|reaction\w*"
    r"|repond\w*|reaccion\w*|opin\w*|reazion\w*|reacao|reacoes|reactio\w*|reactie\w*|reageer\w*|reageren"
    r"|zareagowa\w*|reakcj\w*|skomentowa\w*|reagavo|reakcij\w*|komentav\w*|said about|say about|think of"
    r"|sagte\w* zu|dit de|dijo (?:de|sobre)|ha detto|disse (?:de|sobre)|a spus despre|zei over|powiedzial\w* o"
    # … answered («Ce a răspuns Kremlinul …?», not «ca răspuns la», in response to; not «răspunderea»,
    # «odpowiedzialny», responsibility)
    r"|pasake apie|(?<!ca )(?<!in )raspuns\w*|raspunse\w*|atsake|odpowiedzia(?:l|la|lo|li|ly)"
    # … the one who says it between the verb and its own language's "about" («¿Qué dijo Zelenski
    # sobre …?», «Was sagte Kim über …?»); not a clause that follows («Quem disse que o …», «dijo
    # haber derribado sobre Moscú», «dit avoir tiré sur Kiev»)
    rf"|(?:said|say|says)(?:{_SAID_BY}) about|sagte\w*(?:{_SAID_BY}) uber|(?:dit|disait)(?:{_SAID_BY}) sur"
    rf"|(?:dijo|dijeron)(?:{_SAID_BY}) sobre|(?:disse|disseram)(?:{_SAID_BY}) sobre|(?:detto|disse|dissero)(?:{_SAID_BY}) su"
    rf"|spus(?:{_SAID_BY}) despre|(?:zei|zeiden)(?:{_SAID_BY}) over|powiedzia\w*(?:{_SAID_BY}) o|pasake(?:{_SAID_BY}) apie"
    # Declaring something of something, the declarer between («Was erklärte China zu …»)
    r"|(?:declar\w*|dichiar\w*|erklart\w*|verklaar\w*|oswiadcz\w*|pareisk\w*|stated?)(?: \w+){0,3}"
    r" (?:about|sur|despre|sobre|su|zu|over|w sprawie|apie))\b")


def reaction(question: str) -> bool:
    """Does the question ask how someone reacted to something, or what they said of it?"""
    return bool(_REACTION.search(_fold(question)))
