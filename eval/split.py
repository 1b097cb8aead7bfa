#!/usr/bin/env python3
"""Split the held-out question sets into `tune` and `check` halves, deterministically.

    python3 eval/split.py             # from the project root; rewrites the four halves

Reads eval/source/{bundled,xquad,short,fresh,blind,blindx,blind2,blind2x,blind3,blind3x,blind4,blind4x,blind5,blind5x,blind6,blind6x,blind7,blind7x,blind8,blind8x,blind9,blind9x,blind10,blind10x,blind11,blind11x,blind12,blind12x,blind13,blind13x,blind14,blind14x,blind15,blind15x,blind16,blind16x,blind17,blind17x,blind18,blind18x,blind19,blind19x,blind20,blind20x,blind21,blind21x,blind22,blind22x,blind23,blind23x,blind24,blind24x,blind25,blind25x,blind26,blind26x,blind27,blind27x,blind28,blind28x,blind29,blind29x,blind30,blind30x,blind31,blind31x,blind32,blind32x,blind33,blind33x,blind34,blind34x,blind35,blind35x,blind36,blind36x,blind37,blind37x,blind38,blind38x,blind39,blind39x,blind40,blind40x,blind41,blind41x,blind42,blind42x,blind43,blind43x,blind44,blind44x,blind45,blind45x,blind46,blind46x,blind47,blind47x,blind48,blind48x,blind49,blind49x,blind50,blind50x,blind51,blind51x,blind52,blind52x,blind53,blind53x,blind54,blind54x,blind55,blind55x,blind56,blind56x,blind57,blind57x,blind58,blind58x,blind59,blind59x,blind60,blind60x,blind61,blind61x,blind62,blind62x,blind63,blind63x,blind64,blind64x,blind65,blind65x,blind66,blind66x,blind67,blind67x,blind68,blind68x,blind69,blind69x,blind70,blind70x,blind71,blind71x,blind72,blind72x,blind73,blind73x,blind74,blind74x,blind75,blind75x,blind76,blind76x,blind77,blind77x,blind78,blind78x,blind79,blind79x,blind80,blind80x,blind81,blind81x,blind82,blind82x,blind83,blind83x,blind84,blind84x,blind85,blind85x,blind86,blind86x,blind87,blind87x,blind88,blind88x,blind89,blind89x}.jsonl and writes eval/{…}-{tune,check}.jsonl.
Stratified, per corpus: each kind is shuffled with a fixed seed and dealt alternately into the
two halves (so every kind is split to within one question; the alternation carries over from
one kind to the next, so the halves differ in size by at most one); then same-kind pairs are
swapped across the halves, in a fixed order, for as long as a swap evens out the languages.
Same input, same output, every time.
"""
from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20250711
HERE = Path(__file__).resolve().parent


def imbalance(halves: tuple[list[dict], list[dict]]) -> int:
    """How unevenly the languages (and language-within-kind) fall into the two halves."""
    c = [Counter(), Counter()]
    for h, rows in enumerate(halves):
        for it in rows:
            c[h].update([("lang", it["lang"]), ("kl", it["kind"], it["lang"])])
    return sum(2 * abs(c[0][k] - c[1][k]) if k[0] == "lang" else abs(c[0][k] - c[1][k])
               for k in set(c[0]) | set(c[1]))


def split(items: list[dict], rng: random.Random) -> tuple[list[dict], list[dict]]:
    # 1. deal each kind alternately, in a seeded random order: kinds split to within one
    halves: tuple[list[dict], list[dict]] = ([], [])
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for it in sorted(items, key=lambda it: it["id"]):
        by_kind[it["kind"]].append(it)
    turn = rng.randrange(2)
    for kind in sorted(by_kind):
        rows = by_kind[kind]
        rng.shuffle(rows)
        for it in rows:
            halves[turn].append(it)
            turn ^= 1
    # 2. swap same-kind pairs across the halves while that evens out the languages
    improved = True
    while improved:
        improved = False
        best = imbalance(halves)
        for i, a in enumerate(halves[0]):
            for j, b in enumerate(halves[1]):
                if a["kind"] != b["kind"] or a["lang"] == b["lang"]:
                    continue
                halves[0][i], halves[1][j] = b, a
                score = imbalance(halves)
                if score < best:
                    best, improved = score, True
                    a = b  # halves[0][i] is now b
                else:
                    halves[0][i], halves[1][j] = a, b
    return tuple(sorted(h, key=lambda it: it["id"]) for h in halves)  # type: ignore[return-value]


def main() -> None:
    rng = random.Random(SEED)
    for corpus in ("bundled", "xquad", "short", "fresh", "blind", "blindx", "blind2", "blind2x", "blind3", "blind3x", "blind4", "blind4x", "blind5", "blind5x", "blind6", "blind6x", "blind7", "blind7x", "blind8", "blind8x", "blind9", "blind9x", "blind10", "blind10x", "blind11", "blind11x", "blind12", "blind12x", "blind13", "blind13x", "blind14", "blind14x", "blind15", "blind15x", "blind16", "blind16x", "blind17", "blind17x", "blind18", "blind18x", "blind19", "blind19x", "blind20", "blind20x", "blind21", "blind21x", "blind22", "blind22x", "blind23", "blind23x", "blind24", "blind24x", "blind25", "blind25x", "blind26", "blind26x", "blind27", "blind27x", "blind28", "blind28x", "blind29", "blind29x", "blind30", "blind30x", "blind31", "blind31x", "blind32", "blind32x", "blind33", "blind33x", "blind34", "blind34x", "blind35", "blind35x", "blind36", "blind36x", "blind37", "blind37x", "blind38", "blind38x", "blind39", "blind39x", "blind40", "blind40x", "blind41", "blind41x", "blind42", "blind42x", "blind43", "blind43x", "blind44", "blind44x", "blind45", "blind45x", "blind46", "blind46x", "blind47", "blind47x", "blind48", "blind48x", "blind49", "blind49x", "blind50", "blind50x", "blind51", "blind51x", "blind52", "blind52x", "blind53", "blind53x", "blind54", "blind54x", "blind55", "blind55x", "blind56", "blind56x", "blind57", "blind57x", "blind58", "blind58x", "blind59", "blind59x", "blind60", "blind60x", "blind61", "blind61x", "blind62", "blind62x", "blind63", "blind63x", "blind64", "blind64x", "blind65", "blind65x", "blind66", "blind66x", "blind67", "blind67x", "blind68", "blind68x", "blind69", "blind69x", "blind70", "blind70x", "blind71", "blind71x", "blind72", "blind72x", "blind73", "blind73x", "blind74", "blind74x", "blind75", "blind75x", "blind76", "blind76x", "blind77", "blind77x", "blind78", "blind78x", "blind79", "blind79x", "blind80", "blind80x", "blind81", "blind81x", "blind82", "blind82x", "blind83", "blind83x", "blind84", "blind84x", "blind85", "blind85x", "blind86", "blind86x", "blind87", "blind87x", "blind88", "blind88x", "blind89", "blind89x"):  # in this order: each takes the next draws
        src = HERE / "source" / f"{corpus}.jsonl"
        items = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
        tune, check = split(items, rng)
        for name, rows in (("tune", tune), ("check", check)):
            out = HERE / f"{corpus}-{name}.jsonl"
            out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in rows), encoding="utf-8")
            print(f"{out.relative_to(HERE.parent)}: {len(rows)}")


if __name__ == "__main__":
    main()
