"""The direct answer line: the value each file gives, with its citation, and whether they agree.

For a question that asks for a figure or a date, each file among the best evidence gets
its chance to answer: its best sentence that holds a value of that kind, if it scores close to
the overall best. One value per file, the one whose surrounding words match the question best.
When files give different values ("4–7 July" against "11–13 July"; five against 100 missiles;
"1,5" against "4,000" after a bad translation) every side is shown, not resolved.
A file whose sentence translates the best side's sentence (``align``) is a side too, however
low that sentence scores against the question (a poor translation reads unlike the question).
A date told just after a trip to another place than the one the question asks someone went to
is another trip's, no side ("… Choe, who travelled to Moscow in November 2024" for a visit to North Korea),
and so is a value told of another round or visit than the question asks about (``ordinals``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..records import Sentence
from . import align, asks, dates, names, ordinals, predicates, said, trips, values
from .attribution import attributed, believes
from .counted import asks_added
from .evidence import TUNING, Evidence, Tuning, length_named, quotable
from .runs import articles, passage_for
from .told import sentence_values, with_day


@dataclass(frozen=True)
class Side:
    """One file's answer: the sentence and the value in it."""

    evidence: Evidence
    value: values.Value


# A translation whose chunk the retrieval did not read is cited on the alignment alone, so it
# must read more like the first side's sentence than align.FLOOR asks: two XQuAD articles on
# other topics aligned five pairs at .78-.79 ("17 patents" as a twin of "1.442 costumes").
TWIN_FLOOR = 0.80


