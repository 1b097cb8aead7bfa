"""What a which-question seeks beyond a value, and the sentences that name it.

"On which platform…?", "Which type of missile…?", "In which city…?", "Who is the ministry's
spokeswoman?", "Why were the troops withdrawn in January?": e5 reads the sentences about the
event as alike as the one that answers («… uma foto da reunião do Telegram», «Hwasong-11A, sau
KN-23», «din Kursk», «vorbitorului Ministerului…, Maria Zakharova», «… in januari na massale
verliezen»), and the answering one often does not rank among the nearest. So do questions that
ask what someone was accused of, since when, which city an attack that wounded people struck,
or name a time relative to the report's ("last week"): the sentence that says «a acuzat», «din
octombrie 2022», «burgers gewond» or «vorige week» answers. Each question kind
here has the words that ask for it (ten languages) and what in a sentence names it; ``bonus``
ranks such sentences higher (``qa.answer.evidence``) and ``beyond`` has the search read them
past the nearest, in any file (``qa.retrieval.search``'s ``anywhere``). Each rule was kept only
where the held-out check halves agreed (eval/README.md, sessions 28, 29 and 31). The places a
question asks for (a city, a region, a port, a venue) are read by ``qa.answer.whereabouts``.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from . import counted, dates, durations, names, offices, values, whereabouts
from .whereabouts import TYPE_WORD, WHERE, WHICH, asks_settlement, names_settlement
from .facts import fold

# "On which platform / network / messenger did the ministry post the photo?" (ten languages),
# and the platforms a report names: a sentence naming one answers such a question.
_ASKS_PLATFORM = re.compile(
    r"(?i)\b(?:platform\w*|plattform\w*|plateforme\w*|plataforma\w*|piattaforma\w*|platforma\w*|platformo\w*"
    r"|messenger\w*|messagerie\w*|messaggistica|mensajer\w*|social (?:network|media)|soziale\w* (?:netzwerk|medi)\w*"
    r"|r[ée]seau\w* sociau?x?|red(?:es)? social\w*|rede\w* socia\w*|social\w* media|re[tț]e\w* de socializare"
    r"|re[tț]ea\w*|kana[lł]\w*|canal\w*|channel\w*|kanaal\w*|kanalas|kanale|apps?|appli|komunikator\w*)\b")
# "Where did the ministry post the photo?", «Wo veröffentlichte … ein Foto?», «Kur paskelbta …
# nuotrauka?»: where a photo or a video was posted, published or shared is a platform too.
# (The where-word opens the question: ``whereabouts.WHERE``.)
_POSTED = (r"\b(?:post(?:ed|s|ing)?|postat\w*|postou|postete|postowa\w*|publish\w*|shar\w*|upload\w*"
           r"|ver[oö]ffentlich\w*|teilt\w*|geteilt|gepostet|hochgeladen|publi(?!c\b)\w*|partag\w*|partilh\w*|compart\w*|condivi\w*|pubblic\w*|diffus\w*|difund\w*"
           r"|divulg\w*|distribu\w*|deelde\w*|gedeeld|ge(?:post|publiceerd|plaatst)|plaatst\w*|opublikow\w*"
           r"|udost[eę]pni\w*|zamie[sś]ci\w*|paskelb\w*|pasidalin\w*|įkėl\w*)\b")
# … or where it appeared («Unde a apărut fotografia…?», «Wo erschien das Foto?»): the picture
# appearing, not someone appearing in it ("Where does Kim appear in the photo?").
_APPEARED = (r"\b(?:appear\w*|erschien\w*|apparu\w*|aparec\w*|appars\w*|apparv\w*|ap[aă]rut\w*|apare|apar"
             r"|verscheen|verschenen|pojawi\w*|pasirod\w*)\b")
_IN_MEDIA = re.compile(r"(?i)\b(?:in|on|auf|im|dans|sur|en|em|na|nas|no|nos|nella|nelle|sulla|nei|în|pe|op|w|ant)\s+"
                       r"(?:(?:the|der|den|dem|la|le|les|el|los|las|a|o|as|os|il|de|het)\s+)?$")
_MEDIA = (r"\b(?:photo\w*|foto\w*|bild\w*|image\w*|im[aá]gen\w*|imag[eo]m\w*|immagin\w*|imagin\w*|afbeelding\w*"
          r"|beelden|zdj[eę]ci\w*|nuotrauk\w*|video\w*|v[ií]deo\w*|wideo\w*|vaizd\w*|picture\w*|footage|poz[aăe]\b"
          r"|pozele|clip\w*|filmat\w*)\b")
_WHERE_ASKED, _POSTED_ASKED, _MEDIA_ASKED, _APPEARED_ASKED = (
    re.compile(rf"(?i){words}") for words in (WHERE, _POSTED, _MEDIA, _APPEARED))
_PLATFORM = re.compile(r"\b(?:Telegram|WhatsApp|Twitter|Facebook|Instagram|YouTube|TikTok|VKontakte|VK|Weibo|WeChat"
                       r"|Viber|Bluesky|Truth Social|Snapchat|LinkedIn|Reddit|Rutube)\b")  # (not Signal, Threads: words too)


def asks_platform(question: str) -> bool:
    """Does the question ask on which platform, network or channel something was posted, or
    where a photo or a video was posted?"""
    if _ASKS_PLATFORM.search(question):
        return True
    media = _MEDIA_ASKED.search(question)
    if not (media and _WHERE_ASKED.search(question)):
        return False
    return bool(_POSTED_ASKED.search(question)
                or _APPEARED_ASKED.search(question) and not _IN_MEDIA.search(question[: media.start()]))


def names_platform(text: str) -> bool:
    """Does the sentence name a platform («… uma foto da reunião do Telegram»)?"""
    return bool(_PLATFORM.search(text))


# "Which type of ballistic missile…?", «Kokio naikintuvo kabinoje…?» (which fighter): the
# question asks for a model, which a report names by a designation of letters and
# digits ("KN-23", "Su-57", "Hwasong-11A") or a calibre ("170 mm").
_WEAPON = (r"\w*missile\w*|\w*missil\w*|misil\w*|m[ií]ssil\w*|m[ií]sseis|\w*rocket\w*|\w*raket\w*|\w*rakiet\w*|rachet\w*|pocisk\w*"
           r"|\w*drone\w*|dron\w*|\w*drohne\w*|fighter\w*|jets?|aircraft|plane|airplanes?|avion\w*|avi[aã]o|avi[oõ]es|aere[oi]"
           r"|flugzeug(?:e|en|s)?|kampfjet\w*|vliegtuig(?:en)?|samolot\w*|myśliw\w*|lėktuv\w*|naikintuv\w*|ca[çc]a\w*"
           r"|tank|tanks|panzer\w*|czołg\w*|tanc\w*|tanque\w*|carro armato|char\w* d'assaut")
_CALIBRE_WORD = r"\b(?:kalib|calib)\w*"  # a calibre is asked of guns alone
_ASKS_MODEL = re.compile(rf"(?i)\b(?:{TYPE_WORD})\b(?:\W+\w+){{0,3}}?\W+(?:{_WEAPON})\b"
                         rf"|\b(?:{_WEAPON})\W+(?:\w+\W+){{0,1}}(?:{TYPE_WORD})\b"
                         rf"|\b(?:{WHICH})\s+(?:\w+\s+){{0,2}}(?:{_WEAPON})\b|{_CALIBRE_WORD}")
_MODEL = re.compile(r"\b[A-Z][A-Za-zł]{0,9}-\d{1,4}(?:[A-Za-z]{1,2}\d?)?\b")  # KN-23, Hwasong-11A, Tu-22M3, Ił-76
_CALIBRE = re.compile(r"\b\d{2,3}[\s-]?mm\b")
_ASKS_CALIBRE = re.compile(rf"(?i){_CALIBRE_WORD}")


# "What kind of drones…?" asks what they are like («ai-gecontroleerde»), not their model.
_KIND_OF = re.compile(r"(?i)\b(?:(?:fel|kind|sort|art|genre|clase|classe|specie|esp[eé]cie)\s+(?:of|de|von|di|d')|soort|rodzaj\w*|rūš\w*)\b")
# "Which aircraft factory did Kim visit?" asks for a factory, not a model.
_FACTORY = re.compile(r"(?i)fabri\w*|factor\w*|gamykl\w*|usine\w*|uzin\w*|\bplant\b|werk(?:e|en|s)?\b|werft\w*"
                      r"|f[aá]bric\w*|fabbric\w*|fabryk\w*|zakład(?!ni)\w*|stabiliment\w*")


def asks_model(question: str) -> bool:
    """Does the question ask which type, model or calibre of a weapon or machine (not which
    factory makes it)?"""
    return bool(_ASKS_MODEL.search(question)) and not _FACTORY.search(question) and not _KIND_OF.search(question)


# "What is the new drone called?", «Nome do novo drone…?», «Jak nazywa się nowy dron…?»: a weapon's
# name, which a report gives by its designation.
_NAME_WORD = (r"names?|named|called|nome|nom|nombre|nazwa|nazw[eę]|nazywa\w*|hei(?:ß|ss)t|hei(?:ß|ss)en|heet|heten|naam"
              r"|numele|nume"
              r"|chiama\w*|numește|numeste|numesc|denumir\w*|vadinasi|vadinam\w*|pavadinim\w*|llama\w*|chama\w*"
              # French «Comment s'appelle le nouveau drone ?», «s'appelait» (not «appelle à», calls for)
              r"|s['’]appell?\w*")
_ASKS_NAME = re.compile(rf"(?i)\b(?:{_NAME_WORD})\b(?:\W+\w+){{0,6}}?\W+(?:{_WEAPON})\b"
                        rf"|\b(?:{_WEAPON})\W+(?:\w+\W+){{0,3}}?(?:{_NAME_WORD})\b")


def asks_weapon_name(question: str) -> bool:
    """Does the question ask what a weapon or machine is called (not a factory's name)?"""
    return bool(_ASKS_NAME.search(question)) and not _FACTORY.search(question)


def names_model(text: str, question: str = "") -> bool:
    """Does the sentence name a model by its designation («rachetelor balistice Hwasong-11A, sau
    KN-23»), or the calibre ("170 mm") a question asking for one wants (a missile is no gun)?"""
    return bool(_MODEL.search(text) or (_ASKS_CALIBRE.search(question) and _CALIBRE.search(text)))


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


# "Which day of the week…?" wants a weekday, which "for which dates" does not.
_WEEKDAY_ASKED = re.compile(
    r"(?i)day of the week|weekday|wochentag|jour de la semaine|d[ií]a de la semana|giorno della settimana"
    r"|dia da semana|zi(?:ua)? a s[aă]pt[aă]m[aâ]nii|dag van de week|weekdag|dzie[nń] tygodnia|savait[eė]s dien")


def asks_dates(question: str) -> bool:
    """Does the question ask for dates or days («Para que datas…?»), not which day of the week?"""
    return values.asks_days(question) and not _WEEKDAY_ASKED.search(question)


def beyond(question: str, year_start: bool = True, since: bool = True,
           holder: bool = True) -> Callable[[list, list], list] | None:
    """For ``qa.retrieval.search`` (``anywhere``): of the store's nearer sentences past the
    best, in any file, those naming the platform, model, spokesperson, adviser or other office
    whose holder the question asks for, telling a since for a since-when question, or telling
    the time relative to the report's it names ("at the start of the
    year": «aan het begin van het jaar … 3.000 andere soldaten»; None: it asks for none). The sentence that names one often reads less like the
    question than every sentence about the event, and its article may not be retrieved at all:
    «O Ministério… compartilhou uma foto da reunião do Telegram…»,
    «Transferul rachetelor balistice Hwasong-11A, sau KN-23…», «Potrivit vorbitorului
    Ministerului Rus…, Maria Zakharova, în perioada 11 - 13 iulie…», «Poetin's
    beveiligingsadviseur Sergei Schoigu…»."""
    adviser = "adviser" in offices.ranked(question)
    held = offices.asks_holder(question, None) if holder else frozenset()
    when = dates.relative(question)
    # ("How many came in January and February?": «aan het begin van het jaar … 3.000»)
    early = year_start and dates.months(question) == dates.YEAR_START
    tests = [test for asked, test in ((asks_model(question), lambda text: names_model(text, question)),
                                      (asks_spokesperson(question), names_spokesperson),
                                      (asks_platform(question), names_platform),
                                      (adviser, lambda text: "adviser" in offices.ranked(text)),
                                      (when, lambda text: when <= dates.relative(text)),
                                      (early, dates.year_start),
                                      (durations.asks_other_length(question), durations.tells_duration),
                                      # "Since when have trains crossed?": the sentence telling a since
                                      # («din octombrie 2022») in an article a same-language one outranks
                                      (since and dates.asks_since(question), states_since),
                                      # "Who is South Korea's defence minister?": «Kim Yong-hyun, ministrul
                                      # sud-coreean al Apărării …» in an article a same-language one outranks
                                      (held, lambda text: bool(held & offices.office_in(text)))) if asked]
    if not tests:
        return None

    def pick(best: list, rest: list) -> list:
        return [s for s in rest if any(test(s.text) for test in tests)]
    return pick


def bonus(question: str, weight: float, before: dict, kinds: bool = True,
          q_months: set[str] = frozenset(), year_start: bool = True) -> Callable[[object], float]:
    """For ``qa.answer.evidence``: what a sentence gains for naming what ``question`` seeks:
    twice ``weight`` for a platform, a model, a new place or a spokesperson asked for (``kinds``),
    ``weight`` for naming every one of the question's months ``q_months`` (the sentence or the
    two before it in ``before``, the article's previous sentences by key), or, ``year_start``,
    for telling the start of the year where those months are January and February."""
    platform = asks_platform(question)
    model = kinds and asks_model(question)
    points = whereabouts.compass_points(question) if kinds else set()
    # (a compass point between the which-word and the city is read past: «Kurį šiaurės rytų
    # Ukrainos miestą…?» asks which city as «Kurį Ukrainos miestą…?» does)
    settlement = kinds and (asks_settlement(question) or bool(points) and asks_settlement(whereabouts.no_points(question)))
    spokes = kinds and asks_spokesperson(question)
    no_value = values.answer_type(question) is None  # (not "Which date was confirmed?")
    confirms = kinds and bool(_CONFIRM.search(fold(question))) and bool(_WHO.search(question)) and no_value
    accuses = kinds and bool(_ACCUSE.search(fold(question))) and no_value
    # (not Romanian «purtătorul de cuvânt», a spokesperson, "the word's bearer")
    word = kinds and bool(_ASKS_WORD.search(re.sub(r"purtat\w* de cuvant", " ", fold(question).lower()))) and no_value
    early = year_start and q_months == dates.YEAR_START  # the start of the year stands for these months
    # "Which city suffered a drone attack that wounded civilians?": the attack with its wounded
    # («… Charkiw, waarin verschillende burgers gewond raakten»), not another attack on a city.
    # (Which city alone: "Which minister confirmed that soldiers were killed?" wants the confirming
    # sentence, not every one that counts the dead.)
    hurt = settlement and no_value and counted.casualties(question)
    since = kinds and dates.asks_since(question)
    when = dates.relative(question) if kinds else set()
    cache: dict[str, set[str]] = {}

    def gain(s) -> float:
        g = 0.0
        if platform and names_platform(s.text):
            g += 2 * weight  # "On which platform…?": a sentence naming one
        if model and names_model(s.text, question):
            g += 2 * weight  # "Which type of missile…?": «… Hwasong-11A, sau KN-23»
        if settlement and names_settlement(s.text, question, s.language):
            g += 2 * weight  # "In which town…?": «… Kim Jong Un Em Wonsan»
        if spokes and names_spokesperson(s.text):
            g += 2 * weight  # "Who is the spokeswoman?": «vorbitorului Ministerului…»
        if confirms and _CONFIRM.search(fold(s.text)):
            g += weight  # "Which minister confirmed…?": «… ministrul sud-coreean al Apărării, a confirmat»
        if hurt and counted.casualties(s.text):
            g += weight
        if when and when <= dates.relative(s.text):
            g += 2 * weight  # "Who went to Pyongyang last week…?": «… ontmoette vorige week Kim in Pyongyang»
        if points and points & whereabouts.compass_points(s.text):
            g += 2 * weight  # "Which city in Ukraine's north-east…?": «… de noordoostelijke tankstad Charkiw»
        if since and states_since(s.text):
            g += weight  # "Since when…?": «… au arătat, din octombrie 2022, primele trenuri…»
        if word and _QUOTED_WORDS.search(s.text):
            g += 2 * weight  # "Which swear word did Trump use?": «… metė „Bulsh*T“ taikos derybose»
        if accuses and _ACCUSE.search(fold(s.text)):
            g += weight  # "What did Trump accuse Putin of?": «… l-a acuzat pe omologul său rus…»
        if q_months and (q_months <= months_around(s, before, cache) or early and dates.year_start(s.text)):
            g += weight  # «… maar teruggetrokken in januari na massale verliezen»
        return g
    return gain


# "Which word / term / expression did … use?" (ten languages, folded), and a sentence quoting a
# few words as said («„Bulsh*T“», «„bullshit”», «‹contactele foarte strânse›»).
_ASKS_WORD = re.compile(
    r"\b(?:which|what|welk\w*|welch\w*|wat|was|quel\w*|que|qual\w*|cual\w*|ce|care|jaki\w*|jakie\w*|jakim\w*"
    r"|kok\w*|kuri\w*)\s+(?:\w+\s+){0,2}"
    r"(?:words?|term|expression|phrase|swear ?word|wort|worter|ausdruck|begriff|schimpfwort|mots?|terme|gros mots?"
    r"|palabras?|palabrotas?|termino|expresion|parola|parolaccia|termine|espressione|palavras?|palavrao|termo|expressao"
    r"|cuvant\w*|expresi\w*|woord|scheldwoord|uitdrukking|slowo|slowa|slowem|okreslenie\w*|wyrazenie\w*|przeklenstw\w*"
    r"|zodi\w*|zodz\w*|posak\w*|keiksmazod\w*)\b")
# One to three words in typographic quotes, or in straight ones that open after a space and a
# letter follows (not the words between two quotations: «"…," Peskov said, "…"»).
_QUOTED_CHAR = r"[^\s„“”\"«»‹›‘’]"
_QUOTED_WORDS = re.compile(rf"[„“«‹‘]\s*{_QUOTED_CHAR}{{1,25}}(?:\s+{_QUOTED_CHAR}{{1,25}}){{0,2}}\s*[”“\"»›’]"
                           rf"|(?:^|(?<=[\s(]))\"[^\W\d_]{_QUOTED_CHAR}{{0,24}}(?:\s+{_QUOTED_CHAR}{{1,25}}){{0,2}}\"")


# Who confirmed something («Welke minister bevestigde…?», «Kas patvirtino…?»): the sentence that
# answers says it was confirmed, in whatever language («a confirmat», «bestätigte»).
_CONFIRM = re.compile(r"\b(?:confirm\w*|conferm\w*|bestatig\w*|bevestig\w*|potwierdz\w*|potwierdzi\w*|patvirtin\w*)\b")
# What someone accused or reproached someone of («Waarvan beschuldigde…?», «Wat verweet…?», «Co
# zarzucił…?»): the sentence that answers says so («l-a acuzat», «apkaltino»), where a sentence
# about the same two men that e5 reads as nearer («Trump verklaarde dat hij geloofde…») does not.
# (Not «acústic»: acoustic.)
_ACCUSE = re.compile(r"\b(?:accus(?!tom)\w*|acus(?!t)\w*|wirf\w*\b.{0,60}\bvor\b|warf\b.{0,60}\bvor\b|acuz\w*|beschuldig\w*|bezichtig\w*|vorwurf\w*|vorwurfe\w*"
                     r"|vorgeworfen|vorwarf\w*|verwe?ijt\w*|verweet|verweten|reproch\w*|rimprover\w*|repros\w*"
                     r"|oskarz\w*|zarzuc\w*|zarzut\w*|kaltin\w*|apkaltin\w*)\b")
# A word for since before a month or a year: what answers a since-question (``dates.asks_since``).
_SINCE = re.compile(r"\b(?:since|seit|seitdem|depuis|desde|dall'|dalla|dal|od|sinds|sedert|vanaf|din|incepand cu|nuo)"
                    r"\s*((?:[\w.]+\s+){0,3}[\w.]+)")


def states_since(text: str) -> bool:
    """Does the sentence tell since when: a word for since before a month within its next four
    words («sinds minstens november», «din octombrie 2022», «seit dem 9. März», «desde el 9 de
    marzo»), or right before a year («din 2022»; not «din cei 2000 de soldați», a count)?"""
    return any(dates.months(m.group(1)) or dates.YEARS.match(m.group(1))
               for m in _SINCE.finditer(fold(text).lower().replace("’", "'")))


# … asked by who or which opening the question (one word may stand before it: «Quem, no governo…»,
# "In Seoul, who…"); not German «wie», how («Wie wurde es bestätigt?»), nor a relative «care».
_WHO = re.compile(r"(?i)^\W*(?:\w+\W+)?(?:who|which|wer|welche\w*|qui|quel\w*|qui[eé]n\w*|cu[aá]l\w*|chi|quale|quali"
                  r"|quem|qual|quais|cine|wie(?!\s+(?:viele?|wurde\w*|lange?|hat|haben|ist|war|waren|hoch|oft|gro\w*))"
                  r"|welke?|kto|któr\w*|kas|kuris|kuri|kurie)\b")


def months_around(s, before: dict, cache: dict[str, set[str]]) -> set[str]:
    """The months a sentence names, or the two before it in its article: «În septembrie 2023,
    Kim Jong Un a vizitat personal Rusia… Șeful statului… S-a întâlnit… patru ore…» (``cache``:
    each sentence's months, by its text, read once per question)."""
    def of(t) -> set[str]:
        if t.text not in cache:
            cache[t.text] = dates.months(t.text)
        return cache[t.text]
    found, at = set(of(s)), s
    for _ in range(2):
        at = before.get((*at.file_key, at.sha256, at.start))
        if at is None:
            break
        found |= of(at)
    return found
