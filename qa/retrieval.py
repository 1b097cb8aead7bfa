"""Question → passages.

Dense retrieval with multilingual-e5 over Chroma, sentence first: the question is matched
against every indexed *sentence*, and a chunk ranks as its best sentence. A question asks about
one fact, which one sentence states; a chunk's own vector blurs it with its neighbours. On the
xquad-dev set this ranks as well as embedding each chunk (recall@5 .992 both, MRR .943 against
.95; on the bundled set MRR .967 against .911), and it lets the indexer embed each sentence
once instead of every sentence and every chunk (``qa/indexer.py``).

Then a source-diversity pass. e5 scores a
passage in the question's own language higher than an equally relevant one in another language
(in the lab a Lithuanian, Romanian or Dutch question put its own language's article first 8
times out of 9), so letting one article fill every slot hides the article that holds the answer.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field

from .embedding import get_embedder
from .settings import Settings, get_settings
from .store import Hit, Store, open_store

log = logging.getLogger(__name__)


@dataclass
class Passage:
    """A retrieved chunk: where it comes from, its language, its text and how well it matched."""

    source: str
    language: str
    text: str
    score: float
    start: int = 0
    end: int = 0
    chunk_id: str = ""
    root: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def clean_question(question: str, settings: Settings) -> tuple[str, bool]:
    """Validate a question; returns it (truncated if very long) and whether it was truncated."""
    if not isinstance(question, str) or not question.strip():
        raise ValueError("the question is empty")
    q = " ".join(question.split())
    if len(q) > settings.max_question_chars:
        return q[: settings.max_question_chars], True
    return q, False


def diversify(hits: list[Hit], top_k: int, per_source: int) -> list[Hit]:
    """Best-first, at most ``per_source`` chunks of one file until other files run out."""
    chosen: list[Hit] = []
    counts: dict[str, int] = {}
    rest: list[Hit] = []
    for h in hits:
        src = h.metadata.get("source", "")
        if counts.get(src, 0) < per_source:
            chosen.append(h)
            counts[src] = counts.get(src, 0) + 1
        else:
            rest.append(h)
        if len(chosen) == top_k:
            return chosen
    return (chosen + rest)[:top_k]


def to_passage(h: Hit) -> Passage:
    m = h.metadata
    return Passage(
        source=m.get("source", ""),
        language=m.get("language", "und"),
        text=h.text,
        score=round(h.score, 4),
        start=int(m.get("start", 0)),
        end=int(m.get("end", 0)),
        chunk_id=h.id,
        root=m.get("root", ""),
    )


@dataclass
class Search:
    """One retrieval: the question's vector, the chosen chunks and the store they came from."""

    question: str
    vector: object
    hits: list[Hit]
    store: Store
    sentences: list[Hit] = field(default_factory=list)  # the nearest sentences, best first


def search(question: str, top_k: int, settings: Settings, query: str | None = None) -> Search:
    """Nearest chunks to ``query`` (default: the question), diversified across files."""
    embedder = get_embedder(settings)
    store = open_store(settings, embedder)
    if store.collection is None:
        raise LookupError(f"the index at {store.where} is empty: run `qa index` first")
    qvec = embedder.embed_query(query or question)
    want = max(top_k * 4, 20)
    sentences = store.query(qvec, max(top_k * 12, 60), sentences=True)
    best: dict[str, float] = {}
    for s in sentences:  # best first, so a chunk's first sentence here is its best
        best.setdefault(s.metadata.get("chunk_id", ""), s.score)
    best.pop("", None)
    pool = sorted(store.chunks(list(best)[:want]).values(), key=lambda h: -best[h.id])
    for h in pool:
        h.score = best[h.id]
    if len(pool) < want:  # few sentences near the question: chunk vectors fill the pool
        have = {h.id for h in pool}
        pool += [h for h in store.query(qvec, want) if h.id not in have][: want - len(pool)]
    if not pool and store.count() == 0:  # counted only when nothing came back (9 ms at 100k)
        raise LookupError(f"the index at {store.where} is empty: run `qa index` first")
    return Search(question, qvec, diversify(pool, top_k, settings.per_source), store, sentences)


def retrieve(question: str, top_k: int | None = None, settings: Settings | None = None) -> list[Passage]:
    """The ``top_k`` passages that best answer ``question``, in any language, best first."""
    settings = settings or get_settings()
    q, _ = clean_question(question, settings)
    return [to_passage(h) for h in search(q, top_k or settings.top_k, settings).hits]
