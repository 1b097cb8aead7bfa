"""A sentence with an implicit subject ("He was received in the port city") takes part of the
names bonus of the sentence before it, which names whom the question asks about
(``qa.answer.evidence.candidates``, ``Tuning.inherit_weight``). Made-up vectors stand in for
e5's: what is tested is the ranking rule, not the embedder."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from qa.answer.evidence import TUNING, candidates
from qa.records import Passage, Sentence
from qa.retrieval import Retrieval

QUESTION = "Where did Lavrov meet Kim Jong Un?"
Q = np.array([1.0, 0.0, 0.0], dtype=np.float32)


def vector(sim: float) -> np.ndarray:
    """A unit vector ``sim`` alike to the question's."""
    return np.array([sim, np.sqrt(1 - sim * sim), 0.0], dtype=np.float32)


def article(source: str, texts_and_sims: list[tuple[str, float]]) -> tuple[Passage, list[Sentence]]:
    out, at = [], 0
    for text, sim in texts_and_sims:
        out.append(Sentence(source=source, language="en", text=text, start=at, end=at + len(text),
                            sha256=source, chunk_id=source, vector=vector(sim)))
        at += len(text) + 1
    body = " ".join(t for t, _ in texts_and_sims)
    return Passage(source=source, language="en", text=body, start=0, end=len(body), score=0.8,
                   chunk_id=source, sha256=source), out


def ranked(tuning=TUNING, copy_in: str | None = None) -> list[str]:
    """The candidates, best first, of one article that names Lavrov and then says "He was
    received …", and another whose sentence reads a little closer to the question;
    ``copy_in``: the first article is also stored, the same, under that folder."""
    p1, s1 = article("a.txt", [
        ("Lavrov flew to North Korea on Friday to see Kim Jong Un.", 0.78),
        ("He was received in the port city of Wonsan on Saturday.", 0.82),
    ])
    p2, s2 = article("b.txt", [
        ("The talks with Choe in the capital were described as very warm.", 0.83),
    ])
    passages, sentences = [p1, p2], s1 + s2
    if copy_in:
        passages.append(replace(p1, root=copy_in))
        sentences += [replace(s, root=copy_in) for s in s1]
    return [e.text for e in candidates(Retrieval(QUESTION, Q, passages, sentences=sentences), tuning)]


def test_the_sentence_after_the_one_that_names_them_answers_first():
    assert ranked()[0].startswith("He was received in the port city")


def test_without_the_inherited_names_the_other_sentence_would_win():
    assert ranked(replace(TUNING, inherit_weight=0.0))[0].startswith("The talks with Choe")


def test_the_same_article_in_two_folders_is_two_articles():
    """Each copy's sentence inherits from the sentence before it in its own copy, not from its
    twin in the other folder (the same name and text: one run of sentences would pair them)."""
    assert ranked(copy_in="/backup")[0].startswith("He was received in the port city")


SETTLED = "How many people were in the first settlement at Port Phillip in 1803?"


def settlement(passage_holds_both: bool, tuning=TUNING) -> list:
    """One article whose sentence about the 1803 settlement (near the question) is followed by
    the one that counts its people with no name of the question's ("It held 402 people …"), and
    another article's sentence, nearer than that one, with a figure about something else. The
    passage retrieved holds the first sentence only, or both."""
    first = ("The first settlement at Port Phillip was founded in October 1803 by David Collins.", 0.86)
    count = ("It held 402 people, among them 307 convicts and their families.", 0.74)
    p1, s1 = article("a.txt", [first, count])
    if not passage_holds_both:
        p1 = replace(p1, text=first[0], end=len(first[0]))
    p2, s2 = article("b.txt", [("The museum received 1,442 costumes in 1913.", 0.77)])
    found = Retrieval(SETTLED, Q, [p1, p2], sentences=s1 + s2)
    return candidates(found, tuning)


def _place(evidence: list, start: str) -> int:
    return next(i for i, e in enumerate(evidence) if e.text.startswith(start))


