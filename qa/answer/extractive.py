"""The offline answerer: quote the sentences that answer, never write a word of its own.

Every sentence of the retrieved passages is scored against the question with the same
multilingual embedder (sentence vectors are computed at indexing time), plus a bonus for
sharing the question's names and numbers, which survive translation. The best sentences are
quoted verbatim with their ``[n]``, so the answer is correct by construction as far as the
sources are; it can only be wrong by quoting the wrong sentence. A how-many or when question
gets the value each file gives first (``qa.answer.direct``), every side when they differ.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..components import embedder_for
from ..records import Citation, Passage
from ..retrieval import Retrieval
from ..settings import Settings
from . import align, asks, background, counted, credited, dates, direct, durations, facts, names, ordinals, sought, topical, values
from .conflicts import find_conflict
from .direct import Side
from .abstain import unanswerable
from .attribution import attributed
from .evidence import TUNING, Evidence, Tuning, candidates, length_named, select, tuning_for
from .runs import key, passage_for, previous
from .i18n import phrase
from .types import Answer, Check, Question


@dataclass(frozen=True)
class Draft:
    """The extractive answer's parts, for this mode and for LLM mode's evidence and fallback."""

    text: str
    citations: list[Citation]
    checks: list[Check]
    evidence: list[Evidence]

    @property
    def abstained(self) -> bool:
        return not self.citations


def compose(question_lang: str, chosen: list[Evidence], found_sides: list[Side] = ()) -> Draft:
    """The direct answer line (when values were found), then the quotes; citations numbered in
    order of first appearance."""
    quotes = list(chosen) + [s.evidence for s in found_sides if s.evidence not in chosen]
    numbers: dict[tuple[str, int, int], int] = {}
    citations: list[Citation] = []
    value_of = {id(s.evidence): s.value for s in found_sides}
    for ev in quotes:
        if _cited(ev.passage) not in numbers:
            numbers[_cited(ev.passage)] = len(numbers) + 1
            citations.append(Citation.cite(numbers[_cited(ev.passage)], ev.passage, ev.sentence,
                                           value_of.get(id(ev))))
    lines, checks = [], []
    if found_sides:
        lines += [_direct_line(question_lang, found_sides, numbers), ""]
    intro = phrase(question_lang, "intro")
    lines.append(intro)
    # Each item ends with the colon the intro ends with: " :" in French, "：" in Chinese.
    colon = m.group(0) if (m := re.search(r"[ \u00a0\u202f]?[:：]$", intro)) else ":"
    for ev in quotes:
        c = citations[numbers[_cited(ev.passage)] - 1]
        item = phrase(question_lang, "item", src=c.source, lang=c.language)
        lines.append(f"- {item}{colon}{'' if colon == '：' else ' '}«{_quote(ev.text)}» [{c.number}]")
    if found_sides:
        if direct.disagree(found_sides):
            cited = " ".join(f"[{n}]" for n in sorted({numbers[_cited(s.evidence.passage)] for s in found_sides}))
            checks.append(Check("conflict", f"sources disagree: {cited} give different values"))
        return Draft("\n".join(lines), citations, checks, quotes)
    conflict = find_conflict([(numbers[_cited(ev.passage)], ev.sentence.file_key, ev.text) for ev in quotes])
    if conflict:
        a, b = conflict
        lines.append(f"{phrase(question_lang, 'conflict')}: [{a}] ≠ [{b}].")
        checks.append(Check("conflict", f"sources disagree: [{a}] and [{b}] give different figures"))
    return Draft("\n".join(lines), citations, checks, quotes)


def _cited(p: Passage) -> tuple[str, int, int]:
    """What one citation number stands for: a passage, by its chunk and span (two sentences of
    one unretrieved chunk, each cited as a passage of its own, are two citations)."""
    return (p.chunk_id, p.start, p.end)


def _direct_line(lang: str, found_sides: list[Side], numbers: dict[tuple[str, int, int], int]) -> str:
    """"«Wonsan» [1]", "«4.000» [1][2]" when files agree, "«100» [1] · «penkias (5)» [2] — the
    sources disagree" when they don't. Values are the sources' words, so they stand in «»."""
    groups: dict[str, list[Side]] = {}
    for s in found_sides:
        groups.setdefault(s.value.key, []).append(s)
    cited = [sorted({numbers[_cited(s.evidence.passage)] for s in g}) for g in groups.values()]
    parts = [f"«{g[0].value.shown}» " + "".join(f"[{n}]" for n in ns)
             for ns, g in sorted(zip(cited, groups.values()), key=lambda t: t[0])]
    line = " · ".join(parts)
    return f"{line} — {phrase(lang, 'disagree')}" if len(groups) > 1 else line


