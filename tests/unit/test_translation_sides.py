"""Another file's translation of the best side's sentence is a side too (``qa.answer.align`` and
``qa.answer.direct._as_translated``), with made-up unit vectors standing in for e5's: a
translation is found by where it stands in its file as much as by how alike it reads, not by how
it scores against the question."""
from __future__ import annotations

import numpy as np
import pytest

from qa.answer import align, values
from qa.answer.direct import TWIN_FLOOR, Side, _as_translated
from qa.answer.evidence import TUNING, Evidence
from qa.records import Passage, Sentence


def translation(sentence: Sentence, own: list[Sentence], other: list[Sentence]) -> Sentence | None:
    """The sentence of ``other`` aligned with ``sentence`` (one of ``own``), or None."""
    found = align.pairs(own, other)
    at = align.position(sentence, own)
    return other[found[at]] if found and at in found else None


DIM = 32
TOPIC = np.eye(DIM, dtype=np.float32)[DIM - 1]  # what every sentence of these files is about


def unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def report(i: int, drift: float = 0.0, seed: int = 0) -> np.ndarray:
    """Sentence ``i`` of one news report; ``drift`` > 0: a poor translation of it."""
    rng = np.random.default_rng(seed + 100 * i)
    return unit(np.eye(DIM, dtype=np.float32)[i] + 0.9 * TOPIC + drift * unit(rng.normal(size=DIM)))


def sentences(source: str, texts: list[str], vectors) -> list[Sentence]:
    out, at = [], 0
    for text, v in zip(texts, vectors):
        out.append(Sentence(source=source, language="xx", text=text, start=at, end=at + len(text),
                            vector=np.asarray(v), chunk_id=source))
        at += len(text) + 1
    return out


LT = ["Lavrovas lankysis Šiaurės Korėjoje Liepos 4–7 d.", "Tai bus antrasis strateginis dialogas.",
      "Kim Jong Unas taip pat gali susitikti.", "Ataskaita mini balistines raketas ir sviedinius.",
      "Rusijos dronai atakavo Kijevą iš visų pusių."]
RO = ["Lavrov va vizita Coreea de Nord pe 11 - 13 iulie.", "Este al doilea dialog strategic dintre ei.",
      "Kim Jong Un s-ar putea întâlni cu el.", "Raportul menționează rachete balistice și obuze.",
      "Dronele rusești au atacat Kievul din toate direcțiile."]
lt = sentences("lt.txt", LT, [report(i) for i in range(5)])
ro = sentences("ro.txt", RO, [report(i, drift=0.75, seed=1) for i in range(5)])


def test_the_sentence_in_the_same_place_of_a_translated_article_is_its_translation():
    assert translation(lt[0], lt, ro) is ro[0]
    assert translation(lt[3], lt, ro) is ro[3]


def test_a_translation_is_found_even_where_an_unrelated_sentence_reads_more_alike():
    # Another article on the topic holds a sentence closer to lt[0] than its poor translation is,
    # but that article's sentences do not line up with lt's.
    other = [report(0, drift=0.45, seed=7)] + [unit(TOPIC + 0.8 * unit(np.random.default_rng(s).normal(size=DIM)))
                                               for s in range(4)]
    nl = sentences("nl.txt", ["Lavrov reist in juli naar Pyongyang.", "a b c d e.", "f g h i j.", "k l m n o.", "p q r s t."], other)
    assert float(lt[0].vector @ nl[0].vector) > float(lt[0].vector @ ro[0].vector)
    assert translation(lt[0], lt, nl) is None
    assert translation(lt[0], lt, ro) is ro[0]


def test_files_whose_sentences_do_not_run_in_the_same_order_are_not_translations():
    shuffled = sentences("ro.txt", [RO[i] for i in (3, 0, 4, 1, 2)],
                         [report(i, drift=0.75, seed=1) for i in (3, 0, 4, 1, 2)])
    assert translation(lt[0], lt, shuffled) is None


def evidence(s: Sentence, score: float = 0.8) -> Evidence:
    return Evidence(s, Passage(source=s.source, language="xx", text=s.text, score=score, chunk_id=s.chunk_id),
                    score, score)


