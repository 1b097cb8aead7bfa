"""Bytes to text (qa.documents.decode): UTF-8 first, even with a stray byte; legacy code pages
only when the text is not UTF-8."""
from __future__ import annotations

from qa.documents import decode

RO = ("Ministrul rus de externe, Serghei Lavrov, s-a întâlnit sâmbătă cu liderul nord-coreean "
      "Kim Jong Un în orașul-port Wonsan, au anunțat agențiile de știri de stat.")


def test_utf8_with_one_stray_byte_stays_utf8_with_the_byte_replaced():
    data = RO.encode("utf-8")
    cut = data.index(b"Wonsan")
    text = decode(data[:cut] + b"\xff" + data[cut:])
    # Not read as a legacy code page ("Ã®" for "î" in every word): one replacement character.
    assert text == RO.replace("Wonsan", "\ufffdWonsan")


def test_a_latin1_file_is_still_read_as_latin1():
    french = "Le café de la gare était fermé à Noël : les élèves, déçus, sont allés à la crêperie."
    assert decode(french.encode("latin-1")) == french
