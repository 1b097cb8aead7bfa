"""Which sentences answer: every sentence of the retrieved passages, scored against the question.

Scores use the same multilingual embedder as retrieval (sentence vectors are computed at
indexing time), plus a bonus for sharing the question's names and numbers, which survive
translation, and penalties for sentences that are not the kind of answer the question asks for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..kinds import QUOTABLE
from ..records import Passage, Sentence
from ..retrieval import Retrieval
from . import asks, counted, dates, durations, facts, late, names, negation, offices, ordinals, sought, trips
from .runs import around, key, passage_for
from .tuning import TUNING, Tuning, tuning_for  # noqa: F401  (re-exported: callers import them from here)


MIN_WORDS = 4  # a quoted sentence states something (``_few_words``)


@dataclass
class Evidence:
    """A candidate sentence, the passage that holds it, and how well it answers."""

    sentence: Sentence
    passage: Passage
    sim: float
    score: float
    late: float = 0.0  # token-level similarity (``late.rescore``), 0 when not computed
    lift: float = 0.0  # what the token-level term added to ``score``
    ranks: float = 0.0  # a lift that ranks but does not decide relevance (a length told: ``length_named``; part of ``base``)

    @property
    def base(self) -> float:
        """The score before the token-level term."""
        return self.score - self.lift

    @property
    def source(self) -> str:
        return self.sentence.source

    @property
    def text(self) -> str:
        return self.sentence.text


def candidates(found: Retrieval, tuning: Tuning = TUNING, embedder=None,
               language: str | None = None) -> list[Evidence]:
    """Every quotable sentence of the retrieved passages and the store's nearest sentences, best
    first; the best ``late_top`` re-scored token by token when the embedder can. ``language``:
    the question's (``negation.prospective``)."""
    q_nums, q_names = facts.anchors(found.question)
    if tuning.demonym_share:
        # «los líderes europeos» names Europe as "the European leaders" does; not the war's sides,
        # whose people most retrieved sentences name («ucraniano», «norte-coreano»)
        texts = [s.text for s in found.sentences]
        q_names |= {facts.stem(w) for w in names.demonyms(found.question)
                    if sum(names.spelled_in(w, t) for t in texts) <= tuning.demonym_share * len(texts)}
    qvec = np.asarray(found.vector, dtype=np.float32)
    wants = (asks.expected_answer(found.question), asks.wants_new_fact(found.question))
    # "Where did … meet": a "might meet" answers less; "Who is he expected to meet?" as well.
    to_come = tuning.prospects and negation.prospective(found.question, language)
    fact = not negation.hedged(found.question) and not to_come

    def ahead(s: Sentence, lang: str, penalty: float) -> float:
        """"How many more soldiers is Pyongyang ready to send?": «va trimite» (will send) answers,
        «stuurde» (sent) less; not a sentence of the wrong kind («vor vizita … în acest weekend»
        names no day of a month: "will" is no date), nor one that says what may be («se va
        întâlni probabil», will probably meet). Not for a when-question: every sentence about the
        visit to come says "will", and the one with its dates lost to one saying "this weekend"."""
        return (tuning.prospect_weight if to_come and wants[0] != "time" and not penalty
                and negation.prospective(s.text, lang) and not negation.hedged(s.text, lang) else 0.0)
    # "When will Lavrov visit North Korea?": a date told of a trip elsewhere is no date for it.
    going = trips.destinations(found.question, language) if wants[0] == "time" and tuning.other_place else set()
    # "Which days of July…?", "For which dates…?": a sentence that tells only weekdays names no
    # day of a month («No sábado»).
    asked_months = dates.months(found.question)
    months = asked_months if wants[0] == "time" else set()
    if wants[0] == "time" and not months and sought.asks_dates(found.question):
        months = {"any"}
    # "How many were killed?" against "How many were sent?" (``counted.casualties``).
    casualty = counted.casualties(found.question) if wants[0] == "number" and tuning.casualty_kind else None
    want = Wanted(wants=wants[0], wants_new=wants[1], q_nums=frozenset(q_nums), q_names=frozenset(q_names),
                  fact=fact, going=frozenset(going), months=frozenset(months), casualty=casualty,
                  days=tuning.day_asked and dates.asks_day(found.question),
                  added=wants[0] == "number" and tuning.added_total and counted.asks_added(found.question))
    # "When was the first round?": the second round's sentence tells of another event.
    pool = _pool(found)
    numbered = ordinals.read(found.question, pool, embedder, tuning.ordinal_margin) if tuning.ordinals else ordinals.Numbered()
    out: list[Evidence] = []
    seen: set[tuple[str, int]] = set()
    top = found.passages[0].score if found.passages else 0.0
    prior, after = around(found.sentences)
    before = prior if tuning.inherit_weight and q_names else {}
    # "Wie heißt der südkoreanische Verteidigungsminister?": the sentence with a word for the
    # office ("ministrul sud-coreean al Apărării") answers before those about Korea's army.
    wanted = offices.ranked(found.question) & offices.RANKED if tuning.family_weight else frozenset()

    # "On which platform…?", "Which type of missile…?", "In which city…?", a month (``sought``).
    q_months = (asked_months or tuning.year_start and dates.year_start(found.question)) if tuning.month_named else set()
    seeks = sought.bonus(found.question, tuning.family_weight, prior if q_months else {},
                         kinds=tuning.kind_named, q_months=q_months, year_start=tuning.year_start)

    # "How long a truce did the White House propose?": the sentences telling a length of time (no
    # visit's or meeting's) and naming the question's names rank first, «de volledige arrestatie
    # van 30 dagen … het Witte Huis» (.77) among them; whether anything is relevant is still the
    # nearest sentence's to say (``extractive.draft``'s ``near``).
    lengths = length_named(found.question, language, tuning)

    def ranks(s: Sentence, sim: float, penalty: float) -> float:
        told = tuning.family_weight if lengths and durations.tells_duration(s.text) and all(
            names.spelled_in(n, s.text) for n in lengths) else 0.0
        return told + (follows(s, sim) if wants[0] and not penalty and gives(s) else 0.0)

    def gives(s: Sentence) -> bool:
        """Does ``s`` give the figure or date asked? (a figure that is no year for a how-many
        question: «En 2004, la empresa Marconi…» counts nothing)"""
        return wants[0] == "time" or bool(facts.numbers(s.text) - dates.years_in(s.text))

    def follows(s: Sentence, sim: float) -> float:
        """A sentence naming none of the question's names or figures, after one more like the
        question, ranks as part of what that one says («इसमें 402 लोग …», "It held 402 people",
        after the sentence about the 1803 settlement). Only one giving the figure or date asked
        (``ranks``): for other questions the lifted sentences pushed the answer's out of the five
        best, and the held-out halves lost answers (eval/README.md, session 53)."""
        prev = prior.get(key(s)) if tuning.context_weight else None
        if prev is None or prev.vector is None or _overlap(s.text, q_nums, q_names, q_words):
            return 0.0
        return tuning.context_weight * max(0.0, float(np.dot(qvec, np.asarray(prev.vector, dtype=np.float32))) - sim)

    def kind_of_answer(s: Sentence) -> float:
        office = tuning.family_weight if wanted and wanted & offices.ranked(s.text) else 0.0
        return office + seeks(s) + (tuning.ordinal_weight if numbered.same_kind(s) else 0.0)

    # A name in any spelling counts only where no figure or date is asked: for those, a sentence
    # naming «Coreea de Nord» twice and another trip's date outranked 000's «Liepos 4–7 d.» for
    # "On which dates will Lavrov visit North Korea?" (eval/README.md, session 31).
    q_words = _name_words(found.question, q_names) if wants[0] is None else {}

    def anchored(s: Sentence) -> float:
        own = _overlap(s.text, q_nums, q_names, q_words)
        prev = before.get(key(s)) if own == 0 else None
        return own if prev is None else tuning.inherit_weight * facts.overlap(prev.text, set(), q_names)

    def judge(s: Sentence, p: Passage, sim: float, lift: float) -> Evidence:
        """``s`` scored: its similarity, its names, figures and kind, and ``lift`` (its passage's term)."""
        penalty = _type_penalty(s.text, want, tuning, p.language, numbered.elsewhere(s))
        bonus = tuning.anchor_weight * anchored(s) + kind_of_answer(s) + ahead(s, p.language, penalty)
        rank_lift = ranks(s, sim, penalty)
        return Evidence(s, p, sim, sim + bonus + rank_lift + lift - penalty, ranks=rank_lift)

    last: list[tuple[Passage, Sentence]] = []  # each passage's last sentence (read on below)
    for p in found.passages:
        inside = found.sentences_in(p)
        last += [(p, inside[-1])] if inside else []
        for s in inside:
            at = (s.source, s.start)
            if at in seen or not quotable(s):
                continue
            seen.add(at)
            sim = float(np.dot(qvec, np.asarray(s.vector, dtype=np.float32)))
            out.append(judge(s, p, sim, tuning.passage_weight * (p.score - top)))
    # The store's nearest sentences, each in its chunk (a precise sentence can sit in a chunk
    # that ranked low as a whole); they rank as themselves, with no passage term.
    home = {p.chunk_id: p for p in found.all_passages}
    for s in found.best_sentences:
        at = (s.source, s.start)
        if at in seen or s.chunk_id not in home or not quotable(s):
            continue
        seen.add(at)
        out.append(judge(s, home[s.chunk_id], s.score, 0.0))
    # A passage's last sentence may go on in the next chunk («… fondée en 1803.» «Elle comptait
    # 402 personnes.»): the sentence after each passage is read too, with its passage's term,
    # cited in its own chunk where that was retrieved, else as a passage of its own.
    for p, end in last if tuning.context_weight else []:
        s = after.get(key(end))
        if s is None or s.vector is None or (s.source, s.start) in seen or not quotable(s):
            continue
        seen.add((s.source, s.start))
        sim = float(np.dot(qvec, np.asarray(s.vector, dtype=np.float32)))
        out.append(judge(s, passage_for(s, home, found.all_passages, p.score), sim, tuning.passage_weight * (p.score - top)))
    out.sort(key=lambda e: -e.score)
    if tuning.late_top and hasattr(embedder, "token_states"):
        late.rescore(found.question, out, embedder, tuning)
    return out