QUESTION = "On which dates will Lavrov visit?"
QVEC = report(0)


def side(s: Sentence, score: float = 0.8) -> Side:
    return Side(evidence(s, score), values.extract(s.text, "time", QUESTION)[0])


def translated(sides: list[Side], evidence_: list[Evidence], sentences_: list[Sentence]) -> list[tuple[str, str]]:
    got = _as_translated(sides, evidence_, sentences_, QVEC, "time", QUESTION, QVEC, None, TUNING, every=False)
    return [(s.evidence.source, s.value.text) for s in got]


def test_a_translation_gives_its_value_however_low_it_scores():
    assert translation(lt[0], lt, ro) is ro[0]
    first = side(lt[0])
    assert translated([first], [first.evidence, evidence(ro[1], 0.7)], lt + ro) == [
        ("lt.txt", "Liepos 4–7 d."), ("ro.txt", "11 - 13 iulie")]


def test_a_translation_without_a_value_gives_no_side():
    undated = sentences("ro.txt", ["Lavrov va vizita Coreea de Nord în curând, a spus ea."] + RO[1:],
                        [report(i, drift=0.75, seed=1) for i in range(5)])
    assert translation(lt[0], lt, undated) is undated[0]
    first = side(lt[0])
    assert translated([first], [first.evidence, evidence(undated[1])], lt + undated) == [("lt.txt", "Liepos 4–7 d.")]


def test_a_translation_outside_the_retrieved_passages_is_a_side_cited_by_its_own_sentence():
    # «Liepos 4–7 d.» sat in a chunk of 000 that did not rank; the article was read whole, its
    # sentence aligned with 001's «11 - 13 iulie»: the answer showed one date of two.
    assert translation(lt[0], lt, ro) is ro[0] and float(lt[0].vector @ ro[0].vector) >= TWIN_FLOOR
    first = side(lt[0])
    got = _as_translated([first], [first.evidence], lt + ro, QVEC, "time", QUESTION, QVEC, None, TUNING, every=False)
    assert [(s.evidence.source, s.value.text) for s in got] == [("lt.txt", "Liepos 4–7 d."), ("ro.txt", "11 - 13 iulie")]
    cited = got[1].evidence.passage
    assert (cited.source, cited.text, cited.start) == ("ro.txt", ro[0].text, ro[0].start)


def test_a_translation_outside_the_retrieved_passages_that_reads_little_alike_is_no_side():
    # Aligned by its place in the file, .79 alike: two XQuAD articles on other topics aligned so.
    far = sentences("ro.txt", RO, [report(0, drift=0.96, seed=1)] + [report(i, drift=0.75, seed=1) for i in range(1, 5)])
    assert translation(lt[0], lt, far) is far[0] and 0.78 < float(lt[0].vector @ far[0].vector) < TWIN_FLOOR
    first = side(lt[0])
    assert translated([first], [first.evidence], lt + far) == [("lt.txt", "Liepos 4–7 d.")]


def test_a_best_sentence_without_its_vector_finds_a_translation_outside_the_passages():
    # A review's find: the similarity to the twin is the file's own copy's, which has a vector.
    bare = Sentence(source=lt[0].source, language="xx", text=lt[0].text, start=lt[0].start, end=lt[0].end,
                    chunk_id=lt[0].chunk_id)
    first = side(bare)
    assert translated([first], [first.evidence], lt + ro) == [("lt.txt", "Liepos 4–7 d."), ("ro.txt", "11 - 13 iulie")]


def test_a_best_sentence_read_without_its_vector_is_aligned_all_the_same():
    # The store's nearest sentences come without vectors; the file's own sentences have them.
    bare = Sentence(source=lt[0].source, language="xx", text=lt[0].text, start=lt[0].start, end=lt[0].end,
                    chunk_id=lt[0].chunk_id)
    assert translation(bare, lt, ro) is ro[0]
    first = side(bare)
    assert translated([first], [first.evidence, evidence(ro[1], 0.7)], lt + ro) == [
        ("lt.txt", "Liepos 4–7 d."), ("ro.txt", "11 - 13 iulie")]


