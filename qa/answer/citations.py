"""The citation checker: a generated answer keeps only the claims its sources support.

The answer is split into claims (sentences, and clauses joined by "and"/"but"; see
``qa.answer.claims``, which also says what "supported" means). For every claim and every
passage number it cites:

* a number outside the passage list is removed;
* a passage that supports the claim keeps its citation, quoting the sentence that does;
* a passage that does not loses the citation, or hands it to another passage that supports the
  claim; a claim that cites nothing gets the passage that supports it;
* a claim that no passage supports is removed from the answer, with the rest of its sentence;
  a claim with nothing to check ("The sources disagree.") stays.

Every change is recorded as a :class:`Check`, so the page can say what happened and why.
"""
from __future__ import annotations

import re

from ..kinds import classify
from ..records import Citation, Passage, Sentence
from ..sentences import split_spans
from . import claims as claimlib
from . import i18n
from .claims import MARKER, SUPPORT_MIN, Source, numbers_in  # noqa: F401  (re-exported)
from .types import Check, Claim

__all__ = ["Claim", "MARKER", "SUPPORT_MIN", "check", "parse"]


def parse(answer: str) -> list[Claim]:
    """Sentences of ``answer`` with the markers that belong to each (a marker opening a
    sentence belongs to the one before: "…in Wonsan. [2] Then…")."""
    out = []
    for raw, _ in claimlib.sentences(answer):
        text = " ".join(MARKER.sub("", raw).split())
        cited = numbers_in(raw)
        if text or cited:
            out.append(Claim(text, cited))
    return out


def check(
    answer: str, passages: list[Passage], embedder, sentences: list[list[Sentence]] | None = None,
    language: str | None = None, question: str = "", answers: set[str] | None = None,
) -> tuple[str, list[Citation], list[Check]]:
    """Verify ``answer``'s claims against ``passages`` (passage n is ``passages[n-1]``).

    ``sentences[i]`` are passage i's stored sentences with their vectors and kinds; passages
    given without them (hand-written ones in tests) are split, classified and embedded here.
    ``language`` is the answer's (it decides the words that join clauses and negate them),
    ``question`` what it answers (its names are not new claims), ``answers`` the figures the
    sources give for it, when known (see :func:`claims.support`). Returns the answer rewritten
    with only supported claims and citations (renumbered 1…m in order of appearance, one per
    supporting sentence), the citations, and what was changed.
    """
    checks: list[Check] = []
    sources = [Source(p, list(sentences[i]) if sentences and sentences[i] else []) for i, p in enumerate(passages)]
    _ensure_sentences(sources, embedder)
    clauses = claimlib.split(answer, language)
    whole = {c.sentence: " ".join(x.text for x in clauses if x.sentence == c.sentence) for c in clauses}
    kept: list[tuple[claimlib.Clause, list[tuple[int, int]]]] = []
    dropped_sentences: set[int] = set()
    removed = 0
    # A marker list after a sentence is every clause's ("A and B [2, 3]"): a wrong number in
    # it is reported, and counted, once per sentence.
    reported: set[tuple[int, int | None]] = set()

    def report(clause: claimlib.Clause, found: list[Check]) -> int:
        fresh = [c for c in found if c.kind != "removed_citation" or (clause.sentence, c.number) not in reported]
        reported.update((clause.sentence, c.number) for c in fresh if c.kind == "removed_citation")
        checks.extend(fresh)
        return sum(c.kind == "removed_citation" for c in fresh)

    said: set[str] = set()  # claims kept so far: a small model may say one thing three times
    for clause in clauses:
        if clause.sentence in dropped_sentences or not clause.text:
            continue
        key = claimlib.claim_key(clause.text)
        again = claimlib.repeats(key, said, clause.text)
        other = None if again else i18n.foreign(clause.text, language)
        if again or other:
            why = f"written in another language ({other}), not the answer's ({language})" if other else "said already"
            checks.append(Check("removed_claim", f"removed “{clause.text}”: {why}"))
            if whole[clause.sentence] == clause.text:
                dropped_sentences.add(clause.sentence)
            continue
        if clause.joiner and claimlib.echo(clause.text, question, sources):
            # The question said back beside a claim: it goes, the claim before it is judged alone
            # (whatever is left of the sentence still says what it said).
            checks.append(Check("removed_claim", f"removed “{clause.text}”: it only restates the question"))
            before = [c for c, _ in kept if c.sentence == clause.sentence]
            if before and whole[clause.sentence].endswith(clause.text) and not re.search(r"[.!?…]$", before[-1].text):
                before[-1].text += "."
            continue
        cited = list(dict.fromkeys(clause.cited))
        removed += report(clause, [Check("removed_citation", f"[{n}] removed: there is no passage {n}", n)
                                   for n in cited if not 1 <= n <= len(sources)])
        cited = [n for n in cited if 1 <= n <= len(sources)]
        if not cited and not claimlib.checkable(clause.text, language):
            kept.append((clause, []))  # framing: nothing in it to check
            said.add(key)
            continue
        vector = embedder.embed_query(clause.text)
        sims = [claimlib.similarities(vector, s) for s in sources]
        base = claimlib.baseline(sims)
        verdicts: dict[int, claimlib.Support] = {}

        def verdict(n: int) -> claimlib.Support:
            if n not in verdicts:
                verdicts[n] = claimlib.support(clause.text, sims[n - 1], sources[n - 1], language, question, base,
                                               answers, whole[clause.sentence])
            return verdicts[n]

        ok = [(n, verdict(n).index) for n in cited if verdict(n).ok]
        pending: list[Check] = []
        for n in cited:
            if verdict(n).ok:
                continue
            alt = _best_other(verdict, len(sources), exclude={m for m, _ in ok} | set(cited))
            if alt is not None:
                ok.append((alt, verdict(alt).index))
                pending.append(Check("reassigned_citation",
                                     f"[{n}] → [{alt}]: the claim is supported by passage {alt}, not {n}", n))
            else:
                pending.append(Check("removed_citation", f"[{n}] removed: {verdict(n).why}", n))
        if not cited:
            alt = _best_other(verdict, len(sources), exclude=set())
            if alt is not None:
                ok.append((alt, verdict(alt).index))
                pending.append(Check("added_citation", f"[{alt}] added: the claim cited nothing; passage {alt} supports it"))
        if ok:
            removed += report(clause, pending)
        else:
            reasons = list(dict.fromkeys(r for n in cited for r in verdict(n).why.split("; "))) or ["no passage supports it"]
            # The whole sentence goes: what is left of it may not say what it seems to ("… the
            # dialogue between Moscow." once "and Pyongyang was held in 2019" is cut off).
            gone = clause.text if whole[clause.sentence] == clause.text else f"{whole[clause.sentence]}” (“{clause.text}"
            checks.append(Check("removed_claim", f"removed “{gone}”: {'; '.join(reasons)}"))
            dropped_sentences.add(clause.sentence)
            continue
        kept.append((clause, ok))
        said.add(key)

    if removed > 1:
        checks.append(Check("notice", f"{removed} citations removed: not supported by their passage"))
    return _rewrite(kept, dropped_sentences, sources) + (checks,)


