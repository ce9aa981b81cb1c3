"""Legal-form words written without their vowels ('LMTD', 'CMPNY', 'PBLC'), as hasty
registers and the vowel-dropping bench class write them, or with a letter doubled and
another changed ('LINITTED'), are read as the legal form, not left in the name. The names
are made up for these tests."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD
from sanctionwatch.screening.text import _legal_spelling, name_form
from tests.screening.helpers import both_ways


@pytest.mark.parametrize(
    ("written", "full"),
    [
        ("LIMITED LIABILITY CMPNY KESTREL", "LIMITED LIABILITY COMPANY KESTREL"),
        ("KESTREL LMTD", "KESTREL LIMITED"),
        ("PBLC JOINT STOCK CMPNY VOLGOTRANS", "PUBLIC JOINT STOCK COMPANY VOLGOTRANS"),
    ],
)
def test_devowelled_legal_words_are_the_legal_form(written: str, full: str) -> None:
    assert name_form(written, "org").tokens == name_form(full, "org").tokens
    assert both_ways(written, full, "Organization") >= THRESHOLD


def test_only_a_legal_words_own_consonants_read_so() -> None:
    assert _legal_spelling("lmtd") == "limited"  # 'limitada' too: the shorter
    assert _legal_spelling("cmpny") == "company"
    # A name of consonants that is no legal word stays ('Mkrtchyan' is a surname).
    assert _legal_spelling("mkrtch") == "mkrtch"
    assert name_form("KSTRL HOLDING", "org").tokens[0] == "kstrl"


def test_a_legal_word_with_a_letter_doubled_and_another_changed() -> None:
    # Two typos, one of them a doubled letter: 'LINITTED' is 'limited' once the run of
    # 't' is read as one ('linited', one edit); a name with a doubled letter stays.
    assert _legal_spelling("linitted") == "limited"
    assert _legal_spelling("commpamy") == "company"
    assert _legal_spelling("mohammmed") == "mohammmed"
    assert name_form("KESTREL LINITTED", "org").tokens == ("kestrel",)
    assert both_ways("KESTREL LINITTED", "KESTREL LIMITED", "Organization") >= THRESHOLD
