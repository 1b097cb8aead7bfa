"""How several probes for ``qa.retrieval.search``'s ``also`` are read together."""
import pytest

pytestmark = pytest.mark.unit


class S:
    def __init__(self, id):
        self.id = id


def test_every_probe_is_read_first_of_each_before_second_of_any():
    """An ordinal question that also asks which model reads both probes' sentences: each one's
    first comes before any one's second, so the search's cap leaves neither out."""
    from qa.answer import _together
    a = lambda best, rest: [S("a1"), S("a2")]
    b = lambda best, rest: [S("b1"), S("a1")]
    assert [s.id for s in _together(a, None, b)([], [])] == ["a1", "b1", "a2"]
    assert _together(None, None) is None
    assert _together(None, a) is a