def _rewrite(kept, dropped: set[int], sources: list[Source]) -> tuple[str, list[Citation]]:
    """The answer from the kept clauses of its kept sentences, with citations renumbered in
    order of appearance."""
    order: dict[tuple[int, int], int] = {}
    citations: list[Citation] = []
    out: list[str] = []
    by_sentence: dict[int, list] = {}
    for clause, ok in kept:
        if clause.sentence not in dropped:
            by_sentence.setdefault(clause.sentence, []).append((clause, ok))
    for parts in by_sentence.values():
        marks = []
        for _, ok in parts:
            m = ""
            for n, idx in ok:
                if (n, idx) not in order:
                    order[(n, idx)] = len(order) + 1
                    s = sources[n - 1]
                    citations.append(Citation.cite(order[(n, idx)], s.passage, s.sentences[idx] if s.sentences else None))
                m += f"[{order[(n, idx)]}]"
            marks.append(m)
        text = ""
        for k, (clause, _) in enumerate(parts):
            text += (clause.joiner if k else "") + clause.text
            if marks[k] and (k == len(parts) - 1 or marks[k] != marks[k + 1]):
                text += " " + marks[k]  # once for clauses that cite alike: "A and B [1]"
        out.append(text.strip())
    return " ".join(out), citations


def _best_other(verdict, count: int, exclude: set[int]) -> int | None:
    """The supporting passage closest in meaning to the claim, other than ``exclude``."""
    good = [(verdict(n).sim, -n, n) for n in range(1, count + 1) if n not in exclude and verdict(n).ok]
    return max(good)[2] if good else None


def _ensure_sentences(sources: list[Source], embedder) -> None:
    """Sentences (with vectors and kinds) for passages given without them: hand-written
    passages in tests."""
    for s in sources:
        if s.sentences:
            continue
        p = s.passage
        spans = split_spans(p.text)
        texts = [p.text[a:b] for a, b in spans]
        vecs = embedder.embed_passages(texts) if texts else []
        lines = {line.strip() for line in p.text.splitlines()}
        s.sentences = [
            Sentence(source=p.source, language=p.language, root=p.root, text=t, start=p.start + a,
                     end=p.start + b, sha256=p.sha256, chunk_id=p.chunk_id, vector=v,
                     kind=classify(t, whole_line=t.strip() in lines))
            for (a, b), t, v in zip(spans, texts, vecs)]