def draft(found: Retrieval, question_lang: str, min_score: float, embedder=None,
          tuning: Tuning = TUNING) -> Draft:
    """The extractive answer for a finished retrieval (abstains below ``min_score``)."""
    every = candidates(found, tuning, embedder, question_lang)
    # Sentences read only for their values give sides, and are quoted only as a side's.
    evidence = [e for e in every if e.sentence.id not in found.for_values]
    # The best sentence before any token-level re-scoring decides whether anything is relevant.
    best = max(evidence, key=lambda e: e.base) if evidence else None
    # … less any lift that only ranks (a length of time told): that one decides nothing here.
    near = max(evidence, key=lambda e: e.base - e.ranks) if evidence else None
    floor, anchored = min_score, []
    if near is not None and near.sim < min_score:
        # Just under the floor, sentences of the answer's kind naming the question's names still
        # answer, and only they are quoted, as evidence or as a side (``_anchoring``; 004's «vara
        # anului 2022», .761, is no year of the first round in Moscow).
        anchors = _anchoring(found.question, question_lang, min_score, tuning)
        anchored = list(filter(anchors, evidence[:tuning.names_in_top]))
        if anchored:
            kept = {e.sentence.id for e in anchored} | set(found.for_values)
            if tuning.anchored_sides:  # every file's anchored sentence may give a side, past the five
                kept |= {e.sentence.id for e in evidence[tuning.names_in_top:] if anchors(e)}
            every = [e for e in every if e.sentence.id in kept]
            evidence, floor = anchored, min_score - tuning.anchored_floor
            best = near = max(anchored, key=lambda e: e.base)
    if (best is None or near.sim < floor
            or unanswerable(evidence, found.question, tuning, question_lang)
            or tuning.day_unsaid and dates.day_unsaid(found.question, [e.text for e in every[:tuning.day_unsaid]])
            # (Sentences anchored by the question's names and a value of its kind are about it,
            # however everyday the question reads: «Jak długi rozejm proponował Biały Dom?»)
            or not (anchored and tuning.anchored_not_everyday) and _everyday(near, evidence, found, embedder, tuning)
            or tuning.ordinal_unsaid and ordinals.unsaid(found.question, found.sentences + found.best_sentences, embedder)):
        return Draft(none_said(found, question_lang), [], [], [])
    if tuning.own_language_words:
        # A sentence in the asker's language sharing no word with the question (nor does the one
        # before it) is near only by language: not quoted, and no side («… el liniero Mario
        # Addison, consiguió 6 capturas» for who invented packet switching). Whether anything is
        # relevant was decided with it.
        before = previous(found.sentences)
        topic = topical.common([s.text for s in found.sentences if s.language == question_lang],
                               tuning.own_language_topic)
        every = [e for e in every if not topical.unrelated(
            found.question, question_lang, e.text, e.passage.language,
            [b.text] if (b := before.get(key(e.sentence))) else [],
            topic)]
        kept = {id(e) for e in every}
        evidence = [e for e in evidence if id(e) in kept]
        if not evidence:
            return Draft(none_said(found, question_lang), [], [], [])
        if id(best) not in kept:
            best = max(evidence, key=lambda e: e.base)
    want = values.answer_type(found.question)
    said_by = attributed(found.question) - {"other"} if tuning.attributed and tuning.attributed_named else frozenset()
    if said_by and (named := direct.believed(found.question, [e for e in evidence if e.base >= best.base - tuning.file_margin],
                                             said_by, want)):
        # "How many were killed, according to a South Korean lawmaker?": the lawmaker's sentence
        # (003's «Een Zuid -Koreaanse parlementslid … meldde dat ongeveer 400 …») and its article
        # are quoted, not 002's «As autoridades ocidentais estimam que cerca de 4.000 …», nearer.
        best = named[0]
        evidence = [best] + [e for e in evidence if e.sentence.file_key == best.sentence.file_key and e is not best]
    # "Since when have ammunition trains crossed?" is answered by a since («din octombrie 2022»),
    # not by the nearest sentences' other dates (a UN report's 2024), where any sentence tells one
    stating = ([e for e in every if sought.states_since(e.text)]
               if tuning.since_sides and want == "time" and dates.asks_since(found.question) else [])
    found_sides = direct.sides(found.question, found.vector, stating, want, embedder, tuning,
                               language=question_lang) if stating else []
    if want and not found_sides:
        found_sides = direct.sides(found.question, found.vector, every, want, embedder, tuning, found.sentences,
                                   found.all_passages + found.translations, question_lang)
        if tuning.told_sides and tuning.predicate_sides:
            found_sides = direct.told(found.question, want, found_sides)
    # (A since the best sentence does not tell is backed by the one that tells it: the best
    # sentence, «As imagens de satélite … mostraram navios …», gives no since to contradict it.)
    since_told = (tuning.since_backed and bool(stating) and bool(found_sides) and found_sides[0].evidence in stating
                  and not sought.states_since(best.text))
    lined = bool(found_sides) and not (tuning.line_needs_best and not since_told
                                       and not _backed(best, found_sides, tuning.backed_margin, found.question)) and not (
        # "On what date was the pact signed?": a first value told of no signing («… în 2022») is no line
        tuning.predicate_sides and not direct.tells_asked(found.question, want, found_sides[0].evidence))
    if tuning.total_needs_value and want == "number" and not lined and counted.asks_total(found.question):
        # "How many patents did Tesla hold in total?": sentences with no total to give («… cu 17
        # dintre brevetele lui Tesla», a part) are no answer to it.
        return Draft(none_said(found, question_lang), [], [], [])
    chosen = select(evidence, tuning)
    if tuning.time_needs_line and want == "time" and not lined and not (
            dates.asks_day(found.question) and any(dates.weekdays(e.text) for e in chosen)):
        # "When …?" with no date pinned down: the quotes near the question tell another event's
        # date, or none (the tune halves' quote-only answers to a when-question were right one
        # time in three). A weekday quoted answers a question asking the day («no sábado»).
        return Draft(none_said(found, question_lang), [], [], [])
    if tuning.credits and floor == min_score:  # "Who estimates that about 4,000 were killed?": each article's credit
        chosen += credited.credits(found.question, chosen, every, found.sentences, found.all_passages,
                                   found.vector, floor, question_lang)
    if found_sides and not lined:
        # No line: the sides' sentences are quoted as evidence, those the question found (a
        # translation found only through the first side's sentence backs no line, so says nothing).
        ranked = {e.passage.chunk_id for e in every}
        chosen = chosen + [s.evidence for s in found_sides
                           if s.evidence not in chosen and s.evidence.passage.chunk_id in ranked]
        found_sides = []
    if want is None and chosen and asks.wants_new_fact(found.question):
        chosen = _with_subject(chosen, found, question_lang)
    quoted = [e.text for e in chosen]
    if (not lined and tuning.month_quoted and all(e.passage.language in dates.MONTH_LANGUAGES for e in chosen)
            and dates.month_unsaid(found.question, quoted)):
        # "In which month…?" with no line: quotes naming no month («din 2019, și prima vizita de Kim
        # Jong Un la Vladivostok») cannot say in which, where their month names can be read. (A
        # which-day question with no line is declined above, unless a quote names a weekday.)
        return Draft(none_said(found, question_lang), [], [], [])
    if tuning.scattered_files and not found_sides and align.scattered([e.sentence for e in chosen], tuning.scattered_files):
        # Quotes from three files or more, no two of them alike enough to translate each other
        # (``align.FLOOR``): each file reports something else, and none answers ("How many
        # indigenous people live in the Amazon?" drew a Newcastle band, Fresno's households and a
        # plague toll). Translations of one report quote alike sentences.
        return Draft(none_said(found, question_lang), [], [], [])
    if (tuning.count_quoted and want == "number" and not found_sides and not durations.asks_how_long(found.question)
            and values.no_count(found.question, (e.text for e in chosen))):
        # "How many indigenous people live in the Amazon?" with no line: quotes holding no figure
        # (nor a number word) cannot say how many.
        return Draft(none_said(found, question_lang), [], [], [])
    return compose(question_lang, chosen, found_sides)