def sides(question: str, qvec, evidence: list[Evidence], want: str, embedder=None,
          tuning: Tuning = TUNING, sentences: Sequence[Sentence] = (), passages: Sequence = (),
          language: str | None = None) -> list[Side]:
    """Each file's value for the question, best first (at most ``tuning.max_sides`` files).

    Candidates are the values in the best sentences (within ``value_pool_margin`` of the
    best); each is judged by its sentence's score plus how well the words around it match the
    question ("11 - 13 iulie va călători în Coreea" answers "when will he visit", "a călătorit
    la Moscova în noiembrie 2024" in a closer-scoring sentence does not). ``sentences`` and
    ``passages``: all the retrieval read, where other files' translations of the first side's
    sentence are looked for (``Retrieval.translations`` among them). ``language``: the
    question's, whose words say where it asks someone went (``trips.elsewhere``).
    """
    if not evidence:
        return []
    # Judged on the scores before the token-level term: it picks the quotes well, but the
    # margins below were set without it, and with it the held-out halves lost sides.
    evidence = sorted(evidence, key=lambda e: -e.base)
    file_best: dict[tuple[str, str], float] = {}
    for ev in evidence:
        file_best.setdefault(ev.sentence.file_key, ev.base)
    top = evidence[0].base
    pool = [ev for ev in evidence
            if file_best[ev.sentence.file_key] >= top - tuning.file_margin
            and ev.base >= file_best[ev.sentence.file_key] - tuning.value_pool_margin][: tuning.value_pool]
    # "How many were killed, according to the South Korean lawmaker?": not the figures a
    # sentence gives according to someone else («Pasak Vakarų pareigūnų», Western officials).
    said_by = attributed(question) - {"other"} if tuning.attributed else frozenset()
    if said_by:
        # … and where a best sentence names the one the question believes (003's «Een Zuid
        # -Koreaanse parlementslid … meldde dat ongeveer 400 …»), only such sentences give sides:
        # «As autoridades ocidentais estimam que cerca de 4.000 …» names no source the way
        # "according to" does, and is no lawmaker's.
        named = believed(question, pool, said_by, want) if tuning.attributed_named else []
        pool = named or [ev for ev in pool if not _by_another(ev.text, said_by)] or pool
    going = trips.destinations(question, language) if want == "time" and tuning.other_place else set()
    numbered = (ordinals.read(question, [ev.sentence for ev in evidence], embedder, tuning.ordinal_margin)
                if tuning.ordinals else ordinals.Numbered())
    added = want == "number" and tuning.added_total and asks_added(question)
    lengths = length_named(question, language, tuning)
    items = [(ev, v) for ev in pool for v in sentence_values(ev, want, question, going, numbered, added, lengths)]
    if want == "time":
        items = with_day(question, items)
    elif days := dates.weekdays(question):
        # "How many missiles did Russia fire on Wednesday?": where a sentence tells that weekday's
        # figures («728 drones e 13 mísseis na quarta-feira»), the report's undated «100» is none.
        items = [(ev, v) for ev, v in items if days & dates.weekdays(ev.text)] or items
    if not items:
        return []
    target = qvec
    counted = asks.focus(question) if want == "number" else ""
    if counted and embedder is not None:
        target = embedder.embed_query(counted)  # match what each figure counts, not the whole question
    near = _nearness(items, target, embedder, tuning.max_windows, every=bool(counted))
    # Each value is judged against its own file's best sentence, so that a file in another
    # language than the question (which e5 scores lower throughout) keeps its chance.
    w = tuning.window_weight
    judged = sorted(((ev.base + w * near_ - (1 + w) * file_best[ev.sentence.file_key], ev, v, near_)
                     for (ev, v), near_ in zip(items, near)), key=lambda t: -t[0])
    best, best_near = judged[0][0], max(near)
    top_sim = max(ev.sim for ev in evidence)
    out: list[Side] = []
    seen: set[tuple[str, str]] = set()
    agreeing: list[Side] = []  # dates read less near than the rest, which the first side gives too
    for score, ev, v, near_ in judged:
        if len(out) >= tuning.max_sides:
            break
        if ev.sim < top_sim - tuning.sim_margin or ev.sentence.file_key in seen or score < best - tuning.side_margin:
            continue
        if near_ < best_near - tuning.near_margin:  # a figure about something else ("3.000 soldiers" for "how many drones")
            if tuning.agreeing_twins and want == "time" and out and v.key == out[0].value.key:
                agreeing.append(Side(ev, v))  # «noiembrie 2024» of the first round, where 002 gives it too
            continue
        seen.add(ev.sentence.file_key)
        out.append(Side(ev, v))
    if tuning.agreeing_files and out and want == "time" and "|" in out[0].value.key:
        # A file further down that states the first side's date among its best sentences agrees
        # («noiembrie 2024» in 001, .901, where 002 gives «novembro de 2024» at .965): it is a
        # side, and the files translating it speak through it (``_as_translated``). A date with
        # its month or day only: a bare year or figure («3», «11.000») recurs by chance.
        # (Held as the sides are: near enough the most similar sentence, not another's word
        # where the question names whom it believes, while a side's slot is left.)
        first, taken = out[0].value.key, seen | {s.evidence.sentence.file_key for s in agreeing}
        for ev in evidence:
            key = ev.sentence.file_key
            if len(out) + len(agreeing) >= tuning.max_sides:
                break
            if (key in taken or ev.base < file_best[key] - tuning.value_pool_margin
                    or ev.sim < top_sim - tuning.sim_margin or said_by and _by_another(ev.text, said_by)):
                continue
            v = next((v for v in sentence_values(ev, want, question, going, numbered, added, lengths) if v.key == first), None)
            if v is not None:
                agreeing.append(Side(ev, v))
                taken.add(key)
    for side in agreeing:  # … only in the slots the others leave, one per file
        if len(out) < tuning.max_sides and side.evidence.sentence.file_key not in seen:
            seen.add(side.evidence.sentence.file_key)
            out.append(side)
    if tuning.apart_floor and len(out) > 1:
        out = _apart(out, question, language, tuning.apart_floor)
    if out and tuning.parallel:
        out = _as_translated(out, evidence, sentences, qvec, want, question, target, embedder, tuning,
                             every=bool(counted), passages=passages, going=going, numbered=numbered, added=added)
    return out