ELSE = RO[:3] + ["Ministrul a fost la Moscova în noiembrie 2024, pentru prima rundă."] + RO[4:]


def test_a_translating_file_speaks_through_its_translation_not_another_sentence():
    # Its sentence about another trip scored as a side of its own; the file translates lt's,
    # so its side is the translation of lt's sentence.
    ro_else = sentences("ro.txt", ELSE, [report(i, drift=0.75, seed=1) for i in range(5)])
    first, other = side(lt[0]), side(ro_else[3])
    assert translated([first, other], [first.evidence, other.evidence], lt + ro_else) == [
        ("lt.txt", "Liepos 4–7 d."), ("ro.txt", "11 - 13 iulie")]


def test_an_article_of_its_own_keeps_its_side():
    shuffled = sentences("ro.txt", [ELSE[i] for i in (3, 0, 4, 1, 2)],
                         [report(i, drift=0.75, seed=1) for i in (3, 0, 4, 1, 2)])
    first, other = side(lt[0]), side(shuffled[0])
    assert translated([first, other], [first.evidence, other.evidence], lt + shuffled) == [
        ("lt.txt", "Liepos 4–7 d."), ("ro.txt", "noiembrie 2024")]


def test_a_sentence_near_everything_is_not_taken_for_a_translation():
    # A hub (a sentence on the whole topic, alike to every sentence of the article) reads more
    # like lt's first sentence than its poor translation does; the margin score discounts it.
    eye = np.eye(DIM, dtype=np.float32)

    def topical(i: int, drift: float = 0.0) -> np.ndarray:
        rng = np.random.default_rng(1 + 100 * i)
        return unit(eye[i] + 1.5 * TOPIC + drift * unit(rng.normal(size=DIM)))

    own = sentences("lt.txt", LT, [topical(i) for i in range(5)])
    hub = unit(1.5 * TOPIC + 0.2 * eye[:5].sum(axis=0))
    other = sentences("ro.txt", RO + ["Coreea de Nord și Rusia își adâncesc relațiile militare."],
                      [topical(i, drift=1.2) for i in range(5)] + [hub])
    assert float(own[0].vector @ other[5].vector) > float(own[0].vector @ other[0].vector)
    assert translation(own[0], own, other) is other[0]


def test_files_too_long_to_compare_are_not_aligned(monkeypatch):
    assert align.pairs(lt, ro) is not None
    monkeypatch.setattr(align, "MAX_PAIRS", len(lt) * len(ro) - 1)
    assert align.pairs(lt, ro) is None


def test_a_translation_that_states_the_first_sides_value_agrees_whatever_else_it_says():
    # The Romanian sentence gives the same dates after another one; it is no other side.
    two = sentences("ro.txt", ["Lavrov a fost acolo în martie 2024 și va vizita Coreea de Nord pe 4 - 7 iulie."] + RO[1:],
                    [report(i, drift=0.75, seed=1) for i in range(5)])
    assert translation(lt[0], lt, two) is two[0]
    first = side(lt[0])
    assert translated([first], [first.evidence, evidence(two[1], 0.7)], lt + two) == [
        ("lt.txt", "Liepos 4–7 d."), ("ro.txt", "4 - 7 iulie")]


@pytest.mark.parametrize("question, said_by", [
    ("Kiek Šiaurės Korėjos karių žuvo ir kiek buvo sužeista, pasak vasario pabaigoje Ukrainoje lankiusios "
     "Pietų Korėjos parlamentarės?", {"lawmaker"}),
    ("How many were killed according to the South Korean lawmaker?", {"lawmaker"}),
    ("Wie viele Soldaten laut dem südkoreanischen Verteidigungsminister?", {"defence"}),
    ("Maždaug 1,5 Šiaurės Korėjos kariuomenės buvo nužudyta arba sužeista Rusijoje, Pasak Vakarų pareigūnų", {"other"}),
    ("How many soldiers were killed?", set()),
    ("Quantos soldados morreram, segundo um deputado sul-coreano?", {"lawmaker"}),  # «segundo um»
    ("Secondo un deputato sudcoreano, quanti soldati sono morti?", {"lawmaker"}),
])
def test_what_a_question_or_sentence_attributes_its_figure_to_is_read(question, said_by):
    from qa.answer.attribution import attributed
    assert attributed(question) == said_by


