"""Which of several rounds, visits or times a text tells of: its ordinals (first, second, third).

A question about "the first round of the strategic dialogue" is not answered by «a doua runde a
dialogului strategic» (the second round) however alike the two read to the embedder: e5 barely
tells ordinals apart, and the second round's sentence, which repeats every other word of the
question, ranked first with its dates. A sentence that names only other ordinals than the
question's is about another event (``qa.answer.evidence`` ranks it as if it held no value), and
a sentence of a retrieved article that names the question's ordinal is read as a candidate even
beyond the store's ten nearest.

Words that look like ordinals and are something else are left out: "according to" (Portuguese
«segundo a CNN», Italian «secondo il rapporto»), weekdays (Portuguese «segunda-feira»,
Lithuanian «antradienį»), "before" (Italian «prima di»), "the next day" (Romanian «a doua zi»),
a prime minister, a front line, a world war, the Dutch lower house («Tweede Kamer»).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from ..records import Sentence

# Per number, the ordinal's forms in the languages questions come in (en de fr es it pt nl pl ro
# lt); the articles' other languages' ordinals are not read (no penalty, no harm). Inflections are
# listed, not matched by \w*: «pierwszeństwo» (priority), «întâietate» and «trečiadienis»
# (Wednesday) are no ordinals.
_LT = r"(?:as|a|asis|oji|ojo|ajame|ąjį|ąją|ą|uoju|ieji|osios|ame|ojoje|ųjų|o|os|oje|ų)"
_FORMS = {
    1: r"first|1st|erste[nmrs]?|erstmals|erstmalig\w*|premi[eè]re?s?|1er|1ère|1re|primer[oa]?s?"
       r"|primeir[oa]s?|prim[oi]|prima|primul|primei|primului|primele|primii|întâi|întâia|întâiul"
       r"|eerste|pierwsz(?:y|a|e|ego|ej|ym|ą|ych|ymi|emu)|pierwsi|pirm" + _LT + r"|pirmąkart",
    2: r"second|2nd|zweite[nmrs]?|deuxi[eè]mes?|seconde?|segund[oa]|second[oa]|al doilea|a doua"
       r"|tweede|drug(?:i|a|ie|iego|iej|im|ą|ich|iemu)|drudzy|antr" + _LT,
    3: r"third|3rd|dritte[nmrs]?|troisi[eè]mes?|tercer[oa]?s?|terceir[oa]s?|terz[oa]|al treilea"
       r"|a treia|derde|trzeci(?:a|e|ego|ej|m|ą|ch)?|treči" + _LT,
}
_ORDINAL = {n: re.compile(rf"(?<!\w)(?:{forms})(?![\w-])", re.IGNORECASE) for n, forms in _FORMS.items()}

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|"
    r"jänner|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|"
    r"luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|"
    r"dezembro|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|"
    r"decembrie|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca|"
    r"lipca|sierpnia|września|października|listopada|grudnia|sausio|vasario|kovo|balandžio|gegužės|"
    r"birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio)\b"
)
# After the word, what makes it something other than an ordinal: a weekday, "before" (Italian
# «prima di», «prima d'ora», «prima o poi», «prima.»), a date's day («1er janvier», «il primo
# maggio», «întâi decembrie», "March 1st"), an office (a prime minister, «Premier Li»), a front
# line, a world war, "first of all", "in the first place" and their kind, "a second later".
_NOT_AFTER = re.compile(
    r"\s*(?:-?feira|di\b|del\b|dell|della|dello|dei\b|degli|delle|che\b|d['’]|o poi|[.,;:!?)]|$|"
    r"(?:de |of |d['’])?" + _MONTH + r"|minist(?:r|er)|min\.|l[ií]ne?a|ligne|linha|line\b|"
    r"world|weltkrieg|welt\b|guerr|wereld|wojn|rzesz|reich\b|r[aă]zboi|pasaulin|mundo|monde\b|"
    r"kamer|strony|stronie|dzień|lady|dam\b|of all|place\b|lieu\b|plan\b|lugar\b|vista\b|mano\b|"
    r"main\b|r[aâ]nd\b|hilfe|aid\b|party|partie\b|hand\b|league|later|ago|plus tard|après|después|"
    r"depois|dopo)",
    re.IGNORECASE,
)
# Before the word, what makes it something else: "at first", «ten eerste», «po pierwsze», «mai
# întâi», «materia prima», Italian «anni prima» (years before), "per second", "the 1st of".
_NOT_BEFORE = re.compile(
    r"(?:\bat|\bten|\bpo|\bmai|materia|matéria-|\banni|\bpoco|\bcome|\bgiorni|\bmesi|\bore|\bsubito|"
    r"\btempo|\bsettimane|\bper|\bjeden za|" + _MONTH + r")\s+$",
    re.IGNORECASE,
)
# «segundo»/«secondo» before an article, a pronoun, a number, a name or a word for sources is
# "according to".
_ACCORDING = re.compile(
    r"\s+(?:o|a|os|as|um|uma|el|la|los|las|il|lo|l['’]|i|gli|le|un|una|uno|ele|ela|eles|elas|lui|lei"
    r"|loro|cui|me|noi|te|voi|fontes|fonti|fuentes|dados|dati|quanto|informa\w*|relat\w*|stime"
    r"|estimativas|alcun\w*|divers\w*|testimon\w*|testemunhas|especialistas|esperti|media|[A-ZÀ-Ý0-9])",
)
_ACCORDING_WORDS = {"segundo", "secondo", "segunda", "seconda"}
WINDOW = 48  # characters from an ordinal on: what it numbers ("first round of the strategic …")


def _found(text: str) -> list[tuple[int, int]]:
    """(ordinal, where) for each ordinal ``text`` names, those that are something else left out."""
    out = []
    for n, pattern in _ORDINAL.items():
        for m in pattern.finditer(text):
            rest = text[m.end():m.end() + 24]
            word = m.group(0).lower()
            if _NOT_AFTER.match(rest) or _NOT_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
                continue
            if word in _ACCORDING_WORDS and _ACCORDING.match(rest):
                continue
            if word == "a doua" and re.match(r"\s*zi\b", rest):
                continue  # «a doua zi»: the next day
            if word == "premier" and re.match(r"\s+[A-ZÀ-Ý]", rest):
                continue  # «Premier Li», "premier Tusk": a prime minister
            out.append((n, m.start()))
    return out


def of(text: str) -> frozenset[int]:
    """The ordinals ``text`` names (1, 2, 3)."""
    return frozenset(n for n, _ in _found(text))


def windows(text: str, nums: frozenset[int]) -> list[str]:
    """What ``text`` numbers with one of ``nums``: the words from each such ordinal on."""
    return [text[at:at + WINDOW] for n, at in _found(text) if n in nums]


ALIKE = 0.885  # another ordinal's words read at least this like the question's: the same kind of thing (.9 left "third round of the strategic dialogue take place", .889 like «a doua runde…», a kind no article numbers)
MAX_WINDOWS = 16  # windows embedded at most, of each kind, per question
# Windows' vectors, per embedder (by id: pydantic models do not hash), for the retrieval, the
# evidence and the direct line of one question; a lock, as the page answers several at once.
_CACHE: dict[int, dict[str, np.ndarray]] = {}
_LOCK = threading.Lock()


def _vectors(embedder, texts: list[str]) -> np.ndarray:
    with _LOCK:
        cache = _CACHE.setdefault(id(embedder), {})
        have = {t: cache[t] for t in texts if t in cache}
    new = [t for t in dict.fromkeys(texts) if t not in have]
    if new:
        vectors = np.asarray(embedder.embed_passages(new), dtype=np.float32)
        have.update(zip(new, vectors))
        with _LOCK:
            if len(cache) + len(new) > 1024:
                cache.clear()
            cache.update(zip(new, vectors))
    return np.stack([have[t] for t in texts])


def _others(question: str, sentences: Iterable[Sentence], embedder) -> tuple[frozenset[int], float, list[str]]:
    """The question's ordinals, how like its words from them on read another ordinal's words in
    ``sentences`` at best (0 where none), and those other ordinals' words that read at least
    ``ALIKE`` like them (the same kind of thing, numbered otherwise)."""
    wanted = of(question)
    # (less the question's own closing mark: «derde strategische gespreksronde?» reads .89 like
    # «a doua runde a dialogului strategic», .91 without it; the articles' words close on none)
    mine = [w.rstrip(" ?!.") for w in windows(question, wanted)] if wanted and embedder is not None else []
    if not mine:
        return wanted, 0.0, []
    others = list(dict.fromkeys(w for s in sentences for w in windows(s.text, of(s.text) - wanted)))[:MAX_WINDOWS]
    if not others:
        return wanted, 0.0, []
    near = (_vectors(embedder, mine) @ _vectors(embedder, others).T).max(axis=0)
    return wanted, float(near.max()), [w for w, n in zip(others, near) if n >= ALIKE]


def contested(question: str, sentences: Iterable[Sentence], embedder) -> frozenset[int]:
    """The ``question``'s ordinals where some of ``sentences`` tell of another of the same kind
    of thing (the articles report a first and a second round: «a doua runde a dialogului
    strategic» reads .92 like "first round of the strategic dialogue"); none otherwise. Where
    nothing else like it is numbered, a sentence that repeats "first" is no better an answer:
    "the first moon landing's tapes" is answered by a Russian sentence that names no ordinal,
    not by a German one about the museum's first director."""
    wanted, alike, _ = _others(question, sentences, embedder)
    return wanted if alike >= ALIKE else frozenset()


