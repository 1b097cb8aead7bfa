"""A larger multilingual corpus, generated reproducibly from the bundled articles.

Each new file takes 4–10 sentences of one bundled article (so each file stays in one language,
like a real article), shuffled, under a title line. Same seed, same files, byte for byte.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

from .common import ARTICLES, RESULTS

SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(text) if len(s.strip()) > 20]


def article_sentences(folder: Path = ARTICLES) -> dict[str, list[str]]:
    return {p.stem: sentences(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))}


def generate(n_files: int = 500, seed: int = 5, folder: Path | None = None,
             min_sent: int = 4, max_sent: int = 10) -> Path:
    """Write ``n_files`` recombined articles under ``folder``; returns the folder.

    Reuses the folder when it already holds exactly these files (checked by count and seed).
    """
    folder = folder or RESULTS / f"corpus-{n_files}-s{seed}"
    stamp = folder / ".generated"
    want = f"{n_files} {seed} {min_sent} {max_sent}"
    if stamp.exists() and stamp.read_text() == want:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    rng = random.Random(seed)
    pools = article_sentences()
    names = sorted(pools)
    for i in range(n_files):
        src = names[i % len(names)]
        pool = pools[src]
        k = min(len(pool), rng.randint(min_sent, max_sent))
        picked = rng.sample(pool, k)
        title = picked[0][:60].rstrip(" ,.;:")
        body = "\n".join(picked)
        (folder / f"gen{i:04d}_{src[:3]}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    stamp.write_text(want)
    return folder