def length_named(question: str, language: str | None, tuning: Tuning = TUNING) -> list[str]:
    """The names a question asking a length of time (no meeting's, stay's, flight's or trip's:
    ``durations.asks_other_length``) is about: "How long a truce did Washington propose?" is
    about Washington, and only a sentence naming it tells that length (not 002's «visita de três
    dias»). [] where it asks none or names none: then nothing is lifted or left out ("How long did
    the war last?" is no question about the truce's 30 days)."""
    if not (tuning.length_told and durations.asks_other_length(question)):
        return []
    return names.proper_names(question, language)


def _name_words(question: str, q_names: set[str]) -> dict[str, str]:
    """The question's word for each of its name stems (``facts.anchors``)."""
    words: dict[str, str] = {}
    for m in facts.WORD.finditer(question):
        if (st := facts.stem(m.group(0))) in q_names:
            words.setdefault(st, m.group(0))
    return words


def _overlap(text: str, q_nums: set[str], q_names: set[str], q_words: dict[str, str]) -> float:
    """``facts.overlap``, with a name counted also where the sentence spells it another way
    (``names.spelled_in``): stems are alike only in one spelling («Noord-Koreaanse» against
    «nord-coreeană»), so a sentence in the question's own language took the bonus that its
    translation missed (eval/README.md, session 31)."""
    if not q_words:
        return facts.overlap(text, q_nums, q_names)
    stems = {facts.stem(w) for w in facts.WORD.findall(text)}
    hit = len(q_nums & facts.numbers(text)) + sum(
        1 for st in q_names if st in stems or st in q_words and names.spelled_in(q_words[st], text))
    return hit / (len(q_nums) + len(q_names))


