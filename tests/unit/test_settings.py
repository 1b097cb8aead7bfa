"""Where a setting comes from: arguments in code > QA_* environment > TOML file > defaults.

tests/conftest.py clears the developer's QA_* variables for the session and sets QA_CONFIG,
QA_INDEX_DIR and QA_CORPUS_DIR; each test here sets (monkeypatch) what it needs on top of that.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from qa.settings import Settings

TOML = """
top_k = 7
index_dir = "from-toml"

[llm]
base_url = "http://toml.example/v1"
model = "toml-model"
"""


@pytest.fixture
def toml(tmp_path, monkeypatch) -> Path:
    """A settings file named by QA_CONFIG (write to it to change it)."""
    path = tmp_path / "qa-settings.toml"
    path.write_text(TOML, encoding="utf-8")
    monkeypatch.setenv("QA_CONFIG", str(path))
    return path


@pytest.fixture
def bare_env(tmp_path, monkeypatch):
    """No QA_* setting in the environment and no settings file."""
    monkeypatch.delenv("QA_INDEX_DIR", raising=False)
    monkeypatch.delenv("QA_CORPUS_DIR", raising=False)
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    monkeypatch.setenv("QA_CONFIG", str(tmp_path / "empty.toml"))


def test_defaults_without_environment_or_file(bare_env):
    s = Settings()
    assert s.retrieval.top_k == 5 and s.retrieval.per_source == 2
    assert s.store.index_dir == Path("index") and s.index.corpus_dir == Path("data/articles")
    assert s.llm.base_url is None and s.llm.api_key is None
    assert s.effective_mode == "extractive"  # offline unless an endpoint or key is set


def test_the_file_is_read_with_flat_keys_and_sections(bare_env, toml):
    s = Settings()
    assert s.retrieval.top_k == 7
    assert s.store.index_dir == Path("from-toml")
    assert (s.llm.base_url, s.llm.model) == ("http://toml.example/v1", "toml-model")
    assert s.effective_mode == "llm"  # an endpoint is configured


def test_flat_names_inside_a_section_are_accepted(bare_env, toml):
    toml.write_text('[llm]\nllm_model = "flat-in-section"\n[retrieval]\ntop_k = 11\n', encoding="utf-8")
    s = Settings()
    assert (s.llm.model, s.retrieval.top_k) == ("flat-in-section", 11)


def test_qa_toml_in_the_working_directory_is_read_without_qa_config(bare_env, tmp_path, monkeypatch):
    monkeypatch.delenv("QA_CONFIG")
    (tmp_path / "qa.toml").write_text("top_k = 9\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert Settings().retrieval.top_k == 9


def test_environment_beats_the_file_setting_by_setting(bare_env, toml, monkeypatch):
    monkeypatch.setenv("QA_TOP_K", "9")
    monkeypatch.setenv("QA_LLM_MODEL", "env-model")
    s = Settings()
    assert s.retrieval.top_k == 9  # a string in the environment, an int in the settings
    assert s.llm.model == "env-model"
    # What the environment does not set still comes from the file, even in the same section.
    assert s.llm.base_url == "http://toml.example/v1"
    assert s.store.index_dir == Path("from-toml")


def test_arguments_beat_environment_and_file(bare_env, toml, monkeypatch):
    monkeypatch.setenv("QA_TOP_K", "9")
    monkeypatch.setenv("QA_LLM_MODEL", "env-model")
    s = Settings(top_k=3, llm={"model": "arg-model"})
    assert s.retrieval.top_k == 3
    assert s.llm.model == "arg-model"
    assert s.llm.base_url == "http://toml.example/v1"  # a section argument does not wipe the file's section


def test_environment_values_are_typed(bare_env, monkeypatch):
    monkeypatch.setenv("QA_INDEX_DIR", "/srv/qa/index")
    monkeypatch.setenv("QA_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("QA_CHROMA_PORT", "8001")
    monkeypatch.setenv("QA_LLM_TIMEOUT", "2.5")
    monkeypatch.setenv("QA_LLM_BASE_URL", "http://127.0.0.1:8080/v1")
    s = Settings()
    assert s.store.index_dir == Path("/srv/qa/index")
    assert (s.store.chroma_host, s.store.chroma_port) == ("127.0.0.1", 8001)
    assert s.llm.timeout == 2.5
    assert s.llm.base_url == "http://127.0.0.1:8080/v1" and s.effective_mode == "llm"


def test_an_empty_variable_counts_as_unset(bare_env, toml, monkeypatch):
    monkeypatch.setenv("QA_TOP_K", "")
    assert Settings().retrieval.top_k == 7


def test_openai_api_key_is_the_llm_key_unless_qa_llm_api_key_is_set(bare_env, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    s = Settings()
    assert s.llm.api_key == "sk-openai"
    assert s.effective_mode == "llm"
    monkeypatch.setenv("QA_LLM_API_KEY", "qa-key")
    assert Settings().llm.api_key == "qa-key"


def test_an_explicit_mode_wins_over_a_configured_endpoint(bare_env, monkeypatch):
    monkeypatch.setenv("QA_LLM_BASE_URL", "http://127.0.0.1:8080/v1")
    monkeypatch.setenv("QA_MODE", "extractive")
    assert Settings().effective_mode == "extractive"


def test_an_unknown_argument_is_an_error_naming_it(bare_env):
    with pytest.raises(ValueError, match="topk"):
        Settings(topk=3)


def test_an_unknown_key_in_the_file_is_an_error_naming_it(bare_env, toml):
    toml.write_text("topk = 3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="topk"):
        Settings()
    toml.write_text('[llm]\nbas_url = "http://x/v1"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bas_url"):
        Settings()


@pytest.mark.parametrize("var, value", [("QA_TOP_K", "many"), ("QA_TOP_K", "0"), ("QA_CHROMA_PORT", "http")])
def test_an_invalid_value_is_an_error_naming_the_setting(bare_env, monkeypatch, var, value):
    monkeypatch.setenv(var, value)
    with pytest.raises(ValidationError, match=var.removeprefix("QA_").lower()):
        Settings()


def test_with_changes_a_copy_by_flat_name(bare_env, monkeypatch):
    monkeypatch.setenv("QA_LLM_MODEL", "env-model")
    s = Settings(top_k=4)
    t = s.with_(per_source=1, llm_base_url="http://127.0.0.1:9000/v1")
    assert (t.retrieval.top_k, t.retrieval.per_source) == (4, 1)
    assert t.llm.base_url == "http://127.0.0.1:9000/v1" and t.llm.model == "env-model"
    assert (s.retrieval.per_source, s.llm.base_url) == (2, None)  # the original is unchanged


def test_with_keeps_the_original_values_when_the_environment_changes_later(bare_env, monkeypatch):
    s = Settings(top_k=4)
    monkeypatch.setenv("QA_LLM_MODEL", "set-later")
    monkeypatch.setenv("QA_TOP_K", "9")
    t = s.with_(per_source=1)
    assert (t.retrieval.top_k, t.llm.model) == (4, None)


def test_with_validates_and_refuses_unknown_names(bare_env):
    s = Settings()
    with pytest.raises(ValidationError, match="top_k"):
        s.with_(top_k=0)
    with pytest.raises(ValueError, match="nope"):
        s.with_(nope=1)


def test_a_missing_or_broken_settings_file_is_a_one_line_error_naming_it(bare_env, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CONFIG", str(tmp_path / "no-such.toml"))
    with pytest.raises(ValueError, match="QA_CONFIG names .*no-such.toml, which is not a file"):
        Settings()
    broken = tmp_path / "broken.toml"
    broken.write_text("top_k = \n", encoding="utf-8")
    monkeypatch.setenv("QA_CONFIG", str(broken))
    with pytest.raises(ValueError, match="broken.toml: "):
        Settings()
    broken.write_text("topk = 3\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"unknown setting 'topk' \(in .*broken.toml\)"):
        Settings()


@pytest.mark.parametrize("var, value, expected", [
    ("QA_TOP_K", "abc", "setting QA_TOP_K (retrieval.top_k): Input should be a valid integer"),
    ("QA_MODE", "foo", "setting QA_MODE (answer.mode): Input should be 'auto', 'extractive' or 'llm' (got 'foo')"),
    ("QA_LLM_TIMEOUT", "-1", "setting QA_LLM_TIMEOUT (llm.timeout): Input should be greater than 0 (got '-1')"),
])
def test_a_bad_value_is_explained_by_the_variable_the_user_set(bare_env, monkeypatch, var, value, expected):
    from qa.settings import explain

    monkeypatch.setenv(var, value)
    with pytest.raises(ValidationError) as err:
        Settings()
    assert explain(err.value).startswith(expected)