def _apart(out: list[Side], question: str, language: str | None, floor: float) -> list[Side]:
    """Not a side, a file whose sentence names fewer of the question's names than another side's
    and reads unlike it (below ``floor``): files that disagree tell one thing, alike. "When was
    Warsaw's first stock exchange founded?": «Die erste Warschauer Börse wurde im Jahr 1817
    gegründet» names Warsaw, a European treaty's «1992» does not; a Hindi plague's «1347» is no
    length of the wall «del Muro de Adriano». One fact told in two languages read .80 and more
    alike on the held-out halves' disagreements (a side chosen by likeness alone, not by the
    names it holds, lost more than it gained: eval/README.md, session 59). Each side is read
    against the first side naming the most; a first side naming fewer is dropped too, and the
    line then opens with another file's value. (``sides`` keeps one side a file.)"""
    asked = names.proper_names(question, language)
    if not asked or any(s.evidence.sentence.vector is None for s in out):
        return out
    counts = [sum(names.spelled_in(n, s.evidence.text) for n in asked) for s in out]
    lead = out[counts.index(max(counts))].evidence.sentence
    return [s for s, n in zip(out, counts)
            if n == max(counts) or float(np.dot(s.evidence.sentence.vector, lead.vector)) >= floor]


def tells_asked(question: str, want: str, ev: Evidence) -> bool:
    """Does the sentence speak of every event the question asks about (``predicates``: a
    signing, a capture, a downing, a birth…), where its language's words for them are known?
    "On what date was the defence pact signed?": 004's «… în 2022» and 001's «11 - 13 iulie»
    tell of no signing, so they date none (003's «… vorig jaar … defensiepact hebben getekend»
    does, and gives no date). Not a family told by its figure alone (a population, a cost:
    «18.189 Protestanten» in 1909 answers how many lived in Warsaw)."""
    wanted = predicates.asked(question, bool(names.proper_names(question)), want == "number") - predicates.FIGURED
    if not wanted:
        return True
    language = ev.passage.language
    if language in predicates.LANGUAGES:
        return all(predicates.speaks_of(f, [ev.text]) for f in wanted)
    if language in said.LANGUAGES:
        return all(predicates.speaks_of(f, [], [ev.text]) for f in wanted)
    return True


def told(question: str, want: str, found: list[Side]) -> list[Side]:
    """The sides whose sentences tell the event the question asks about (``tells_asked``), where
    any does: "In what year was the first Warsaw exchange founded?" is answered by «… 1817
    gegründet», not by a market's «su apertura en 1835», however nearer its words."""
    return [s for s in found if tells_asked(question, want, s.evidence)] or found


def _by_another(text: str, said_by: frozenset[str]) -> bool:
    """Does ``text`` give its value according to someone else than the one the question believes
    («Pasak Vakarų pareigūnų» for "according to the lawmaker")?"""
    return bool((by := attributed(text)) and not by & said_by)


def believed(question: str, evidence: list[Evidence], said_by: frozenset[str], want: str | None) -> list[Evidence]:
    """The sentences naming the one a question believes (``attribution.believes``), in the order
    given, that hold a value of the kind asked: 004's «Kim Yong-hyun, ministrul sud-coreean al
    Apărării, a confirmat moartea mai multor soldați» gives no count for "how many, according to
    the defence minister?"."""
    return [ev for ev in evidence if believes(question, ev.text, said_by)
            and (want is None or values.extract(ev.text, want, question))]