def _pool(found: Retrieval) -> list[Sentence]:
    return [s for p in found.passages for s in found.sentences_in(p)] + found.best_sentences


_YEAR = re.compile(rf"\b{dates.YEAR}\b")


@dataclass(frozen=True)
class Wanted:
    """What kind of answer the question asks for, read once per question (``candidates``) and
    held against each sentence (``_type_penalty``)."""

    wants: str | None = None  # "number", "time", … (``asks.expected_answer``)
    wants_new: bool = False  # a where/who/when… question: a sentence adding no name or figure echoes it
    q_nums: frozenset[str] = frozenset()
    q_names: frozenset[str] = frozenset()
    fact: bool = False  # it asks what happened, not what may happen (the hedge penalty)
    going: frozenset[str] = frozenset()  # where the trip asked about goes (``trips.destinations``)
    months: frozenset[str] = frozenset()  # the months a when-question names ({"any"}: some day of a month)
    casualty: bool | None = None  # a how-many question counts the dead and wounded, or not, or either
    days: bool = False  # it asks on which days or dates (not since when): a month and year alone is no answer
    added: bool = False  # a how-many question asks how many more: a total raised to a figure is no answer


def _type_penalty(text: str, want: Wanted, tuning: Tuning, language: str | None = None,
                  numbered_elsewhere: bool = False) -> float:
    """How much a sentence loses for not being the kind of answer the question asks for: a
    how-many question wants a figure, a when question a figure or a month or weekday ("on
    Saturday", "în ianuarie"); a question about what happened wants a sentence that says it
    happened, not that it may («Galbūt … gali susitikti» ranked above «conheceu … em Wonsan»
    for "Where did Lavrov meet Kim Jong Un?")."""
    penalty = 0.0
    wants = want.wants
    if wants and not facts.numbers(text) and not (wants == "time" and dates.tokens(text)):
        penalty += tuning.type_penalty
    elif wants == "number" and want.casualty is not None and counted.casualties(text) != want.casualty:
        penalty += tuning.type_penalty  # the dead for "how many were sent", or the other way round
    elif want.added and counted.totals_only(text):
        penalty += tuning.type_penalty  # «verhoogt het aantal … tot 11.000» for "how many more"
    elif want.going and trips.only_elsewhere(want.going, text, language):
        penalty += tuning.type_penalty  # its dates are another trip's ("went to Moscow in November")
    elif numbered_elsewhere:
        penalty += tuning.type_penalty  # another round's, visit's or time's («a doua rundă»)
    elif want.months and not dates.months(text) and not _YEAR.search(text):
        penalty += tuning.type_penalty  # weekdays only ("on Saturday") for "which days of July"
    elif want.months == {"any"} and want.days and not dates.days(text):
        penalty += tuning.type_penalty  # a month and year («novembro de 2024») for "on which dates"
    if want.wants_new and facts.echoes(text, want.q_nums, want.q_names):
        penalty += tuning.echo_penalty
    if want.fact and tuning.hedge_penalty and negation.hedged(text, language):
        penalty += tuning.hedge_penalty
    return penalty


