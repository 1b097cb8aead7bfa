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
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from ..records import Sentence

# Per number, the ordinal's forms in the languages questions come in (en de fr es it pt nl pl ro
# lt); the articles' other languages' ordinals are not read (no penalty, no harm).
_FORMS = {
    1: r"first|1st|erste[nmrs]?|erstmal\w*|premi[eè]re?s?|1ère|primer[oa]?s?|primeir[oa]s?|primo|primi"
       r"|prima|primul|primei|primului|primele|primii|întâi\w*|eerste|pierwsz\w+"
       r"|pirm(?:as|a|asis|oji|ojo|ajame|ąjį|ąją|ą|uoju|ieji|osios|ame|ojoje|ųjų)|pirmąkart",
    2: r"second|2nd|zweite[nmrs]?|zweitens|deuxi[eè]mes?|seconde?s?|segund[oa]s?|second[oaie]"
       r"|al doilea|a doua|tweede|drug(?:i|a|ie|iego|iej|im|ą|ich|iemu)"
       r"|antr(?:as|a|asis|oji|ojo|ajame|ąjį|ąją|ą|uoju|ieji|osios|ame|ojoje|ųjų)",
    3: r"third|3rd|dritte[nmrs]?|troisi[eè]mes?|tercer[oa]?s?|terceir[oa]s?|terz[oaie]"
       r"|al treilea|a treia|derde|trzeci\w*"
       r"|treči(?:as|a|asis|oji|ojo|ajame|ąjį|ąją|ą|uoju|ieji|osios|ame|ojoje|ųjų)",
}
_ORDINAL = {n: re.compile(rf"(?<!\w)(?:{forms})(?![\w-])", re.IGNORECASE) for n, forms in _FORMS.items()}

# After the word, what makes it something other than an ordinal.
_NOT_AFTER = re.compile(
    r"\s*(?:-?feira|zi\b|di\b|del\b|dell|della|dello|dei\b|degli|delle|che\b|d'|ministr|min\.|"
    r"l[ií]ne?a|ligne|linha|line\b|world war|weltkrieg|guerr|wereldoorlog|wojn|r[aă]zboi|pasaulin|"
    r"kamer|strony|lady|dam)",
    re.IGNORECASE,
)
# «segundo»/«secondo» before an article, a pronoun, a number or a name is "according to".
_ACCORDING = re.compile(
    r"\s+(?:o|a|os|as|um|uma|el|la|los|las|il|lo|l'|i|gli|le|un|una|uno|ele|ela|eles|elas|lui|lei"
    r"|loro|fontes|fonti|fuentes|dados|dati|quanto|informa\w*|relat\w*|fonti|stime|estimativas|[A-ZÀ-Ý0-9])",
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
            if _NOT_AFTER.match(rest):
                continue
            if word in _ACCORDING_WORDS and _ACCORDING.match(rest):
                continue
            if word in {"second", "seconds", "seconde", "secondes"} and re.match(r"\s*(?:s\b|later|ago|per)", rest):
                continue
            out.append((n, m.start()))
    return out


def of(text: str) -> frozenset[int]:
    """The ordinals ``text`` names (1, 2, 3)."""
    return frozenset(n for n, _ in _found(text))


def windows(text: str, nums: frozenset[int]) -> list[str]:
    """What ``text`` numbers with one of ``nums``: the words from each such ordinal on."""
    return [text[at:at + WINDOW] for n, at in _found(text) if n in nums]


ALIKE = 0.9  # another ordinal's words read at least this like the question's: the same kind of thing
_VECTORS: dict[str, np.ndarray] = {}  # windows' vectors, for the evidence and the direct line both


def _vectors(embedder, texts: list[str]) -> np.ndarray:
    new = [t for t in dict.fromkeys(texts) if t not in _VECTORS]
    if new:
        if len(_VECTORS) > 1024:
            _VECTORS.clear()
        _VECTORS.update(zip(new, embedder.embed_passages(new)))
    return np.stack([_VECTORS[t] for t in texts])


def _others(question: str, sentences: Iterable[Sentence], embedder) -> tuple[frozenset[int], float]:
    """The question's ordinals, and how like its words from them on read another ordinal's words
    in ``sentences`` at best (0 where none)."""
    wanted = of(question)
    mine = windows(question, wanted)
    others = list(dict.fromkeys(w for s in sentences for w in windows(s.text, of(s.text) - wanted)))
    if not mine or not others or embedder is None:
        return wanted, 0.0
    return wanted, float((_vectors(embedder, mine) @ _vectors(embedder, others).T).max())


def contested(question: str, sentences: Iterable[Sentence], embedder) -> frozenset[int]:
    """The ``question``'s ordinals where some of ``sentences`` tell of another of the same kind
    of thing (the articles report a first and a second round: «a doua runde a dialogului
    strategic» reads .92 like "first round of the strategic dialogue"); none otherwise. Where
    nothing else like it is numbered, a sentence that repeats "first" is no better an answer:
    "the first moon landing's tapes" is answered by a Russian sentence that names no ordinal,
    not by a German one about the museum's first director."""
    wanted, alike = _others(question, sentences, embedder)
    return wanted if alike >= ALIKE else frozenset()


@dataclass(frozen=True)
class Numbered:
    """Which of the sentences read number what the question numbers, where it is contested."""

    nth: frozenset[int] = frozenset()  # the question's ordinals (empty: not contested)
    same: frozenset[tuple[str, int]] = frozenset()  # (source, start) of those that number the same thing

    def same_kind(self, s: Sentence) -> bool:
        return (s.source, s.start) in self.same

    def elsewhere(self, s: Sentence) -> bool:
        """Does ``s`` name only other ordinals than the question's (the second round, «a doua
        runde», for a question about the first)? Not a sentence that names the question's for
        another thing («prima vizita de Kim»): tried, it lost more sides than it cleared."""
        said = of(s.text)
        return bool(self.nth and said and not said & self.nth)


def read(question: str, sentences: list[Sentence], embedder, margin: float) -> Numbered:
    """The sentences that number with the question's ordinal the same kind of thing the
    question numbers: whose words from the ordinal on read as like the question's, less
    ``margin``, as another ordinal's do at best («prima rundă de discuții strategice» as «a doua
    runde a dialogului strategic» for "the first round of the strategic dialogue"; «prima vizita
    de Kim» reads less like it, another first). e5 barely tells ordinals apart, which is what
    makes another round's words the measure. Nothing where the ordinal is not contested."""
    wanted, alike = _others(question, sentences, embedder)
    if alike < ALIKE:
        return Numbered()
    mine = windows(question, wanted)
    found = {(s.source, s.start): windows(s.text, wanted) for s in sentences if of(s.text) & wanted}
    theirs = list(dict.fromkeys(w for ws in found.values() for w in ws))
    near = dict(zip(theirs, (_vectors(embedder, mine) @ _vectors(embedder, theirs).T).max(axis=0))) if theirs else {}
    return Numbered(wanted, frozenset(k for k, ws in found.items() if max(near[w] for w in ws) >= alike - margin))


def beyond(question: str, embedder) -> Callable[[list[Sentence], list[Sentence]], list[Sentence]] | None:
    """For ``qa.retrieval.search``: of the store's nearer sentences past the best, those that
    name the question's ordinal, when the best tell of another (None: it names none)."""
    if not of(question):
        return None
    return lambda best, rest: [s for s in rest if contested(question, best, embedder) & of(s.text)]