def _as_translated(out: list[Side], evidence: list[Evidence], sentences: Sequence[Sentence], qvec,
                   want: str, question: str, target, embedder, tuning: Tuning, every: bool,
                   passages: Sequence = (), going: set[str] = frozenset(),
                   numbered: ordinals.Numbered = ordinals.Numbered(), added: bool = False) -> list[Side]:
    """``out`` with each file that translates the first side's file (``align``) speaking through
    the first side's sentence as translated there. A side such a file already gives from another
    sentence is replaced by that translation's value, or dropped when the sentence has no
    translation there: it is the same report saying something else («novembro de 2024», another
    trip, beside «11 - 13 iulie» and «Liepos 4–7 d.»). A file not yet a side gives the value of
    the translation, however low that sentence scores against the question: a poor translation
    reads unlike the question («penkias» beside «100»). A translation that states the first
    side's value gives that value, whatever other figure it holds; otherwise the value whose
    words match the question best. Files translating a later side's file (not yet sides) speak
    through that side's sentence too, after all the others (``Tuning.agreeing_twins``)."""
    first = out[0].evidence
    # The article's own text (not its headings), per version of a file, with vectors to align.
    files = {version: aligned for version, run in articles(sentences).items()
             if (aligned := [s for s in run if s.vector is not None])}
    known = {(e.sentence.file_key, e.sentence.start): e for e in evidence}
    home = {p.chunk_id: p for p in passages} | {e.passage.chunk_id: e.passage for e in evidence}

    def twins(ev: Evidence, skip: set[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[Evidence, values.Value]]]:
        """Each other file's translation of ``ev``'s sentence, with its values (none where it has
        no usable translation there); not the files in ``skip``."""
        own = files.get((*ev.sentence.file_key, ev.sentence.sha256), [])
        at = align.position(ev.sentence, own)
        if at is None:
            return {}
        own_vectors = align.stack(own)
        told: dict[tuple[str, str], list[tuple[Evidence, values.Value]]] = {}
        for version, other in files.items():
            key = version[:2]
            if key == ev.sentence.file_key or key in told or key in skip:
                continue
            found = align.pairs(own, other, own_vectors)
            if found is None:
                continue  # an article of its own
            twin = other[found[at]] if at in found else None
            if numbered.nth and (twin is None or numbered.elsewhere(twin)):
                # Where the articles tell of several rounds, one telling's sentence may hold two
                # that another splits, or its twin is about the other round: the file's own side stands.
                continue
            told[key] = []
            if twin is None or not quotable(twin) or (
                    twin.chunk_id not in home and (key, twin.start) not in known
                    and float(np.dot(own[at].vector, twin.vector)) < TWIN_FLOOR):
                continue
            found_ev = known.get((key, twin.start))
            if found_ev is None:
                sim = float(np.dot(np.asarray(qvec, dtype=np.float32), np.asarray(twin.vector, dtype=np.float32)))
                found_ev = Evidence(twin, passage_for(twin, home, home.values(), sim), sim, sim)
            told[key] = [(found_ev, v) for v in sentence_values(found_ev, want, question, going, numbered, added)]
        return told

    told = twins(first, set())
    sides = [s.evidence.sentence.file_key for s in out]

    def agrees(side: Side) -> bool:
        """A side giving the first side's date from another sentence says the same, not something
        else: 001's «… la Moscova în noiembrie 2024 pentru prima rundă» beside 002's «… em Moscou
        em novembro de 2024», where 001 has no twin of 002's sentence."""
        return tuning.agreeing_kept and want == "time" and side.value.key == out[0].value.key
    agreed: dict[tuple[str, str], list[tuple[Evidence, values.Value]]] = {}
    if tuning.agreeing_twins:
        # "When was the first round held in Moscow?": 002 gives November 2024 in an article of its
        # own; 001 agrees, and 000 translates 001, where the first round is «2021 m. Lapkričio»:
        # the files translating another side's file (one that agrees with the first, or with
        # ``every_twin`` any) speak through its sentence, after every other side, pushing none out.
        # (A side dropped for its file's twin of the first side's sentence, which gives no date,
        # may speak through another side's: 000's «2021 m. Lapkričio» twins 001's sentence.)
        dropped = {k for k in sides if told.get(k) == []} if tuning.agreeing_kept else set()
        speaking_already = {k for k, v in told.items() if v} | (set(sides) - dropped)
        for side in out[1:]:
            if told.get(side.evidence.sentence.file_key) == [] and not agrees(side):
                continue  # a side dropped below (the same report saying something else) speaks for no file
            if tuning.every_twin or side.value.key == out[0].value.key:
                # (A file with no twin of the first side's sentence is no translation of it
                # there: 000 shares six sentences with 003, not its lawmaker's «400».)
                agreed |= {k: v for k, v in twins(side.evidence, speaking_already | set(agreed)).items() if v}
    new = sorted((k for k, items in told.items() if items and k not in sides), key=lambda k: -told[k][0][0].sim)
    later = sorted((k for k in agreed if k not in sides), key=lambda k: -agreed[k][0][0].sim)
    told |= agreed
    speaking = [k for k in sides[1:] if told.get(k)] + new + later
    items = [item for k in speaking for item in told[k]]
    near = _nearness(items, target, embedder, tuning.max_windows, every=every) if items else []
    chosen: dict[tuple[str, str], Side] = {}
    for key in speaking:  # one embedding call for all the translations' values
        # A translation that states the first side's value agrees, whatever else it says: its
        # other figure reading closer to the question is no disagreement («25 000–30 000 … 1,5»).
        same = next(((ev, v) for ev, v in told[key] if v.key == out[0].value.key), None)
        chosen[key] = Side(*same) if same else _closest(told[key], near[: len(told[key])])
        near = near[len(told[key]):]
    result = [out[0]] + [chosen.get(s.evidence.sentence.file_key, s) for s in out[1:]
                         if s.evidence.sentence.file_key not in told or s.evidence.sentence.file_key in chosen
                         or agrees(s)]
    # The same report's tellings come before other articles' values.
    others = [r for r in result[1:] if r.evidence.sentence.file_key not in told]
    return ([result[0]] + [r for r in result[1:] if r.evidence.sentence.file_key in told]
            + [chosen[k] for k in new] + others + [chosen[k] for k in later])[: max(tuning.max_sides, len(result)) + len(later)]


