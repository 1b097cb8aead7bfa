"""The claims of a generated answer, and the one source sentence that supports each.

A claim is a sentence of the answer, or a clause of it joined by "and"/"but" (in the answer's
language): "Lavrov met Kim in Wonsan and signed a treaty" is two claims, and the second one may
be the invention. A claim is supported by a sentence of a cited passage when, all at once:

* the sentence means the same (multilingual e5, so a Spanish claim can lean on a Romanian
  sentence);
* every figure and every month or weekday of the claim is in *that* sentence, not somewhere in
  the passage: "the first visit, to Vladivostok, in June 2024" takes its date from another
  sentence about another meeting;
* every proper name of the claim is in that sentence, in some spelling (``qa.answer.names``),
  or, when the sentence names no one ("He received them in the port city"), in the one before;
  and a name the claim adds to the question's sits near the question's own names there (a
  sentence about a meeting in Wonsan that also mentions Pyongyang does not place it there);
* both are negated, or neither is (``qa.answer.negation``): "No troops were sent" is not
  supported by "Troops were sent"; and a claim is hedged if its sentence is: "Lavrov met Kim"
  is not supported by "Lavrov may also meet Kim".

Only body sentences support claims: a headline, caption or keyword line («Kim Jong-Un Vladimir
Putin iunie 2024 Phenian») states nothing, and text addressed to an assistant is never evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..kinds import QUOTABLE
from ..records import Passage, Sentence
from ..sentences import split_spans
from . import dates, facts, mentions, names
from .negation import hedged, negated
from .attribution import ACCORDING, attributed

MARKER = re.compile(r"\s?\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_LEADING_MARKERS = re.compile(r"^(\s*\[\d+(?:\s*[,;]\s*\d+)*\]\s*)+")
SUPPORT_MIN = 0.80  # claim ↔ supporting sentence, e5 cosine (query ↔ passage vectors)
# … and that much above the claim's median similarity to all the sentences at hand: e5 puts any
# two sentences on one topic near 0.8 ("signed a treaty" is 0.798 from "Lavrov met Kim").
SUPPORT_MARGIN = 0.02
# A claim with no figure, date or name to check rests on meaning alone: it must be closer.
SUPPORT_MIN_BARE = 0.84

# Whom a claim says it is according to («… volgens Oekraïne», «Ukraine zufolge»): named by its
# sentence, though the question names them too ("according to Ukraine" on CNN's sentence is invented).
_ACCORDING = re.compile(rf"(?i)\b(?:{ACCORDING}|secondo|segundo)\s+((?:[\w'’-]+\s+){{0,3}}[\w'’-]+)|((?:[\w'’-]+\s+){{1,3}})zufolge\b")
_ARTICLES = frozenset("the de der die den des la le les l el los las o os a as il lo i gli het".split())


def _sources(claim: str) -> list[str]:
    """The capitalised words of whom ``claim`` says it is according to: the run after an article
    («volgens CNN stuurde…» is CNN; "the second meeting", «conform tratatului» name no one), or
    before «zufolge». Not acronyms, spelled otherwise in each language (UN, ONU, JT, VN)."""
    out = []
    for after, before in _ACCORDING.findall(claim.replace("’", "'")):
        words = [w.strip("'’-") for w in (after.split() if after else before.split()[::-1])]
        while after and words and words[0].lower() in _ARTICLES:
            words = words[1:]
        for w in words:
            if not w[:1].isupper():
                break
            if not w.isupper() and len(w) > 2:
                out.append(w)
    return out

# Words that join two clauses, per answer language (a clause split needs 3+ words each side).
_JOINERS = {
    "en": "and|but|while|whereas", "de": "und|aber|während|sondern|doch", "fr": "et|mais|tandis que|alors que",
    "es": "y|pero|mientras que|sino", "it": "e|ma|mentre|però", "pt": "e|mas|enquanto|porém",
    "ro": "și|dar|iar|însă|ci", "nl": "en|maar|terwijl", "lt": "ir|bet|tačiau|o", "pl": "i|ale|lecz|a",
    "ru": "и|но|а|однако", "uk": "і|й|але|а", "sv": "och|men", "tr": "ve|ama|fakat",
}


@dataclass
class Clause:
    """One claim: its text (markers removed), the passages it cites, where it sits."""

    text: str
    cited: list[int]
    sentence: int  # index of its sentence in the answer
    joiner: str = ""  # what joined it to the clause before (", and "); "" for a sentence's first


def numbers_in(marks: str) -> list[int]:
    return [int(n) for m in MARKER.finditer(marks) for n in re.split(r"\s*[,;]\s*", m.group(1))]


def sentences(answer: str) -> list[tuple[str, list[int]]]:
    """Sentences of ``answer`` with their markers still in; a marker opening a sentence
    belongs to the one before ("…in Wonsan. [2] Then…"). Returns (raw sentence, lead numbers
    that were moved to it)."""
    out: list[list] = []
    for a, b in split_spans(answer):
        piece = answer[a:b]
        lead = _LEADING_MARKERS.match(piece)
        if lead and out:
            out[-1][0] = out[-1][0] + " " + lead.group(0).strip()
            piece = piece[lead.end():]
        if piece.strip():
            out.append([piece, []])
    return [(raw, moved) for raw, moved in out]


def split(answer: str, language: str | None = None) -> list[Clause]:
    """The claims of ``answer``, in order. Markers go to the clause they follow; a clause
    without markers of its own takes those of the next clause of its sentence that has some
    ("A and B [1]" cites [1] for both)."""
    joiners = _JOINERS.get(language or "en", _JOINERS["en"])
    joiner = re.compile(rf"(?:,?\s+(?:{joiners})\s+|;\s+)", re.IGNORECASE)
    out: list[Clause] = []
    for i, (raw, _) in enumerate(sentences(answer)):
        clean, marks = _unmark(raw)
        cuts = [m for m in joiner.finditer(clean)
                if len(clean[: m.start()].split()) >= 3 and len(clean[m.end():].split()) >= 3]
        bounds, start, joined = [], 0, ""
        for m in cuts:
            if len(clean[start: m.start()].split()) >= 3:
                bounds.append((start, m.start(), joined))
                start, joined = m.end(), m.group(0)
        bounds.append((start, len(clean), joined))
        clauses = []
        for k, (a, b, j) in enumerate(bounds):
            last = k == len(bounds) - 1
            cited = [n for pos, ns in marks if a < pos <= b or (last and pos > b) or (k == 0 and pos == 0) for n in ns]
            clauses.append(Clause(" ".join(clean[a:b].split()), cited, i, j))
        for k in range(len(clauses) - 2, -1, -1):
            if not clauses[k].cited:
                clauses[k].cited = list(clauses[k + 1].cited)
        out += [c for c in clauses if c.text or c.cited]
    return out


def _unmark(raw: str) -> tuple[str, list[tuple[int, list[int]]]]:
    """``raw`` without its markers, and each marker's position in the cleaned text."""
    clean, marks, last = "", [], 0
    for m in MARKER.finditer(raw):
        clean += raw[last: m.start()]
        marks.append((len(clean.rstrip()), numbers_in(m.group(0))))
        last = m.end()
    clean += raw[last:]
    clean = re.sub(r"\s?\[[^\]\d]*\]", "", clean)  # a marker with no number ("[n]") cites nothing
    return clean.rstrip(), marks


