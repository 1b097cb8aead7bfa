"""The ``qa`` command as a user runs it: a real process, a copy of the session's index.

Each run starts Python afresh (a few seconds: imports and the embedder), so there are few.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("qa")  # the console script installed with the package
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "qa.cli"]


@pytest.fixture
def qa(indexed, tmp_path):
    """Run ``qa ARGS…`` against a private copy of the session's index; returns the finished process."""
    index = shutil.copytree(indexed.settings.store.index_dir, tmp_path / "index")

    def run(*args: str, **env: str) -> subprocess.CompletedProcess:
        environ = os.environ | {"QA_INDEX_DIR": str(index)} | env
        done = subprocess.run([*COMMAND, *args], capture_output=True, text=True, env=environ,
                              cwd=tmp_path, timeout=300)
        assert "Traceback" not in done.stderr, done.stderr
        return done

    return run


def test_ask_json_prints_the_answer_with_citations(qa):
    done = qa("ask", "Where did Lavrov meet Kim Jong Un?", "--json")

    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["mode"] == "extractive" and answer["language"] == "en"
    assert "Wonsan" in answer["text"]
    cited = {(c["source"], c["language"]) for c in answer["citations"]}
    assert ("002_a270a4e4d2196121.txt", "pt") in cited
    for c in answer["citations"]:
        assert c["quote"] in c["text"] and f"[{c['number']}]" in answer["text"]


def test_blank_question_is_one_line_error(qa):
    done = qa("ask", "  ")

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == ["qa: error: the question is empty"]


def test_python_dash_m_qa_is_the_same_command(tmp_path):
    # For a venv whose scripts folder is not on PATH: `python -m qa ask …`.
    done = subprocess.run([sys.executable, "-m", "qa", "ask", "  "], capture_output=True, text=True,
                          cwd=tmp_path, timeout=300)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["qa: error: the question is empty"]


def test_index_adds_a_folder_then_finds_it_unchanged(qa, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "port.txt").write_text(
        "The port of Rajin handled 40 ships in May. Most of them carried coal to Vladivostok.\n", encoding="utf-8")

    first = qa("index", str(folder))
    again = qa("index", str(folder))

    assert first.returncode == again.returncode == 0, first.stderr + again.stderr
    assert first.stdout.startswith("added 1, updated 0, unchanged 0, removed 0, skipped 0 files")
    assert again.stdout.startswith("added 0, updated 0, unchanged 1, removed 0, skipped 0 files; chunks +0 -0")


def test_eval_prints_a_json_summary(qa, tmp_path):
    questions = tmp_path / "questions.jsonl"
    items = [
        {"id": "w", "lang": "en", "kind": "fact", "question": "Where did Lavrov meet Kim Jong Un?",
         "gold": ["002"], "facts": ["wonsan"]},
        {"id": "d", "lang": "de", "kind": "fact", "question": "Wie viele Drohnen startete Russland am Mittwoch?",
         "gold": ["000", "001", "002"], "facts": ["728"]},
        {"id": "u", "lang": "en", "kind": "unanswerable", "question": "When was the Eiffel Tower built?",
         "gold": [], "facts": []},
    ]
    questions.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")

    done = qa("eval", str(questions))

    assert done.returncode == 0, done.stderr
    *per_question, last = done.stdout.strip().splitlines()
    assert [line.split()[0] for line in per_question] == ["w", "d", "u"]
    summary = json.loads(last)
    assert summary["items"] == 3
    assert summary["answer_accuracy"] == 1.0 and summary["abstention"] == 1.0
    assert summary["recall@k"] == 1.0


def test_eval_names_the_file_and_line_of_a_bad_record(qa, tmp_path):
    questions = tmp_path / "questions.jsonl"
    questions.write_text('{"id": "a", "question": "Where?"}\n\nnot json\n', encoding="utf-8")
    done = qa("eval", str(questions))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip() == f"qa: error: {questions}:3: not a JSON record (Expecting value)"

    questions.write_text('{"id": "a", "gold": ["002"]}\n', encoding="utf-8")
    done = qa("eval", str(questions))
    assert done.stderr.strip() == f'qa: error: {questions}:1: a record needs a "question" (text)'


@pytest.mark.parametrize("args, env, expected", [
    (["ask", "--top-k", "0", "Where?"], {}, "argument --top-k: must be a whole number from 1 to 50, not '0'"),
    (["ask", "Where?"], {"QA_TOP_K": "abc"}, "setting QA_TOP_K (retrieval.top_k): Input should be a valid integer"),
    (["ask", "--language", "ja", "Where did Lavrov meet Kim Jong Un?"], {}, "no indexed article in language ja"),
    (["ask", "--file", "data/articles/nope.txt", "Where?"], {}, "no indexed article named data/articles/nope.txt"),
])
def test_a_mistake_in_the_command_is_named_in_one_line(qa, args, env, expected):
    done = qa(*args, **env)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()[-1:]
    assert expected in line, done.stderr


def test_llm_mode_with_the_server_down_answers_with_a_note(qa):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    done = qa("ask", "--mode", "llm", "How many drones did Russia launch on Wednesday?",
              QA_LLM_BASE_URL=f"http://127.0.0.1:{port}/v1", QA_LLM_MODEL="local")

    assert done.returncode == 0, done.stderr
    assert "728" in done.stdout
    assert f"note: the language model is unreachable (http://127.0.0.1:{port}/v1)" in done.stdout


@pytest.mark.llm
def test_eval_in_llm_mode_reports_what_the_model_cost_and_kept(qa, tmp_path, llm_server):
    """``qa eval --mode llm`` against the real local server: fallbacks, claims kept and removed,
    time to the first token, and how often the kept claims' own citations name a gold file."""
    questions = tmp_path / "questions.jsonl"
    items = [{"id": "w", "lang": "en", "kind": "fact", "question": "Where did Lavrov meet Kim Jong Un?",
              "gold": ["002"], "facts": ["wonsan"]},
             {"id": "d", "lang": "en", "kind": "fact", "question": "How many drones did Russia launch on Wednesday?",
              "gold": ["000", "001", "002"], "facts": ["728"]}]
    questions.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")

    done = qa("eval", str(questions), "--mode", "llm", QA_LLM_BASE_URL=llm_server.base_url, QA_LLM_MODEL="local")

    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["answer_accuracy"] == 1.0  # the quotes come first, whatever the model does
    assert 0.0 <= summary["fallback_rate"] <= 1.0 and summary["first_text_p50_s"] is not None
    precision = summary["claim_cite_precision"]
    assert (precision is None) == (summary["claims_kept"] == 0)
    assert precision is None or 0.0 <= precision <= 1.0
