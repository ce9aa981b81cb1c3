"""Issue 10, twenty-seventh pass. Persons' names in Han that are no Mandarin-read Chinese
names: a Korean name in Hanja read in Sino-Korean (`data/hanja_korean.txt`, '金铁三' KIM
CHOL SAM, the UN list's own pair), a Burmese name as Chinese writes it
(`data/han_burmese.txt`, '敏昂莱' Min Aung Hlaing), a foreign name without a middle dot
whose characters look transcribed (`data/han_transcription_marks.txt`). The Han forms but
'金铁三' are written here as Chinese media write these listed persons' names; the Latin
names are the lists' own."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD
from sanctionwatch.screening.script import burmese_han, foreign_han, korean_han
from tests.screening.test_pass27_han_foreign import _person


@pytest.mark.parametrize(
    ("han", "reading"),
    [
        ("金铁三", "gim cheol sam"),  # '金' as a surname 김, '铁' the simplified '鐵' 철
        ("李万建", "ri man geon"),  # '李' 리: the North's 'r', not the South's '이'
        ("朴永植", "bak yeong sik"),
        ("南宫民秀", "namgung min su"),  # a surname of two characters
        ("钟明", "jong myeong"),  # a given name of one syllable (pass 28: read too)
    ],
)
def test_a_name_in_hanja_is_read_in_sino_korean(han: str, reading: str | None) -> None:
    assert korean_han(han) == reading


def test_a_burmese_name_in_han_is_read_in_each_spelling() -> None:
    assert burmese_han("敏昂莱") == ["min aung hlaing", "myint aung hlaing"]
    assert burmese_han("丁昂山") == ["tin aung san"]
    assert burmese_han("张伟") == []  # a character the table lacks: no Burmese name
    assert burmese_han("林明") == []  # two characters, both common in Chinese names
    assert burmese_han("梭温") == ["soe win"]


@pytest.mark.parametrize(
    ("han", "reading"),
    [
        ("弗拉基米尔 普京", "vladimir putin"),  # spaces part the words; the characters look
        ("谢尔盖拉夫罗夫", "sergei lavrov"),  # transcribed, or a fixed given name opens it
        ("尼古拉斯 马杜罗", "nicolas maduro"),
        ("王丽娜", None),  # a Chinese name: '王' is no character of transcription
        ("普京", None),  # two characters: too few to tell
    ],
)
def test_a_foreign_name_without_a_dot(han: str, reading: str | None) -> None:
    assert foreign_han(han) == reading


@pytest.mark.parametrize(
    ("han", "listed"),
    [
        ("金铁三", "KIM CHOL SAM"),
        ("金正恩", "KIM, Jong Un"),
        ("玄光日", "HYON KWANG IL"),
        ("李万建", "RI MAN GON"),
        ("敏昂莱", "Min Aung Hlaing"),
        ("梭温", "Soe Win"),
        ("弗拉基米尔 普京", "PUTIN, Vladimir Vladimirovich"),
        ("谢尔盖拉夫罗夫", "LAVROV, Sergei Viktorovich"),
        ("穆杰塔巴 哈梅内伊", "KHAMENEI, Mojtaba"),
    ],
)
def test_a_listed_name_in_han_matches_its_latin_name(han: str, listed: str) -> None:
    assert _person(han, listed) >= THRESHOLD


@pytest.mark.parametrize(
    ("han", "other"),
    [
        ("金正恩", "KIM JONG IL"),  # another given name
        ("李万建", "RI MAN CHOL"),
        ("敏昂莱", "Min Aung Lin"),  # another last syllable
        ("张伟明", "CHANG WON MYONG"),  # a Korean reading is exact, syllable for syllable
    ],
)
def test_another_name_stays_below(han: str, other: str) -> None:
    assert _person(han, other) < THRESHOLD
