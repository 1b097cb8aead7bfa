"""The few framing words an answer needs, in the asker's language.

Quotes stay in their source language; only these phrases are translated. Languages without an
entry fall back to English. ``{src}`` is the file name, ``{lang}`` the passage's language code,
``{n}`` a number. The table is ``phrases.json`` next to this module (package data
``answer/*.json``). ``foreign``: the language an LLM's claim is partly written in, when it is not
the asker's.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from ..documents import UNSURE, detect_language, language_scores, lingua_pick
from . import names

PHRASES: dict[str, dict[str, str]] = json.loads(
    (Path(__file__).parent / "phrases.json").read_text(encoding="utf-8"))
"""Language code -> key -> phrase, from ``phrases.json`` next to this module (read once, at import)."""

# Detected or requested codes whose speakers read one of the tables in phrases.json.
ALIASES: dict[str, str] = {
    "no": "nb", "nn": "nb",    # Norwegian (macrolanguage), Nynorsk -> Bokmål
    "iw": "he", "in": "id",    # pre-1989 ISO codes for Hebrew and Indonesian
    "ms": "id",                # Malay reads Indonesian
    "bs": "hr", "sh": "hr",    # Bosnian, Serbo-Croatian -> Croatian (Latin script)
    "mo": "ro",                # Moldovan
}


def table_language(language: str) -> str:
    """The code whose table serves ``language``: "zh-Hans"/"zh_CN" -> "zh", "no"/"nn" -> "nb",
    "pt-BR" -> "pt"; any other code comes back as it was (lower case, base only if region-tagged)."""
    code = (language or "").strip().replace("_", "-").lower()
    if code in PHRASES:
        return code
    base = code.split("-", 1)[0]
    return base if base in PHRASES else ALIASES.get(base, base)


def phrase(language: str, key: str, **kw: object) -> str:
    table = PHRASES.get(table_language(language), PHRASES["en"])
    return table.get(key, PHRASES["en"][key]).format(**kw)


def question_language(question: str, earlier: Sequence[str] = ()) -> str:
    """ISO 639-1 code of the question's language (English when unsure).

    fastText's lid.176 "lite" model (``qa.documents.detect_language``): on 185 questions in 15
    languages it labelled 184 right, where lingua's high-accuracy mode got 183 for +270 MB and
    10 ms a question, and its low-accuracy mode 171 (English questions full of names: French).
    Where fastText is unsure (a short question between close languages: «Quem comentou o
    ataque…» at .47 Spanish), lingua, loaded for just those languages, decides. Codes that share
    a table are mapped to it (``table_language``: "no"/"nn" -> "nb"); other codes are kept, and
    ``phrase`` frames them in English.

    In a conversation (``earlier``: the asker's previous questions, oldest first), a follow-up
    is short, and short questions are where the detector guesses: «Ir kada?» ("and when?") read
    as Ilocano, «A kiedy?» as Afrikaans, «Quando?» as Italian (.91), «Cum se face o pizza?» as
    Italian. The asker is taken to go on in the language they were writing (their latest
    question the detector was sure of) when the question has one or two words (``FEW``), or
    when the detector is unsure and either lost (under ``LOST``) or guessing a language the
    answers cannot be framed in. Otherwise the question keeps its own reading («Quem organizou o
    ataque de drones contra Sumy?», settled by lingua, is Portuguese after a Spanish question).
    """
    question = question[:500]
    scores = language_scores(question, k=5)  # fastText once: every reading below starts from it
    own = _reading(question, scores)
    before = conversation_language(earlier) if earlier else None
    if before is None or before == own:
        return own
    words = len(question.split())
    if words <= FEW:
        return before
    if scores and scores[0][1] >= UNSURE:
        return own
    if not scores or scores[0][1] < LOST or own not in PHRASES or table_language(scores[0][0]) not in PHRASES:
        return before  # a guess among many, or a language without a table (fastText's "ilo", "nds")
    return own


def _reading(question: str, scores: list[tuple[str, float]]) -> str:
    """The question's own language. fastText reads a short question with few telling letters
    confidently wrong («Koks raketos nuotolis?», Lithuanian: Italian at .93; «Wanneer was de
    eerste gespreksronde?»: Afrikaans): for one of up to ``SHORT`` words read under ``SURE``,
    lingua, asked among fastText's five likeliest languages that answers can be framed in,
    replaces the reading when it is sure of its own (``LINGUA_SURE``); so it does for a longer
    question fastText only guesses at (under ``LOST``: «Que ministro sul-coreano confirmou
    mortes de norte-coreanos no Donbass?», nine words, Spanish .27, Portuguese .11). ``scores``: fastText's
    five likeliest for the question."""
    own = table_language(detect_language(question, fallback="en", scores=scores) or "en") or "en"
    if not scores or scores[0][1] >= SURE or len(question.split()) > SHORT and scores[0][1] >= LOST:
        return _iberian(question, own)
    picked = lingua_pick(question, [c for c, _ in scores if table_language(c) in PHRASES], sure=LINGUA_SURE)
    return _iberian(question, table_language(picked) if picked else _asking_language(question) or own)


# Letters and small words only one of Portuguese and Spanish writes: «Vítimas do ataque de drones
# a Kiev?», «Datas da visita de Lavrov à Coreia do Norte?» were read as Spanish, «¿Dónde…?» never
# is Portuguese. (Not «no», Portuguese "in the" and Spanish "not".)
_IBERIAN = {
    "pt": re.compile(r"[ãõç]|\b(?:do|da|dos|das|à|ao|aos|às|em|um|uma|não|pelo|pela|quem|onde|qual|quais|foi|são)\b"),
    "es": re.compile(r"[ñ¿¡]|\b(?:el|los|las|del|al|y|un|una|qué|quién|cuál|cuándo|dónde|fue|son|es|está)\b"),
}


def _iberian(question: str, read: str) -> str:
    """``read``, or the other of Portuguese and Spanish where the question writes only that one's
    letters or small words (``_IBERIAN``)."""
    if read not in _IBERIAN:
        return read
    other = "es" if read == "pt" else "pt"
    # (not the names: «Kim Jong Un», «Choe Son Hui» write no Spanish «un», «son»)
    words = question.split()
    lowered = " ".join(w.lower() for i, w in enumerate(words) if i == 0 or not w[:1].isupper())
    if _IBERIAN[other].search(lowered) and not _IBERIAN[read].search(lowered):
        return other
    return read


# Question words that belong to one of the ten languages only: where neither detector is sure
# of a short question («Op welke data is Lavrov in Noord-Korea?»: English .65 to fastText; «Ce
# fel de drone a testat Kim?»: French .88), the word that asks tells. (Not Italian "dove", an
# English bird and soap.)
_ASKING = {lang: frozenset(words.split()) for lang, words in {
    "nl": "welke welk wanneer waarom hoeveel", "ro": "câți câte când cine", "pl": "kiedy gdzie dlaczego który "
    "która które kto", "lt": "kodėl kiek kuris kokia kokį kokie kada", "de": "warum wann welche welcher welches "
    "wieviel", "fr": "pourquoi combien quelle quelles où", "es": "cuándo dónde cuántos cuántas quién",
    "it": "perché quanti quante", "pt": "quem onde quantos quantas", "en": "which whose",
}.items()}
_ASKING_PHRASES = {"ro": ("ce fel de",)}


def _asking_language(question: str) -> str | None:
    """The one language whose question words ``question`` uses (``_ASKING``), else None."""
    lowered = question.lower()
    words = set(re.findall(r"[^\W\d_]+", lowered))
    found = {lang for lang, asking in _ASKING.items() if words & asking}
    found |= {lang for lang, phrases in _ASKING_PHRASES.items() if any(p in lowered for p in phrases)}
    return found.pop() if len(found) == 1 else None


SHORT = 8  # words
SURE = 0.97  # fastText's score above which a short question's reading stands
LINGUA_SURE = 0.8  # … and lingua's confidence above which its reading replaces it: names and
# small words mislead it too ("Is Lavrov in Pyongyang?": Italian .27, English .25)


def load_detectors() -> None:
    """Load lingua's models of the languages most questions come in (~2 s), so that the first
    short question does not wait for them (``qa.web.serve.warm_up``)."""
    lingua_pick("warm-up", "en de fr es it pt ro nl pl lt".split())


FEW = 2  # words: a question this short is read in the conversation's language, whatever the detector says
LOST = 0.4
"""fastText's best score under which a question's language is a guess among many («Cum se face o
pizza?»: Italian .17, French .15, Albanian .07)."""


def conversation_language(earlier: Sequence[str]) -> str | None:
    """The language of the asker's latest question the detector was sure of, if any."""
    for text in reversed(earlier):
        scores = language_scores(text[:500], k=1)
        if scores and scores[0][1] >= UNSURE and len(scores[0][0]) == 2:
            return table_language(scores[0][0])
    return None


# A part of a claim this long (names and figures aside) is judged for its language; a part of the
# answer's language scores near 0 for another language only when it is not written in it.
FOREIGN_MIN_WORDS = 6
FOREIGN_SCORE = 0.8


def foreign(claim: str, language: str | None) -> str | None:
    """The language that part of ``claim`` is written in, when that is not ``language``: a small
    model copies its source's words ("Questo è stato l'attacco …, dove soldații din Coreea de
    Nord au contribuit …"), and a reader who asked in Italian cannot read the Romanian half.
    Each clause between commas is judged alone, its proper names and figures left out (a
    sentence of names reads as any language); only a confident label counts (fastText lite),
    read as the answer's language is (``table_language``: "no" is "nb")."""
    if not language:
        return None
    language = table_language(language)
    skip = set(names.proper_names(claim, language))
    for part in re.split(r"[,;:—–()،，、；：]", claim):
        # Words as written between spaces (a Devanagari word keeps its vowel signs), without
        # the names and figures in them.
        words = [w.strip(".!?…«»“”„\"'[]") for w in part.split()]
        words = [w for w in words if any(c.isalpha() for c in w) and not any(c.isdigit() for c in w)
                 and not skip & set(re.findall(r"[^\W\d_]+", w))]
        if len(words) < FOREIGN_MIN_WORDS:
            continue
        found: dict[str, float] = {}
        for label, score in language_scores(" ".join(words), k=5):
            code = table_language(label)
            found[code] = found.get(code, 0.0) + score
        top = max(found, key=found.get)
        if top != language and found[top] >= FOREIGN_SCORE and found.get(language, 0.0) < 0.05:
            return top
    return None