def unsaid(question: str, sentences: Iterable[Sentence], embedder) -> bool:
    """Does the question ask about the nth of something the articles number otherwise, with no
    sentence read numbering that kind of thing with its nth ("When is the third round of the
    strategic dialogue?", where they tell of the first and the second, and of «uma terceira
    sindicicação»)? Then they don't say: the nearest dates are other rounds'. A sentence
    numbers the same kind of thing when its words from the nth on read at least ``ALIKE`` like
    another ordinal's that do like the question's («prima rundă de discuții strategice» like «a
    doua runde a dialogului strategic», .92; «terceira sindicicação», .87): the articles'
    words are compared with each other, as e5 reads a question's words less like them. A
    sentence that names the nth together with another of the kind («ao segundo diálogo … após
    as primeiras negociações») numbers it too, however its words read."""
    sentences = list(sentences)
    wanted, _, kin = _others(question, sentences, embedder)
    if not kin:
        return False
    if any(wanted & of(s.text) and set(windows(s.text, of(s.text) - wanted)) & set(kin) for s in sentences):
        return False  # numbered in one breath with another of the kind: «ao segundo diálogo … após as primeiras negociações»
    theirs = list(dict.fromkeys(w for s in sentences for w in windows(s.text, wanted)))[:MAX_WINDOWS]
    return not theirs or float((_vectors(embedder, kin) @ _vectors(embedder, theirs).T).max()) < ALIKE