def _anchoring(question: str, language: str | None, min_score: float, tuning: Tuning) -> Callable[[Evidence], bool]:
    """Which sentences just under the floor (``Tuning.anchored_floor``) still answer: those of the
    answer's kind naming every name the question names. "In which year was Warsaw's first stock
    exchange founded?": e5-small puts «Die erste Warschauer Börse wurde im Jahr 1817 gegründet»
    at .759, under .78, with a Spanish market's year a hair above it. A date asked and a date
    given (a day of a month where the question asks which day, a year where it asks which
    year), or a count asked and a figure that is neither a year nor a day of a month ("on 5 July"
    counts no drones). A length of time asked (no meeting's, stay's or flight's: "How long a
    truce did the White House propose?") and one told, no visit's or meeting's («… de volledige
    arrestatie van 30 dagen … die het Witte Huis had voorgesteld», .769). The question is read
    once, each sentence against it."""
    want = asks.expected_answer(question) if tuning.anchored_floor else None
    lengths = length_named(question, language, tuning) if want is None and tuning.anchored_floor else []
    if lengths:
        want = "length"  # (not a figure asked: «Hoe lang was de muur van Hadrianus?», 117 km)
    asked = lengths or (names.proper_names(question, language) if want else [])
    if not asked:
        return lambda e: False
    low = min_score - tuning.anchored_floor
    day, year = dates.asks_day(question), dates.asks_year(question)

    def of_kind(text: str) -> bool:
        if want == "length":
            return durations.tells_duration(text)
        if want == "time":
            if day:
                return dates.days(text)
            return bool(dates.YEARS.search(text) or not year and dates.tokens(text))
        return bool(values.extract(text, "number"))  # (its figures: no year, no day of a month)

    return lambda e: e.sim >= low and of_kind(e.text) and all(names.spelled_in(n, e.text) for n in asked)