def checkable(text: str, language: str | None) -> bool:
    """Does the claim state a figure, a date or a name (as against "The sources disagree.")?"""
    return bool(facts.numbers(text) or dates.tokens(text) or names.proper_names(text, language))


def repeats(key: str, said: set[str], text: str = "") -> bool:
    """Is a claim (``text``, its folded words ``key``) one already made, or one already made
    with the first word or two of the model's next loop glued on after its full stop ("… anul
    trecut. Questo [3]": too short to be a sentence, the splitter joins it to the one before)?"""
    if key in said:
        return True
    glued = re.fullmatch(r"(.*[.!?…])\s+\S+(?:\s+\S+)?", text.strip())
    return bool(glued) and claim_key(glued.group(1)) in said


def claim_key(text: str) -> str:
    """A claim's words, case, accents and punctuation aside."""
    return " ".join(re.findall(r"\w+", facts.fold(text)))


def echo(clause: str, question: str, sources: list["Source"]) -> bool:
    """Is ``clause`` only the question said again, naming nothing the sources do not name?
    A small model restates the question inside its answer («În 2024 a livrat Phenianul
    rachetele și muniția despre care vorbește raportul statelor ONU»); cut at «și», the second
    clause is removed alone, where failing it dropped the supported first one with it. Only
    for a clause joined to another (``Clause.joiner``); a name the sources lack is a claim
    ("… and they are deployed in the Donbass"), and so is a "not" («… but it did not send»)."""
    words = _words(clause)
    if not question or not words or not words <= _words(question) or negated(clause) != negated(question):
        return False
    return not mentions.missing(clause, " ".join(s.passage.text for s in sources))


