"""Spellings of one name that normalisation must bring together, and some it must not."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import name_form, to_ascii


@pytest.mark.parametrize(
    ("german", "listed"),
    [
        # Russian names as German writes them (Duden), against the lists' BGN-style forms.
        ("Sergej Fjodorowitsch Chomjakow", "Sergey Fedorovich KHOMYAKOV"),
        ("Galina Anatoljewna Pjatych", "Galina Anatolyevna PIATYKH"),
        ("Ruslan Chadschismelowitsch Zalikow", "Ruslan Khadzhismelovich TSALIKOV"),
        ("Maria Aleksejewna Lwowa-Belowa", "Maria Alekseevna LVOVA-BELOVA"),
    ],
)
def test_russian_in_german_spelling_meets_the_listed_form(german: str, listed: str) -> None:
    result = score(Query(names=[german], schema="Person"), Query(names=[listed], schema="Person"))
    assert result.score >= THRESHOLD, result


@pytest.mark.parametrize(
    "name",
    # German habits alone, or German names: read as they are written.
    [
        "Michael Schumacher",
        "Boris Becker",
        "Fritz Vossberg",
        "Zoran Bjelica",
        "Deutsche Gesellschaft",
    ],
)
def test_names_without_russian_german_marks_keep_their_spelling(name: str) -> None:
    assert to_ascii(name) == name.casefold()


def test_korean_in_is_not_un() -> None:
    # 인 'In' and 은 'Un' are two syllables; the Russian-style 'Ын' is still 'un'.
    assert name_form("Pak In Su", "person").tokens == ("pak", "in", "su")
    assert name_form("Ким Чен Ын", "person").tokens == name_form("Kim Jong Un", "person").tokens


@pytest.mark.parametrize(
    ("apart", "joined"),
    [
        ("عبد الرحمن ولد العامر", "عبدالرحمن ولد العامر"),  # Abd al-Rahman: one name
        ("عیسی زارع پور", "عیسی زارع\u200cپور"),  # Zarepour: the suffix is no word of its own
        ("محمد اسحاق آخوند زاده", "محمد اسحاق آخوندزاده"),  # Akhundzada
    ],
)
def test_arabic_script_compounds_written_apart(apart: str, joined: str) -> None:
    assert name_form(apart, "person").tokens == name_form(joined, "person").tokens


def test_han_read_as_words() -> None:
    # pypinyin's phrase table: 佛 is 'fo' in Foshan, 重 is 'chong' in Chongqing.
    assert to_ascii("佛山").split() == ["fo", "shan"]
    assert to_ascii("重庆").split() == ["chong", "qing"]
    assert to_ascii("김정은").split() == ["gim", "jeong", "eun"]  # Hangul: one a syllable


def test_invisible_characters_inside_a_legal_form() -> None:
    # A word joiner and a zero-width non-joiner: 'L\u200cIMITED' is still 'LIMITED'.
    hidden = name_form("KALLIO\u2060PE L\u200cIMITED", "org")
    assert hidden.tokens == name_form("KALLIOPE LIMITED", "org").tokens == ("kalliope",)


def test_vessel_type_prefixes_and_call_signs() -> None:
    lng = Query(names=["LNG Azalea"], schema="Vessel")
    assert [f.tokens for f in lng.forms] == [("azalea",)]
    assert score(lng, Query(names=["AZALEA"], schema="Vessel")).score >= THRESHOLD
    assert [f.tokens for f in Query(names=["LNG"], schema="Vessel").forms] == [("lng",)]
    signed = Query(names=["Ocean Star (call sign 9HA1234)"], schema="Vessel")
    assert [f.tokens for f in signed.forms] == [("ocean", "star")]
    assert signed.identifier_set == {"9HA1234"}
    listed = Query(names=["OCEAN STAR"], schema="Vessel", identifiers=["9HA-1234"])
    features = {f.name for f in score(signed, listed).features}
    assert "identifier_match" in features


@pytest.mark.parametrize(
    ("typed", "listed", "expected"),
    [
        # Two typos in one long word, the rest of the name as listed.
        ("GONZALEZ COUDEERO Mayra Gisel", "GONZALEZ CORDERO, Mayra Gisel", True),
        ("Alexandra Gennadyevna HZUROVA", "Alexandra Gennadyevna ZHUKOVA", True),
        # ... but not with only one other word to confirm it, nor in a six-letter word,
        # where two letters make another name.
        ("KIRVEST Aleksandr", "KRIVETS Aleksandr", False),
        ("Viktor Alekseevich ZHUKOV", "Viktor Alekseevich ZUBKOV", False),
        # A letter dropped from the middle of a short single-word name.
        ("BUAN", "BURAN", True),
    ],
)
def test_typos(typed: str, listed: str, expected: bool) -> None:
    schema = "Vessel" if typed == "BUAN" else "Person"
    result = score(Query(names=[typed], schema=schema), Query(names=[listed], schema=schema))
    assert (result.score >= THRESHOLD) is expected, result
