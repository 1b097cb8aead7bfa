#!/usr/bin/env python3
"""Write ``qa/answer/places.json``: every country's and time-zone city's name in the eighteen
languages the answers are read in, from the Unicode CLDR as Babel ships it.

    pip install babel && python tools/places.py      # from the project root

The file is package data, so the product needs no Babel at run time (``qa.answer.names`` reads
it at import: «Varsovie», «Warschau», «Varšuva» are one city). Run again after a Babel upgrade.
"""
from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

LANGUAGES = "en de fr es it pt ro nl pl lt ru el ar hi tr th vi zh".split()
OUT = Path(__file__).resolve().parent.parent / "qa" / "answer" / "places.json"


def main() -> None:
    locales = [Locale.parse(code) for code in LANGUAGES]
    zones = set().union(*(locale.time_zones for locale in locales))
    places: dict[str, set[str]] = {}
    for locale in locales:
        for code, name in locale.territories.items():
            if len(code) == 2 and code.isalpha():  # countries, not regions ("001", "150")
                places.setdefault(code, set()).add(name)
        for zone in zones:
            city = zone.split("/")[-1].replace("_", " ")  # English, where the CLDR gives none
            if not city.startswith(("GMT", "UTC")):
                places.setdefault(city, {city}).add(locale.time_zones.get(zone, {}).get("city") or city)
    OUT.write_text(json.dumps({k: sorted(v) for k, v in sorted(places.items())}, ensure_ascii=False, indent=0)
                   + "\n", encoding="utf-8")
    print(f"{OUT}: {len(places)} places, {sum(map(len, places.values()))} names")


if __name__ == "__main__":
    main()
