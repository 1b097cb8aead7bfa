"""Do the quoted sources disagree? Two sentences chosen to answer the same question, from
different files, about the same named thing, giving numbers that share nothing: that is a
disagreement worth telling the reader about ("July 4–7" vs "11–13 July"; five vs 100 missiles).

Two sentences of one article are not two sources: different figures there are different facts
("400 killed and 3,600 wounded" next to "4,000 killed or wounded").
"""
from __future__ import annotations

from . import facts


def _figures(text: str) -> set[str]:
    # Years say when, not how many: two sentences naming different years rarely contradict.
    return {n for n in facts.numbers(text) if not (len(n) == 4 and n[:2] in {"19", "20"})}


def find_conflict(items: list[tuple[int, object, str]]) -> tuple[int, int] | None:
    """The first pair of citation numbers whose sentences, from different files, give different
    figures, if any. ``items`` are (citation number, which file, sentence)."""
    for i, (a, sa, ta) in enumerate(items):
        fa = _figures(ta)
        if not fa:
            continue
        for b, sb, tb in items[i + 1 :]:
            if b == a or sb == sa:
                continue
            fb = _figures(tb)
            if fb and not (fa & fb) and facts.names(ta) & facts.names(tb):
                return a, b
    return None
