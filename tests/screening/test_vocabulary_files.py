"""The screening vocabularies moved from code into data files: each file is there, has
entries, and still does its work on a real name."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import names
from sanctionwatch.screening.script import data_lines
from sanctionwatch.screening.text import OBJECT, ORG, PERSON, name_form

# The words' own files, one entry a line (din_suffixes.txt: a spelling and a length).
_FILES = (
    "acronym_skips.txt",
    "arabic_name_words.txt",
    "din_bare.txt",
    "din_kin.txt",
    "din_suffixes.txt",
    "nasab_words.txt",
    "no_chain.txt",
    "patronymic_suffixes.txt",
    "vessel_prefixes.txt",
    "word_endings.txt",
)


@pytest.mark.parametrize("name", _FILES)
def test_vocabulary_file_has_lower_case_words(name: str) -> None:
    entries = data_lines(name)
    assert entries
    for entry in entries:
        word, *rest = entry.split()
        assert word.isascii() and word.isalpha() and word.islower(), entry
        assert all(n.isdigit() for n in rest), entry


def test_din_suffixes_longer_spelling_first() -> None:
    # The first spelling that ends a token wins: 'eddine' must come before 'edine'.
    suffixes = [line.split()[0] for line in data_lines("din_suffixes.txt")]
    for i, short in enumerate(suffixes):
        assert not any(long.endswith(short) for long in suffixes[i + 1 :] if long != short)


def test_vessel_prefix_says_what_not_which() -> None:
    assert name_form("LNG Azalea", OBJECT).tokens == ("azalea",)
    assert name_form("MV Ocean Star", OBJECT).tokens == ("ocean", "star")


def test_acronym_leaves_out_little_words() -> None:
    mira = name_form("MIRA", ORG)
    assert names.acronym(mira, name_form("Movement for Islamic Reform in Arabia", ORG)) > 0


def test_al_din_glued_bare_and_after_kin() -> None:
    assert name_form("Khaireddin", PERSON).tokens == ("khairdin",)
    assert name_form("Nouradine Ali", PERSON).tokens == ("nourdin", "ali")
    assert name_form("Claudine Martin", PERSON).tokens == ("claudine", "martin")
    assert name_form("Din Mohammad", PERSON).tokens == ("din", "muhammad")
    assert name_form("Ghulam Din", PERSON).tokens == ("ghulam", "din")  # a bare 'Din' apart
    # the son of Udin, not 'Rafi Binudin'
    assert name_form("Mohamad Rafi Bin Udin", PERSON).tokens[-2:] == ("bin", "din")


def test_arabic_word_is_no_korean_syllable() -> None:
    assert name_form("Nur Din Jong", PERSON).korean
    assert not name_form("Nur al Din Jong", PERSON).korean


def test_son_of_shows_the_given_name_first() -> None:
    assert name_form("HAMZA USAMA MUHAMMAD BIN LADEN", PERSON).given == 0
    assert name_form("HAMZA USAMA MUHAMMAD LADEN", PERSON).given is None


def test_son_of_is_no_chain_of_forebears() -> None:
    chain = name_form("Ahmed Ali Abdullah Al-Ahmar", PERSON)
    assert names._nasab_shared(chain, name_form("Ahmed Ali Abdullah Saleh", PERSON))
    ben = name_form("Mehdi ben Mohamed ben Mohamed Al-Kaddour", PERSON)
    assert not names._nasab_shared(ben, name_form("Mehdi ben Mohamed ben Mohamed Kammoun", PERSON))


def test_patronymic_is_no_cut_and_endings_make_a_family() -> None:
    assert not names._truncates("konstantin", "konstantinovich")
    assert names._truncates("konstantin", "konstantinos")
    assert names.word_family("financial", "finance")
    assert names.word_family("engineers", "engineering")