def select(evidence: list[Evidence], tuning: Tuning = TUNING) -> list[Evidence]:
    """The best sentence, plus close runners-up (they often hold the rest of the answer)."""
    if not evidence:
        return []
    best = evidence[0]
    chosen = [best]
    seen = {said(best.text)}
    for ev in evidence[1:]:
        if len(chosen) >= tuning.max_quotes:
            break
        if said(ev.text) in seen:
            continue  # the same words again (a headline repeated, a line in two articles)
        margin = tuning.margin_same if ev.source == best.source else tuning.margin
        if ev.score >= best.score - margin:
            chosen.append(ev)
            seen.add(said(ev.text))
    return chosen


def said(text: str) -> str:
    """What a sentence says, spacing and case aside: two copies of an article quote it once."""
    return " ".join(text.split()).casefold()


def quotable(s: Sentence) -> bool:
    """A statement: not a heading, caption, byline, label or text addressed to an assistant
    (``qa.kinds``), not a question (a heading like "Meeting with Kim Jong Un?"), and not an
    exclamation of a few words ("Σίγουρα! Και πώς!..." was quoted for a paella recipe)."""
    text = s.text.rstrip()
    return s.kind in QUOTABLE and not text.endswith(("?", "？", "؟")) and not _few_words(text)


# Scripts written without spaces between words: their sentences are not counted in words.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _few_words(text: str) -> bool:
    """Fewer than MIN_WORDS words and no figure, date or name: too little to state a fact
    ("Σίγουρα! Και πώς!..."; "Obama won in 2008." and "Er wurde 1879 geboren." do). On the
    tune halves this only ever removed exclamations and fragments; no answer was lost. A short
    piece that opens in lower case is the tail of a line broken in the file («de la 1,99 €.»,
    a paywall's price), whatever it holds."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if len(words) >= MIN_WORDS or _UNSPACED.search(text):
        return False
    if text.lstrip("\"'“„«([–-— ")[:1].islower():
        return True
    return not (facts.numbers(text) or dates.tokens(text) or names.proper_names(text))
