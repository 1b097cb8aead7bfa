#!/usr/bin/env python3
"""Write ``qa/answer/places.json``: every country's and time-zone city's name in the eighteen
languages the answers are read in, and in European Portuguese («Irão», «Moscovo» beside Brazilian
«Irã», «Moscou»), from the Unicode CLDR as Babel ships it.

    pip install babel && python tools/places.py      # from the project root

The file is package data, so the product needs no Babel at run time (``qa.answer.names`` reads
it at import: «Varsovie», «Warschau», «Varšuva» are one city). Written with Babel 2.19.0 (CLDR
46); run again after a Babel upgrade and review the difference.
"""
from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

LANGUAGES = "en de fr es it pt pt_PT ro nl pl lt ru el ar hi tr th vi zh".split()
OUT = Path(__file__).resolve().parent.parent / "qa" / "answer" / "places.json"


# Codes of the CLDR's territories that are no country (the EU, the UN, unknown, pseudo-locales).
NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}


def main() -> None:
    locales = [Locale.parse(code) for code in LANGUAGES]
    zones = {zone for locale in locales for zone in locale.time_zones if not zone.startswith("Etc/")}
    english = {name: code for code, name in Locale.parse("en").territories.items()}
    places: dict[str, set[str]] = {}
    for locale in locales:
        for code, name in locale.territories.items():
            if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES:  # not regions ("001")
                places.setdefault(code, set()).add(name)
        for zone in zones:
            city = zone.split("/")[-1].replace("_", " ")  # English, where the CLDR gives none
            if city.startswith(("GMT", "UTC")):
                continue
            # A city named as its country (Kuwait, Singapore, Monaco) is one place with it.
            place = english[city] if english.get(city, "") not in ("", *NOT_COUNTRIES) else city
            places.setdefault(place, {city}).add(locale.time_zones.get(zone, {}).get("city") or city)
    OUT.write_text(json.dumps({k: sorted(v) for k, v in sorted(places.items())}, ensure_ascii=False, indent=0)
                   + "\n", encoding="utf-8")
    print(f"{OUT}: {len(places)} places, {sum(map(len, places.values()))} names")


if __name__ == "__main__":
    main()