@pytest.mark.parametrize("passage_holds_both", [True, False])
def test_a_figure_told_right_after_the_sentence_the_question_is_near_ranks_with_it(passage_holds_both):
    """The count ranks above the other article's figure, near the question only by its own words;
    it is read though the retrieved passage ends before it (the next, unretrieved chunk)."""
    evidence = settlement(passage_holds_both)
    assert _place(evidence, "It held 402 people") < _place(evidence, "The museum received")


def test_without_the_context_the_other_figure_ranks_first():
    evidence = settlement(True, replace(TUNING, context_weight=0.0))
    assert _place(evidence, "The museum received") < _place(evidence, "It held 402 people")


def test_the_next_sentence_of_a_passage_is_cited_as_its_own_passage():
    [held] = [e for e in settlement(False) if e.text.startswith("It held 402 people")]
    assert held.passage.text == held.text and (held.passage.start, held.passage.end) == (held.sentence.start, held.sentence.end)


def test_two_sentences_of_one_unretrieved_chunk_are_two_citations_each_quoting_its_own():
    """Each is cited as a passage of its own (``runs.own_passage``), with the chunk id they share:
    one citation number for both had cited the first one's text for the second one's quote."""
    from qa.answer.evidence import Evidence
    from qa.answer.extractive import compose
    from qa.answer.runs import own_passage
    _, sentences = article("a.txt", [("Kim visited the plant in 2023.", 0.8), ("He stayed four hours.", 0.8)])
    chosen = [Evidence(s, own_passage(s, [], 0.8), 0.8, 0.8) for s in sentences]
    draft = compose("en", chosen)
    assert [c.number for c in draft.citations] == [1, 2]
    assert all(c.quote in c.text for c in draft.citations)


def test_a_year_alone_is_no_figure_a_how_many_question_lifts():
    """«En 2004, la empresa Marconi diseñó…» after the metro's sentence counts nothing: it takes
    no lift from the sentence before it (it had pushed the Hindi sentence out of the five best,
    and the figure rule declined the Tyne and Wear Metro's passengers); a figure told there does."""
    p1, s1 = article("a.txt", [("The Tyne and Wear Metro serves the city and much of the county.", 0.84),
                               ("In 2004 the company designed and built its radio system.", 0.74)])
    p2, s2 = article("b.txt", [("The Tyne and Wear Metro serves the city and much of the county.", 0.84),
                               ("It carries more than 37 million passengers a year.", 0.74)])
    found = Retrieval("How many passengers a year does the metro carry?", Q, [p1, p2], sentences=s1 + s2)
    lifted = {e.text[:8]: e.ranks for e in candidates(found)}
    assert lifted["In 2004 "] == 0.0
    assert lifted["It carri"] > 0.0


def test_a_quote_naming_nothing_new_brings_the_sentence_before_it():
    """"Who won the Ekstraklasa championship in 2000?": «Even so they won …» says who only with
    the sentence before it, which names Polonia Warsaw: both are quoted, the subject first."""
    from qa.answer.evidence import Evidence
    from qa.answer.extractive import _with_subject
    passage, (rivals, won) = article("c.txt", [
        ("Their local rivals, Polonia Warsaw, have far fewer fans.", 0.70),
        ("Even so they won the Ekstraklasa championship in 2000.", 0.85),
    ])
    found = Retrieval("Who won the Ekstraklasa championship in 2000?", Q, [passage], sentences=[rivals, won])
    quoted = _with_subject([Evidence(won, passage, 0.85, 0.85)], found, "en")
    assert [e.text for e in quoted] == [rivals.text, won.text]
    # a quote that names the winner itself stands alone
    named = replace(won, text="Even so Legia won the Ekstraklasa championship in 2000.")
    found = Retrieval("Who won the Ekstraklasa championship in 2000?", Q, [passage], sentences=[rivals, named])
    assert [e.text for e in _with_subject([Evidence(named, passage, 0.85, 0.85)], found, "en")] == [named.text]
    # … and so does one with no pronoun for its subject («James Hutton este adesea considerat …»)
    plain = replace(won, text="The Ekstraklasa championship of 2000 was decided in May.")
    found = Retrieval("Who won the Ekstraklasa championship in 2000?", Q, [passage], sentences=[rivals, plain])
    assert [e.text for e in _with_subject([Evidence(plain, passage, 0.85, 0.85)], found, "en")] == [plain.text]