# Words a small model uses to talk about its sources instead of answering ("This is stated in
# passage. [2]", «Dies steht im Text.»): a claim of these and stop words alone states nothing.
_META = {facts.fold(w) for w in (
    "passage passages text texts article articles source sources document documents sentence stated states "
    "state says said mention mentions mentioned according given provided information context answer "
    "textstelle abschnitt artikel quelle quellen angegeben erwahnt steht genannt "
    "passage texte extrait indique mentionne selon "
    "pasaje fragmento articulo fuente fuentes indica menciona segun "
    "passaggio brano articolo fonte fonti indicato menzionato secondo "
    "passagem trecho artigo fonte fontes indicado mencionado segundo "
    "pasaj fragment articol sursa surse mentionat conform "
    "passage tekst artikel bron bronnen vermeld volgens "
    "fragment artykul zrodlo zrodla wspomniano wedlug "
    "ištrauka tekste straipsnis šaltinis šaltiniai nurodyta paminėta pagal "
    # … and the words that point at them ("this", «acest lucru este»)
    "this that these those here there dies diese dieses dieser hier ceci cela cette voici voila esto eso esta "
    "este aqui questo questa quello isto isso acest acesta aceasta acestea lucru aici sunt deze jest tego "
    "tutaj tai šis čia buvo").split()}


def _words(text: str) -> set[str]:
    """Folded words of four letters or more, and every figure: what a claim could add."""
    return {w for w in re.findall(r"\w+", facts.fold(text)) if len(w) >= 4 or w.isdigit()}


@dataclass
class Source:
    """A passage as the checker sees it: the passage and its sentences (with vectors, kinds)."""

    passage: Passage
    sentences: list[Sentence]


@dataclass
class Support:
    """How well one source supports a claim: ``ok`` with the supporting sentence ``index``, or
    ``why`` not (of the sentence that came closest)."""

    ok: bool
    index: int
    sim: float
    why: str = ""


def similarities(vector: np.ndarray, source: Source) -> list[float]:
    """The claim's e5 similarity to each sentence of ``source`` (NaN for those that state nothing)."""
    return [float(np.dot(vector, np.asarray(s.vector, dtype=np.float32))) if s.kind in QUOTABLE
            else float("nan") for s in source.sentences]


def baseline(sims: list[list[float]]) -> float:
    """The claim's median similarity to every statement at hand: what "on topic" scores; 0
    when there are fewer than three (the median of one sentence is that sentence, and a claim
    repeating it would stand no higher than itself)."""
    flat = [x for row in sims for x in row if x == x]
    return float(np.median(flat)) if len(flat) >= 3 else 0.0


