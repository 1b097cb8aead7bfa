"""The citation checker on hand-written answers, with the real multilingual embedder.

Three short passages (English, Romanian, German) stand for what retrieval found; the answers
are what a language model might write about them. A passage's sentences are embedded by the
checker itself (they are not given), which costs a fraction of a second.
"""
from __future__ import annotations

import re

import pytest

from qa.answer.citations import check, parse
from qa.records import Passage
from qa.components import embedder_for
from qa.settings import Settings

EN = ("Russian Foreign Minister Sergey Lavrov met North Korean leader Kim Jong Un in the coastal city "
      "of Wonsan on Saturday. The two men discussed the war in Ukraine and the deepening military "
      "ties between Moscow and Pyongyang.")
RO = ("Potrivit oficialilor occidentali, aproximativ 4.000 de soldați nord-coreeni au fost uciși sau "
      "răniți în Rusia. Phenianul a trimis anul trecut 11.000 de soldați pentru a sprijini Moscova.")
DE = ("Russland hat am Mittwoch einen Rekordangriff mit 728 Drohnen und 13 Raketen auf die Ukraine "
      "gestartet. Am Donnerstag griffen russische Drohnen Kiew aus allen Richtungen an.")

# Each passage sits somewhere inside a "file", so quote offsets are file offsets, not passage ones.
FILES = {"en.txt": "Headline\n\n" + EN, "ro.txt": "Titlu\n" + RO + "\nComentarii (0)", "de.txt": DE}


@pytest.fixture(scope="module")
def embedder():
    return embedder_for(Settings())


def sources() -> list[Passage]:
    """Passage 1 is English, 2 Romanian, 3 German (fresh objects: the checker fills in sentences)."""
    out = []
    for name, lang, text, score in [("en.txt", "en", EN, 0.9), ("ro.txt", "ro", RO, 0.8), ("de.txt", "de", DE, 0.7)]:
        start = FILES[name].index(text)
        out.append(Passage(source=name, language=lang, text=text, score=score, start=start, end=start + len(text)))
    return out


def run(answer: str, embedder):
    text, citations, checks = check(answer, sources(), embedder)
    return text, citations, checks


def markers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", text)]


def kinds(checks) -> list[str]:
    return [c.kind for c in checks]


def test_right_answer_keeps_its_citations_across_languages(embedder):
    answer = ("Lavrov met Kim Jong Un in Wonsan on Saturday. [1] "
              "About 4,000 North Korean soldiers were killed or wounded in Russia [2].")
    text, citations, checks = run(answer, embedder)

    assert checks == []
    assert text == ("Lavrov met Kim Jong Un in Wonsan on Saturday. [1] "
                    "About 4,000 North Korean soldiers were killed or wounded in Russia. [2]")
    assert [(c.number, c.source, c.language) for c in citations] == [(1, "en.txt", "en"), (2, "ro.txt", "ro")]
    # The English claim about 4,000 casualties is backed by the Romanian sentence that says it.
    assert citations[1].quote.startswith("Potrivit oficialilor occidentali, aproximativ 4.000")
    for c in citations:
        assert c.quote in c.text
        assert FILES[c.source][c.quote_start:c.quote_end] == c.quote
        assert FILES[c.source][c.start:c.end] == c.text


def test_out_of_range_number_is_removed_with_a_check(embedder):
    text, citations, checks = run("Russia launched 728 drones on Wednesday [7].", embedder)

    assert "[7]" not in text and "728 drones" in text
    assert citations == []
    assert [(c.kind, c.number) for c in checks] == [("removed_citation", 7)]
    assert "no passage 7" in checks[0].message


def test_figure_missing_from_cited_passage_moves_the_citation_to_the_passage_that_has_it(embedder):
    # 4,000 is in the Romanian passage (2), not in the English one the answer cites.
    text, citations, checks = run("About 4,000 North Korean soldiers were killed or wounded in Russia. [1]", embedder)

    assert [(c.kind, c.number) for c in checks] == [("reassigned_citation", 1)]
    assert "[1] → [2]" in checks[0].message
    assert [(c.number, c.source) for c in citations] == [(1, "ro.txt")]  # renumbered: the only one
    assert text.endswith("[1]")
    assert "4.000" in citations[0].quote