@dataclass(frozen=True)
class Numbered:
    """Which of the sentences read number what the question numbers, where it is contested."""

    nth: frozenset[int] = frozenset()  # the question's ordinals (empty: not contested)
    same: frozenset[tuple] = frozenset()  # (file, start) of those that number the same thing

    def same_kind(self, s: Sentence) -> bool:
        return (s.file_key, s.start) in self.same

    def elsewhere(self, s: Sentence) -> bool:
        """Does ``s`` name only other ordinals than the question's (the second round, «a doua
        runde», for a question about the first)? Not a sentence that names the question's for
        another thing («prima vizita de Kim»): tried, it lost more sides than it cleared."""
        if not self.nth:
            return False
        said = of(s.text)
        return bool(said and not said & self.nth)


def read(question: str, sentences: list[Sentence], embedder, margin: float) -> Numbered:
    """The sentences that number with the question's ordinal the same kind of thing the
    question numbers: whose words from the ordinal on read as like the question's, less
    ``margin``, as another ordinal's do at best («prima rundă de discuții strategice» as «a doua
    runde a dialogului strategic» for "the first round of the strategic dialogue"; «prima vizita
    de Kim» reads less like it, another first). e5 barely tells ordinals apart, which is what
    makes another round's words the measure. Nothing where the ordinal is not contested."""
    wanted, alike, _ = _others(question, sentences, embedder)
    if alike < ALIKE:
        return Numbered()
    mine = windows(question, wanted)
    found = {(s.file_key, s.start): windows(s.text, wanted) for s in sentences if of(s.text) & wanted}
    theirs = list(dict.fromkeys(w for ws in found.values() for w in ws))[:MAX_WINDOWS]
    found = {k: [w for w in ws if w in theirs] for k, ws in found.items()}
    found = {k: ws for k, ws in found.items() if ws}
    near = dict(zip(theirs, (_vectors(embedder, mine) @ _vectors(embedder, theirs).T).max(axis=0))) if theirs else {}
    return Numbered(wanted, frozenset(k for k, ws in found.items() if max(near[w] for w in ws) >= alike - margin))


def beyond(question: str, embedder) -> Callable[[list[Sentence], list[Sentence]], list[Sentence]] | None:
    """For ``qa.retrieval.search``: of the store's nearer sentences past the best, those that
    name the question's ordinal, when the best tell of another (None: it names none)."""
    if not of(question):
        return None

    def pick(best: list[Sentence], rest: list[Sentence]) -> list[Sentence]:
        nth = contested(question, best, embedder)
        if not nth:
            return []
        # (only those numbering the same kind of thing: «prima vizita de Kim Jong Un la
        # Vladivostok» is another first than the first round's, and gave a side «2019»)
        found = [s for s in rest if nth & of(s.text)]
        numbered = read(question, list(best) + found, embedder, 0.04)
        return [s for s in found if numbered.same_kind(s)]
    return pick