def support(claim: str, sims: list[float], source: Source, language: str | None,
            question: str = "", base: float = 0.0, answers: set[str] | None = None,
            whole: str = "") -> Support:
    """Does a sentence of ``source`` support ``claim``? ``sims`` are the claim's similarities
    to its sentences, ``base`` the claim's :func:`baseline`; ``answers``, when known, the
    figures the sources give for what the question asks (the extractive answer's values): a
    claim that gives the question a figure must give one of them ("4.000 more soldiers could be
    sent" quotes the 4.000 killed or wounded, in a sentence about sending more), somewhere in
    its ``whole`` sentence ("728 drones and 13 missiles" answers "how many drones")."""
    if len(claim.split()) < 3:  # "4.000 [1]" for "how many were sent?": a value, not a statement
        return Support(False, 0, 0.0, "a bare value, not a statement that a sentence could support")
    if question and _words(claim) <= _words(question):
        return Support(False, 0, 0.0, "it repeats the question without answering it")
    if _words(claim) <= _META | facts.STOP:
        return Support(False, 0, 0.0, "it talks about the passages and states nothing")
    figures, when = facts.numbers(claim), dates.tokens(claim)
    denies, doubts = negated(claim, language), hedged(claim, language)
    new = facts.numbers(whole or claim) - facts.numbers(question)
    if answers and figures and new and not new & answers:
        return Support(False, 0, 0.0, f"{', '.join(sorted(new))} is not what the sources give for this question")
    least = SUPPORT_MIN if checkable(claim, language) else SUPPORT_MIN_BARE
    # The question's names are its topic, not new claims, only where the passage names them
    # too: "… deployed in the Donbass", restated from a question no article answers, is a
    # claim like any other.
    topic = " ".join(n for n in names.proper_names(question, language) if names.spelled_in(n, source.passage.text))
    told_by = _sources(claim)
    # "How many were killed, according to the South Korean lawmaker?": a figure a sentence gives
    # according to someone else («pasak Vakarų pareigūnų», Western officials) is not the lawmaker's.
    asked_by = attributed(question) - {"other"} if question and figures else frozenset()
    closest: tuple[int, float, int, str] | None = None  # (failures, -sim, index, why)
    best: Support | None = None
    previous = ""
    for i, s in enumerate(source.sentences):
        if s.kind not in QUOTABLE:
            continue
        sim = sims[i]
        why = []
        if figures - facts.numbers(s.text):
            why.append(f"{', '.join(sorted(figures - facts.numbers(s.text)))} not in its sentence")
        if when - dates.tokens(s.text):
            why.append("its date is not in the sentence")
        context = s.text if names.proper_names(s.text, s.language) else f"{previous} {s.text}"
        gone = mentions.missing(claim, context, language, topic, source.passage.text)
        if gone:
            why.append(f"{', '.join(gone)} not named there")
        said_by = [n for n in told_by if not names.spelled_in(n, context)]
        if said_by:  # the question's names are its topic, but not whom the claim says told it
            why.append(f"{', '.join(said_by)} did not say it there")
        if asked_by and (by := attributed(s.text)) and not by & asked_by:
            why.append("the sentence gives it according to someone else than the question asks")
        elsewhere = mentions.out_of_place(claim, s.text, language, question)
        if elsewhere:
            why.append(f"{', '.join(elsewhere)} named there, but not for this")
        beside = mentions.astray(claim, s.text, language)
        if beside:
            why.append(f"{', '.join(beside)} named there, but not beside its figure")
        if denies != negated(s.text, s.language):
            why.append("it negates what the sentence says" if denies else "the sentence says the opposite")
        if not doubts and hedged(s.text, s.language):
            why.append("the sentence only says it may be so")
        if sim < least or sim - base < SUPPORT_MARGIN:
            why.append("no sentence says it")
        previous = s.text
        if not why and (best is None or sim > best.sim):
            best = Support(True, i, sim)
        rank = (len(why), -sim, i, "; ".join(why))
        if closest is None or rank < closest:
            closest = rank
    if best is not None:
        return best
    if closest is None:
        return Support(False, 0, 0.0, "the passage holds no statement")
    return Support(False, closest[2], -closest[1], closest[3])