def test_a_figure_given_according_to_someone_else_is_no_side_for_a_question_naming_its_source():
    """"How many were killed, according to the South Korean lawmaker?": the lawmaker's 400, not
    the 1,5 (thousand) Western officials give in another file; without the source asked, both."""
    from qa.answer.direct import sides
    officials = sentences("lt.txt", ["Maždaug 1,5 tūkst. karių buvo nužudyta, pasak Vakarų pareigūnų."], [report(0)])
    lawmaker = sentences("nl.txt", ["Een Zuid-Koreaanse parlementslid meldde dat ongeveer 400 soldaten werden gedood."],
                         [report(0, drift=0.2, seed=3)])
    evs = [evidence(officials[0], 0.85), evidence(lawmaker[0], 0.84)]
    asked = "How many soldiers were killed, according to the South Korean lawmaker?"
    assert [s.value.text for s in sides(asked, QVEC, evs, "number", None, TUNING)] == ["400"]
    plain = [s.value.text for s in sides("How many soldiers were killed?", QVEC, evs, "number", None, TUNING)]
    assert "400" in plain and any(v.startswith("1,5") for v in plain)


def test_a_sentence_naming_the_source_asked_gives_the_sides_over_one_naming_none():
    """«As autoridades ocidentais estimam que … 4.000» names no lawmaker and has no "according
    to": where another best sentence names the lawmaker the question believes, that one answers."""
    from qa.answer.direct import sides
    officials = sentences("pt.txt", ["As autoridades ocidentais estimam que cerca de 4.000 soldados foram mortos."],
                          [report(0)])
    lawmaker = sentences("nl.txt", ["Een Zuid-Koreaanse parlementslid meldde dat ongeveer 400 soldaten werden gedood."],
                         [report(0, drift=0.2, seed=3)])
    evs = [evidence(officials[0], 0.85), evidence(lawmaker[0], 0.84)]
    asked = "Quantos soldados morreram, segundo um deputado sul-coreano?"
    assert [s.value.text for s in sides(asked, QVEC, evs, "number", None, TUNING)] == ["400"]


LAWMAKER_NL = ("Een Zuid -Koreaanse parlementslid die eind februari naar Oekraïne ging, meldde dat ongeveer 400 "
               "Noord -Koreaanse soldaten tot nu toe in Rusland werden gedood.")


@pytest.mark.parametrize("question, believed", [
    ("Selon un député sud-coréen, combien de soldats ont été tués ?", True),
    ("Quantos morreram, segundo um deputado?", True),  # no country asked
    ("Según un diputado surcoreano que viajó a Ucrania, ¿cuántos soldados murieron?", True),  # where he went is no nationality
    ("Selon un député russe, combien de soldats nord-coréens ont été tués ?", False),  # Russia beside the office? Korea
    ("Selon un député nord-coréen, combien de soldats ont été tués ?", False),  # the other Korea
    ("According to the South Korean defence minister, how many were killed?", False),  # no defence minister named
])
def test_a_sentence_names_the_one_believed_by_office_and_country(question, believed):
    from qa.answer.attribution import attributed, believes
    assert believes(question, LAWMAKER_NL, attributed(question) - {"other"}) is believed


@pytest.mark.parametrize("sentence, said_by", [
    ("Dem südkoreanischen Abgeordneten zufolge wurden rund 300 Soldaten getötet.", {"lawmaker"}),  # after its source
    ("D’après le député sud-coréen, 400 soldats ont été tués.", {"lawmaker"}),
    ("Nel secondo giorno di combattimenti sono stati uccisi 400 soldati.", set()),  # «secondo»: second
    ("According to Western officials, 1,500 were killed, while lawmakers in Seoul gave no figure.", {"other"}),
])
def test_an_attribution_is_read_where_its_language_puts_it_and_ends_with_its_clause(sentence, said_by):
    from qa.answer.attribution import attributed
    assert attributed(sentence) == said_by