def _closest(items: list[tuple[Evidence, values.Value]], near: list[float]) -> Side:
    """The side of the value whose words match the question best."""
    ev, v = items[int(np.argmax(near))]
    return Side(ev, v)


def _nearness(items: list[tuple[Evidence, values.Value]], target, embedder, limit: int,
              every: bool = False) -> list[float]:
    """How close the words around each value are to ``target`` (the question, or what it
    counts): the sentence's own similarity when it holds one value (unless ``every``), else
    its window's (``_window``), embedded (up to ``limit`` windows per question, best sentences
    first; the rest count as their sentence)."""
    counts: dict[int, int] = {}
    for ev, _ in items:
        counts[id(ev)] = counts.get(id(ev), 0) + 1
    near = [ev.sim for ev, _ in items]
    todo = [i for i, (ev, _) in enumerate(items) if every or counts[id(ev)] > 1][:limit]
    if todo and embedder is not None and target is not None:
        windows = [_window(items[i][0].text, items[i][1]) for i in todo]
        sims = embedder.embed_passages(windows) @ np.asarray(target, dtype=np.float32)
        for i, sim in zip(todo, sims):
            near[i] = float(sim)
    return near


def _window(text: str, v: values.Value) -> str:
    """The value and the words after it that say what it counts ("100 de rachete balistice"),
    up to the next figure ("728 de drone și" in "728 de drone și 13 rachete")."""
    after = text[v.end: v.end + 30]
    cut = re.search(r"\d", after)
    return text[max(0, v.start - 8): v.end + (cut.start() if cut else len(after))]


def disagree(found: list[Side]) -> bool:
    return len({s.value.key for s in found}) > 1
