#!/usr/bin/env python3
"""Check the held-out question sets: format, consistency, and that every fact regex of a
fact/conflict question matches the text of at least one of its gold files.

    python3 eval/validate.py          # from the project root; exits 1 on any error

Text is normalised exactly as ../shared/eval/score.py does (thousands separators removed,
lower-cased). Prints counts per corpus / half / kind / language.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPORA = {
    "bundled": ROOT / "data" / "articles",
    "xquad": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "short": ROOT / "data" / "articles",  # short chat-style questions on the bundled articles
    "fresh": ROOT / "data" / "articles",  # written after session 9's changes, to measure them blind
    "blind": ROOT / "data" / "articles",  # written in session 14 from the articles alone
    "blindx": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind2": ROOT / "data" / "articles",  # written in session 15 the same way, by another helper
    "blind2x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind3": ROOT / "data" / "articles",  # written in session 16 the same way, by another helper
    "blind3x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind4": ROOT / "data" / "articles",  # written in session 18 the same way, by another helper
    "blind4x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind5": ROOT / "data" / "articles",  # written in session 19 the same way, by another helper
    "blind5x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind6": ROOT / "data" / "articles",  # written in session 20 the same way, by another helper
    "blind6x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind7": ROOT / "data" / "articles",  # written late in session 20 the same way, by another helper
    "blind7x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind8": ROOT / "data" / "articles",  # written in session 21 the same way, by another helper
    "blind8x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind9": ROOT / "data" / "articles",  # written in session 21 at the same time, by a tenth helper
    "blind9x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind10": ROOT / "data" / "articles",  # written in session 22 at the same time, by an eleventh helper
    "blind10x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",  # … and from the XQuAD files
    "blind11": ROOT / "data" / "articles",  # … and by a twelfth, neither seeing the other's file
    "blind11x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind12": ROOT / "data" / "articles",  # written in session 23 at the same time, by a thirteenth helper
    "blind12x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind13": ROOT / "data" / "articles",  # … and by a fourteenth, neither seeing the other's file
    "blind13x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind14": ROOT / "data" / "articles",  # written in session 24 by a fifteenth helper
    "blind14x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind15": ROOT / "data" / "articles",  # … and by a sixteenth, neither seeing the other's file
    "blind15x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind16": ROOT / "data" / "articles",  # session 26, by a seventeenth helper
    "blind16x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind17": ROOT / "data" / "articles",  # … and by an eighteenth, neither seeing the other's file
    "blind17x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind18": ROOT / "data" / "articles",  # session 27, by a nineteenth helper
    "blind18x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind19": ROOT / "data" / "articles",  # … and by a twentieth, neither seeing the other's file
    "blind19x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind20": ROOT / "data" / "articles",  # late in session 27, by a twenty-first helper
    "blind20x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind21": ROOT / "data" / "articles",  # … and by a twenty-second, neither seeing the other's file
    "blind21x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind22": ROOT / "data" / "articles",  # session 28, by a twenty-third helper
    "blind22x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind23": ROOT / "data" / "articles",  # … and by a twenty-fourth, neither seeing the other's file
    "blind23x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind24": ROOT / "data" / "articles",  # session 29: two more, written blind at the same time by two helpers
    "blind24x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind25": ROOT / "data" / "articles",
    "blind25x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind26": ROOT / "data" / "articles",  # session 30: two more, written blind at the same time by two helpers
    "blind26x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind27": ROOT / "data" / "articles",
    "blind27x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind28": ROOT / "data" / "articles",
    "blind28x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind29": ROOT / "data" / "articles",
    "blind29x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind30": ROOT / "data" / "articles",
    "blind30x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind31": ROOT / "data" / "articles",
    "blind31x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind32": ROOT / "data" / "articles",  # written in session 33 at the same time, by a thirty-third helper
    "blind32x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind33": ROOT / "data" / "articles",  # … and by a thirty-fourth, neither seeing the other's file
    "blind33x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind34": ROOT / "data" / "articles",  # written in session 34 at the same time, by a thirty-fifth helper
    "blind34x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind35": ROOT / "data" / "articles",  # … and by a thirty-sixth, neither seeing the other's file
    "blind35x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind36": ROOT / "data" / "articles",  # written in session 35 at the same time, by a thirty-seventh helper
    "blind36x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind37": ROOT / "data" / "articles",  # … and by a thirty-eighth, neither seeing the other's file
    "blind37x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind38": ROOT / "data" / "articles",  # written in session 36 at the same time, by a thirty-ninth helper
    "blind38x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind39": ROOT / "data" / "articles",  # … and by a fortieth, neither seeing the other's file
    "blind39x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind40": ROOT / "data" / "articles",  # written in session 37 at the same time, by a forty-first helper
    "blind40x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind41": ROOT / "data" / "articles",  # … and by a forty-second, neither seeing the other's file
    "blind41x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind42": ROOT / "data" / "articles",  # written in session 38 at the same time, by a forty-third helper
    "blind42x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind43": ROOT / "data" / "articles",  # … and by a forty-fourth, neither seeing the other's file
    "blind43x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind44": ROOT / "data" / "articles",  # written in session 40 at the same time, by a forty-fifth helper
    "blind44x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind45": ROOT / "data" / "articles",  # … and by a forty-sixth, neither seeing the other's file
    "blind45x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind46": ROOT / "data" / "articles",  # written in session 41 at the same time, by a forty-seventh helper
    "blind46x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind47": ROOT / "data" / "articles",  # … and by a forty-eighth, neither seeing the other's file
    "blind47x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind48": ROOT / "data" / "articles",  # written in session 42 at the same time, by a forty-ninth helper
    "blind48x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind49": ROOT / "data" / "articles",  # … and by a fiftieth, neither seeing the other's file
    "blind49x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind50": ROOT / "data" / "articles",  # written in session 43 at the same time, by a fifty-first helper
    "blind50x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind51": ROOT / "data" / "articles",  # … and by a fifty-second, neither seeing the other's file
    "blind51x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind52": ROOT / "data" / "articles",  # written in session 44 at the same time, by a fifty-third helper
    "blind52x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind53": ROOT / "data" / "articles",  # … and by a fifty-fourth, neither seeing the other's file
    "blind53x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind54": ROOT / "data" / "articles",  # written in session 45 at the same time, by a fifty-fifth helper
    "blind54x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind55": ROOT / "data" / "articles",  # … and by a fifty-sixth, neither seeing the other's file
    "blind55x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind56": ROOT / "data" / "articles",  # written in session 46 by a fifty-seventh helper
    "blind56x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind57": ROOT / "data" / "articles",  # … and by a fifty-eighth, neither seeing the other's file
    "blind57x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind58": ROOT / "data" / "articles",  # session 47: a fifty-ninth helper, blind
    "blind58x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind59": ROOT / "data" / "articles",  # … and a sixtieth, neither seeing the other's file
    "blind59x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind60": ROOT / "data" / "articles",  # session 48: a sixty-first helper, blind
    "blind60x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind61": ROOT / "data" / "articles",  # … and a sixty-second, neither seeing the other's file
    "blind61x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind62": ROOT / "data" / "articles",  # session 49: a sixty-third helper …
    "blind62x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind63": ROOT / "data" / "articles",  # … and a sixty-fourth, neither seeing the other's file
    "blind63x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind64": ROOT / "data" / "articles",  # session 50: a sixty-fifth helper's …
    "blind64x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind65": ROOT / "data" / "articles",  # … and a sixty-sixth, neither seeing the other's file
    "blind65x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind66": ROOT / "data" / "articles",  # session 51: a sixty-seventh helper's …
    "blind66x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind67": ROOT / "data" / "articles",  # … and a sixty-eighth, neither seeing the other's file
    "blind67x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind68": ROOT / "data" / "articles",  # session 52: a sixty-ninth helper's …
    "blind68x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind69": ROOT / "data" / "articles",  # … and a seventieth, neither seeing the other's file
    "blind69x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind70": ROOT / "data" / "articles",  # session 53: a seventy-first helper's …
    "blind70x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind71": ROOT / "data" / "articles",  # … and a seventy-second, neither seeing the other's file
    "blind71x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind72": ROOT / "data" / "articles",  # session 54: a seventy-third helper's …
    "blind72x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind73": ROOT / "data" / "articles",  # … and a seventy-fourth, neither seeing the other's file
    "blind73x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind74": ROOT / "data" / "articles",  # session 55: a seventy-fifth helper …
    "blind74x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind75": ROOT / "data" / "articles",  # … and a seventy-sixth, neither seeing the other's file
    "blind75x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind76": ROOT / "data" / "articles",  # session 56: a seventy-seventh helper …
    "blind76x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind77": ROOT / "data" / "articles",  # … and a seventy-eighth, neither seeing the other's file
    "blind77x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind78": ROOT / "data" / "articles",  # session 57: a seventy-ninth helper …
    "blind78x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind79": ROOT / "data" / "articles",  # … and an eightieth, neither seeing the other's file
    "blind79x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind80": ROOT / "data" / "articles",  # session 58: an eighty-first helper (a third chatty, with context first) …
    "blind80x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind81": ROOT / "data" / "articles",  # … and an eighty-second (a third naming nothing by its name), neither seeing the other's file
    "blind81x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind82": ROOT / "data" / "articles",  # session 59: an eighty-third helper (a third checking a half-remembered value) …
    "blind82x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind83": ROOT / "data" / "articles",  # … and an eighty-fourth (a third code-switched), neither seeing the other's file
    "blind83x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind84": ROOT / "data" / "articles",  # session 60: an eighty-fifth helper (a third naming a source or speaker) …
    "blind84x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind85": ROOT / "data" / "articles",  # … and an eighty-sixth (a third spelling names the asker's way), neither seeing the other's file
    "blind85x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind86": ROOT / "data" / "articles",  # session 61: an eighty-seventh helper (a third offering either/or guesses) …
    "blind86x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind87": ROOT / "data" / "articles",  # … and an eighty-eighth (a third wrapping the ask in remembered context), neither seeing the other's file
    "blind87x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind88": ROOT / "data" / "articles",  # session 62: an eighty-ninth helper (a third asking at another granularity or unit) …
    "blind88x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
    "blind89": ROOT / "data" / "articles",  # … and a ninetieth (a third pointing by order or relation), neither seeing the other's file
    "blind89x": ROOT.parent / "shared" / "eval" / "xquad-dev" / "corpus",
}
THOUSANDS = re.compile(r"(?<=\d)[.,\u00a0\u202f ](?=\d{3}(?!\d))")  # as score.py
KINDS = {"fact", "conflict", "unanswerable"}
KEYS = {"id", "lang", "kind", "question", "gold", "facts"}


def normalise(text: str) -> str:
    return THOUSANDS.sub("", text or "").lower()


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    all_items: list[tuple[str, str, dict]] = []
    for corpus, folder in CORPORA.items():
        texts = {p.name.split("_")[0]: normalise(p.read_text(encoding="utf-8"))
                 for p in sorted(folder.glob("*.txt"))}
        source_ids = {it["id"] for it in load(HERE / "source" / f"{corpus}.jsonl")}
        half_ids: list[str] = []
        for half in ("tune", "check"):
            path = HERE / f"{corpus}-{half}.jsonl"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                where = f"{path.name}:{n}"
                try:
                    it = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: bad JSON ({e})")
                    continue
                if set(it) != KEYS:
                    errors.append(f"{where}: keys {sorted(it)}")
                    continue
                half_ids.append(it["id"])
                all_items.append((corpus, half, it))
                kind, gold, facts = it["kind"], it["gold"], it["facts"]
                if kind not in KINDS:
                    errors.append(f"{where}: kind {kind!r}")
                if not it["question"].strip() or not re.fullmatch(r"[a-z]{2}", it["lang"]):
                    errors.append(f"{where}: empty question or bad lang")
                if kind == "unanswerable":
                    if gold or facts:
                        errors.append(f"{where}: unanswerable with gold/facts")
                    continue
                if not gold or not facts:
                    errors.append(f"{where}: {kind} without gold or facts")
                    continue
                if kind == "conflict" and len(gold) < 2:
                    errors.append(f"{where}: conflict with one gold file")
                for g in gold:
                    if g not in texts:
                        errors.append(f"{where}: gold {g} not in {folder}")
                for f in facts:
                    try:
                        rx = re.compile(f)
                    except re.error as e:
                        errors.append(f"{where}: bad regex {f!r} ({e})")
                        continue
                    if not any(rx.search(texts.get(g, "")) for g in gold):
                        errors.append(f"{where} {it['id']}: fact {f!r} matches no gold file")
                    if rx.search(""):
                        errors.append(f"{where}: fact {f!r} matches the empty string")
                hits = [g for g in gold if all(re.search(f, texts.get(g, "")) for f in facts)]
                if kind == "fact" and not hits:
                    warnings.append(f"{it['id']}: no single gold file matches all facts")
                if kind == "conflict" and hits:
                    warnings.append(f"{it['id']}: conflict facts all found in one file {hits}")
                for g in set(texts) - set(gold):  # a non-gold file that also carries every fact
                    if all(re.search(f, texts[g]) for f in facts):
                        warnings.append(f"{it['id']}: non-gold {g} matches every fact (check gold)")
        dup = [i for i, c in Counter(half_ids).items() if c > 1]
        if dup:
            errors.append(f"{corpus}: ids in both halves or repeated: {dup}")
        if set(half_ids) != source_ids:
            errors.append(f"{corpus}: halves != source ({len(half_ids)} vs {len(source_ids)})")

    # counts
    print(f"{len(all_items)} questions")
    for corpus in CORPORA:
        for half in ("tune", "check"):
            rows = [it for c, h, it in all_items if c == corpus and h == half]
            kinds = Counter(it["kind"] for it in rows)
            langs = Counter(it["lang"] for it in rows)
            print(f"  {corpus:7} {half:5} {len(rows):3}  kinds {dict(sorted(kinds.items()))}  "
                  f"langs {dict(sorted(langs.items()))}")
    langs = Counter(it["lang"] for _, _, it in all_items)
    kinds = Counter(it["kind"] for _, _, it in all_items)
    print("  kinds:", dict(sorted(kinds.items())))
    print("  langs:", dict(sorted(langs.items(), key=lambda kv: -kv[1])))
    en_share = langs.get("en", 0) / max(1, len(all_items))
    print(f"  English share: {en_share:.0%}")
    if sum(n >= 6 for n in langs.values()) < 8:  # a few questions in one more language are welcome
        errors.append("fewer than 8 languages with 6 questions or more")
    if en_share > 0.35:
        errors.append("English above 35 %")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
