"""An article's date is read from its head (``qa.metadata.dateline``) the same way every day."""
import datetime

import pytest

from qa import metadata, prepare


@pytest.mark.parametrize("head, language, date", [
    ("București, 2 noiembrie 2024", "ro", "2024-11-02"),
    ("Moscow, 12 July 2024", "en", "2024-07-12"),
    # dateparser reads «2025 m.» (Lithuanian for "the year 2025") as the time 20:25 of today in
    # year 1: no date, rather than "0001-12-03"
    ("Vilnius, 2025 m. birželio 3 d.", "lt", ""),
])
def test_a_datelines_date_is_the_one_written(head, language, date):
    assert metadata.dateline(head, language) == date


def test_the_preparation_signature_does_not_change_with_the_day(monkeypatch):
    """It did, at midnight: every stored file then looked prepared by other code and was indexed
    again (a fresh-clone CI run failed when its index was built before midnight and read after)."""
    import dateparser.search

    real = dateparser.search.search_dates
    signatures = set()
    for day in (datetime.datetime(2026, 12, 2, 23, 59), datetime.datetime(2027, 3, 1, 0, 1)):
        def on(day_text, *args, settings=None, _base=day, **kw):
            return real(day_text, *args, settings={**(settings or {}), "RELATIVE_BASE": _base}, **kw)
        monkeypatch.setattr(dateparser.search, "search_dates", on)
        prepare.signature.cache_clear()  # (computed once a process)
        signatures.add(prepare.signature())
    prepare.signature.cache_clear()
    assert len(signatures) == 1