# A third person's pronoun (folded; ten languages): a sentence that names its subject only so.
_PRONOUN = re.compile(
    r"\b(?:he|she|they|them|him|his|their|er|sie|ihn|ihm|ihnen|il|ils|elle|elles|eux|leurs?|el|ella|ellos|ellas"
    r"|egli|lui|lei|loro|essi|esse|ele|ela|eles|elas|lhes?|ea|ei|lor|hij|zij|hem|hen|hun|oni|ona|one|jego|jej|ich"
    r"|jis|ji|jie|jos|jo|ju|jam|jiems)\b")


def _with_subject(chosen: list[Evidence], found: Retrieval, lang: str) -> list[Evidence]:
    """``chosen`` with the sentence before the first quote, where the first names its subject by
    a pronoun and nothing the question does not ("Who won the Ekstraklasa in 2000?": «Dennoch gelang es ihnen, die
    Ekstraklasa-Meisterschaft im Jahr 2000 zu gewinnen», whose «ihnen» the sentence before names:
    «Ihre lokalen Rivalen, Polonia Warschau, …») and that one names someone or something new."""
    first = chosen[0]
    if not _PRONOUN.search(facts.fold(first.text).lower()):
        return chosen  # (the cheap test first: most quotes name their subject)
    asked = names.proper_names(found.question, lang)

    def new(text: str, language: str) -> list[str]:
        return [n for n in names.proper_names(text, language) if not any(names.spelled_in(a, n) for a in asked)]
    if new(first.text, first.passage.language):
        return chosen
    prev = previous(found.sentences).get(key(first.sentence))
    if prev is None or not new(prev.text, prev.language) or key(prev) in {key(e.sentence) for e in chosen}:
        return chosen
    home = {p.chunk_id: p for p in found.all_passages}
    ev = Evidence(prev, passage_for(prev, home, found.all_passages, first.sim), first.sim, first.score)
    return [ev, *chosen]