def test_sentence_with_a_figure_in_no_passage_is_dropped(embedder):
    answer = "Lavrov met Kim Jong Un in Wonsan. [1] He brought 300 soldiers with him. [1]"
    text, citations, checks = run(answer, embedder)

    assert "300" not in text
    assert text == "Lavrov met Kim Jong Un in Wonsan. [1]"
    assert "removed_sentence" in kinds(checks)
    assert any("300" in c.message for c in checks if c.kind == "removed_sentence")
    assert [c.source for c in citations] == ["en.txt"]


def test_answer_without_citations_has_none(embedder):
    text, citations, checks = run("Lavrov met Kim Jong Un in Wonsan.", embedder)
    assert citations == []
    assert text == "Lavrov met Kim Jong Un in Wonsan."


def test_citations_are_renumbered_in_order_of_appearance(embedder):
    text, citations, _ = run("Russia launched a record 728 drones and 13 missiles on Wednesday. [3]", embedder)

    assert markers(text) == [1]
    [c] = citations
    assert (c.number, c.source, c.language) == (1, "de.txt", "de")
    # The quote is the sentence that holds the figures, not the neighbour about Thursday's drones.
    assert c.quote.startswith("Russland hat am Mittwoch") and "728" in c.quote


def test_quote_is_the_sentence_with_the_figure_even_when_another_sounds_closer(embedder):
    # "…728 drones on Wednesday" is closer in meaning to "Am Donnerstag griffen russische Drohnen…"
    # than to the sentence that says 728; the highlight must show 728.
    _, [c], _ = run("Russia launched 728 drones on Wednesday. [3]", embedder)
    assert "728" in c.quote


def test_two_sentences_citing_one_passage_end_up_citing_two(embedder):
    answer = ("About 4,000 North Korean soldiers were killed or wounded in Russia. [3] "
              "Russia launched 728 drones and 13 missiles at Ukraine on Wednesday. [3]")
    text, citations, checks = run(answer, embedder)
    # [3] on the casualties is wrong: it moves to the Romanian passage, which becomes [1].
    assert text == ("About 4,000 North Korean soldiers were killed or wounded in Russia. [1] "
                    "Russia launched 728 drones and 13 missiles at Ukraine on Wednesday. [2]")
    assert [(c.number, c.source) for c in citations] == [(1, "ro.txt"), (2, "de.txt")]
    assert [(c.kind, c.number) for c in checks] == [("reassigned_citation", 3)]


def test_parse_reads_lists_and_markers_that_open_the_next_sentence():
    claims = parse("Lavrov met Kim in Wonsan. [2] Then they talked [1, 3]. Drones flew [2; 3][1].")
    assert [(c.text, c.cited) for c in claims] == [
        ("Lavrov met Kim in Wonsan.", [2]),
        ("Then they talked.", [1, 3]),
        ("Drones flew.", [2, 3, 1]),
    ]


def test_list_marker_keeps_the_supporting_number_and_drops_the_other_once(embedder):
    # [2] is wrong, [3] is right: the answer keeps one [n] for the German passage, not two.
    text, citations, checks = run(
        "Russia launched 728 drones on Wednesday. [2, 3] Lavrov met Kim Jong Un in Wonsan. [1]", embedder)

    assert text == "Russia launched 728 drones on Wednesday. [1] Lavrov met Kim Jong Un in Wonsan. [2]"
    assert [(c.number, c.source) for c in citations] == [(1, "de.txt"), (2, "en.txt")]
    assert [(c.kind, c.number) for c in checks] == [("removed_citation", 2)]


def test_checked_answer_is_a_fixed_point(embedder):
    """Checking an already checked answer again (against the passages it now cites) changes nothing."""
    first, citations, _ = run("About 4,000 North Korean soldiers were killed or wounded in Russia. [1] "
                              "Lavrov met Kim Jong Un in Wonsan. [9]", embedder)
    again = [Passage(source=c.source, language=c.language, text=c.text, score=c.score, start=c.start, end=c.end) for c in citations]
    text, cites, checks = check(first, again, embedder)
    assert (text, checks) == (first, [])
    assert [(c.source, c.quote) for c in cites] == [(c.source, c.quote) for c in citations]