# The first round of the strategic dialogue: an article of its own (pt) gives November 2024; a
# second report (ro) agrees; its translation (lt) says 2021; a fourth article (nl) another date.
def own_article(k: int) -> list[np.ndarray]:
    return [unit(TOPIC + 0.8 * unit(np.random.default_rng(1000 * k + s).normal(size=DIM))) for s in range(5)]


ROUND = "When was the first round of the strategic dialogue held in Moscow?"
PT_ROUND = sentences("a_pt.txt", ["A primeira rodada foi realizada em Moscou em novembro de 2024.", "a b c d e.",
                                  "f g h i j.", "k l m n o.", "p q r s t."], own_article(1))
RO_ROUND = sentences("b_ro.txt", ["Prima rundă a avut loc la Moscova în noiembrie 2024.", *RO[1:]],
                     [report(i) for i in range(5)])
LT_ROUND = sentences("c_lt.txt", ["Pirmasis etapas vyko Maskvoje 2021 m. lapkričio mėn.", *LT[1:]],
                     [report(i, drift=0.75, seed=1) for i in range(5)])
NL_ROUND = sentences("d_nl.txt", ["De eerste ronde vond plaats in Moskou in maart 2023.", "u v w x y.", "z a b c d.",
                                  "e f g h i.", "j k l m n."], own_article(2))


def _side(s: Sentence, score: float) -> Side:
    ev = Evidence(s, Passage(source=s.source, language="xx", text=s.text, score=score, chunk_id=s.chunk_id), score, score)
    return Side(ev, values.extract(s.text, "time", ROUND)[0])


def _translated(out: list[Side]) -> list[tuple[str, str]]:
    evidence = [s.evidence for s in out]
    qvec = PT_ROUND[0].vector
    got = _as_translated(out, evidence, PT_ROUND + RO_ROUND + LT_ROUND + NL_ROUND, qvec, "time", ROUND, qvec, None,
                         TUNING, every=False)
    return [(s.evidence.source, s.value.text) for s in got]


def test_a_file_agreeing_with_the_first_side_speaks_through_its_translation_too():
    """pt is translated nowhere; ro agrees with it, and lt translates ro: lt's 2021 is a side."""
    got = _translated([_side(PT_ROUND[0], .85), _side(RO_ROUND[0], .8)])
    assert got == [("a_pt.txt", "novembro de 2024"), ("b_ro.txt", "noiembrie 2024"), ("c_lt.txt", "2021 m. lapkričio mėn.")]


@pytest.mark.parametrize("order", [["pt", "ro", "nl"], ["pt", "nl", "ro"]])
def test_an_agreeing_files_translation_pushes_no_other_side_out(order):
    """With three sides already, the translation of the agreeing file comes after them: nl's
    March 2023 (another article's value) and ro itself stay."""
    found = {"pt": _side(PT_ROUND[0], .85), "ro": _side(RO_ROUND[0], .8), "nl": _side(NL_ROUND[0], .8)}
    out = [found[k] for k in order]
    assert _translated(out) == [(s.evidence.source, s.value.text) for s in out] + [("c_lt.txt", "2021 m. lapkričio mėn.")]


def test_a_file_translating_any_later_side_speaks_through_its_sentence():
    """nl's March 2023 comes first (in an article of its own), ro's November 2024 second: lt,
    which translates ro, gives its 2021 too, after them."""
    got = _translated([_side(NL_ROUND[0], .85), _side(RO_ROUND[0], .8)])
    assert got == [("d_nl.txt", "maart 2023"), ("b_ro.txt", "noiembrie 2024"), ("c_lt.txt", "2021 m. lapkričio mėn.")]


def test_quotes_from_three_files_none_translating_another_are_scattered():
    # Three articles on other subjects (unrelated unit vectors): each reports something else.
    other = [Sentence(source=f"xq{i}.txt", language="xx", text=f"Sentence {i}.", start=0, end=12,
                      vector=unit(np.eye(DIM, dtype=np.float32)[10 + i]), chunk_id=f"xq{i}.txt") for i in range(3)]
    assert align.scattered(other, 3)
    assert not align.scattered(other[:2], 3)  # two files: not enough to tell
    # … while one report and its translations quote alike sentences, whatever else is quoted
    assert not align.scattered([lt[0], ro[0], other[0]], 3)