def none_said(found: Retrieval, lang: str) -> str:
    """That the articles don't say, within the search's scope (a language, a file) when it had one."""
    return phrase(lang, "none_scoped", scope=found.scope) if found.scope else phrase(lang, "none")


def _everyday(best: Evidence, evidence: list[Evidence], found: Retrieval, embedder, tuning: Tuning) -> bool:
    """Is the question nearer to everyday text than to what the articles say (``background``),
    where the articles are not themselves about everyday things (a folder of recipes asked in
    another language: e5 lifts the question's own language, everyday text's too)?"""
    if embedder is None or tuning.background_margin is None or found.vector is None:
        return False
    if best.sim - background.nearness(found.vector, embedder) >= tuning.background_margin:
        return False
    topic = background.everydayness([e.sentence.vector for e in evidence[:10]], embedder)
    return topic is not None and topic < tuning.background_topic


def _backed(best: Evidence, found_sides: list[Side], margin: float | None = None, question: str = "") -> bool:
    """Does the best sentence back the direct answer line: is its first value one the best
    sentence gives, or, for a disagreement, one side the best sentence's value or file? A line
    whose value only runner-up sentences gave was wrong two times in three on the tune halves (a
    figure about something else: «3.600» wounded for "how many shells"); the check halves agreed
    (eval/README.md). An unbacked line is left out; the sides' sentences are still quoted. Sides
    that disagree, every one within ``margin`` of the best sentence, back it too: 002's «…
    novembro de 2024», best by .004, leaves 000's and 001's dates of the visit a line."""
    found = values.extract(best.text, found_sides[0].value.kind)
    kinds = counted.things(question) if found_sides[0].value.kind == "number" else frozenset()
    if kinds and found and all((c := counted.value_counts(best.text, v)) and not c & kinds for v in found):
        return True  # "How many shells…?": «3.000 andere soldaten», the best sentence, counts other things
    given = {v.key for v in found}
    return found_sides[0].value.key in given or direct.disagree(found_sides) and (any(
        s.value.key in given or s.evidence.sentence.file_key == best.sentence.file_key for s in found_sides)
        or margin is not None and all(s.evidence.base >= best.base - margin for s in found_sides))


class Extractive:
    """Quotes the sentences that answer; the default, offline mode."""

    mode = "extractive"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def query(self, question: Question) -> str:
        return follow_up_query(question)

    def answer(self, question: Question, found: Retrieval) -> Iterator[str | Answer]:
        d = draft(found, question.language, self.settings.answer.min_score, embedder_for(self.settings),
                  tuning_for(self.settings.answer))
        result = Answer(d.text, d.citations, [*question.notices, *d.checks], self.mode,
                        question.language, question.text)
        yield result.text
        yield result


def follow_up_query(question: Question) -> str:
    """A follow-up carries the last turn's question into retrieval, unless it names enough
    itself: "And how many soldiers did it send?" after a question about North Korea is
    retrieved as if it also said "North Korea"."""
    if not question.history:
        return question.text
    nums, names = facts.anchors(question.text)
    if len(nums) + len(names) >= 2:
        return question.text  # the question carries its own subject
    return f"{question.text} ({question.history[-1][0]})"


_INNER = re.compile(r"[“”„]")


def _quote(text: str) -> str:
    """A sentence made safe to sit inside «…»: its typographic quotation marks become single
    guillemets, as nested quotations are written (‹…›), opening and closing in turn whatever
    the convention („…“, “…”, «…»), so nothing inside reads as the end of the quote (for a
    reader's eye, a client splitting the text, a language detector that skips quoted words).
    Straight quotes stay as the source wrote them: plain-text nesting, and still searchable.
    The citation keeps the sentence verbatim."""
    text = text.replace("«", "‹").replace("»", "›")
    marks = itertools.count()
    text = _INNER.sub(lambda m: "‹" if next(marks) % 2 == 0 else "›", text)
    return " ".join(text.split())
