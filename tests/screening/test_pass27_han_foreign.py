"""Issue 10, twenty-seventh pass. A foreign name written in Han, its words parted by a
middle dot, is read back through the standard Chinese transcription: each character's
pinyin syllable as foreign names use it ('谢' xie 'se', '钦' qin 'chin', '罗' luo 'ro',
'夫' fu 'v'; `data/han_transcription.txt`, `data/han_foreign.txt`), fixed name words
whole ('亚历山大' Aleksandr, '阿里' Ali; `data/han_foreign_words.txt`). The Han forms
below are written here as Chinese media write these listed persons' names; the Latin
names are the lists' own."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.script import foreign_han


def _person(han: str, latin: str) -> float:
    a, b = (Query(names=[n], schema="Person") for n in (han, latin))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    ("han", "reading"),
    [
        ("谢尔盖·拉夫罗夫", "sergei lavrov"),  # 'ро' 罗, '-ов' 罗夫; 谢尔盖 a fixed word
        ("伊戈尔·谢钦", "igor sechin"),
        ("叶夫根尼·普里戈任", "yevgeny prigozhen"),  # '普' before 'р': the cluster 'pr'
        ("罗曼·阿布拉莫维奇", "roman ablamovich"),
        ("尼古拉斯·马杜罗", "nicolas maduro"),  # no cluster after 杜
        ("阿卜杜勒·马利克·胡塞", "abdul malik huse"),
        ("亚历山大·卢卡申科", "aleksandr lukashenko"),  # a name Chinese writes whole
        ("阿不都·哈克", "abdu hak"),  # as the twenty-sixth pass read it
    ],
)
def test_a_foreign_name_in_han_is_read_through_the_transcription(han: str, reading: str) -> None:
    assert foreign_han(han) == reading


@pytest.mark.parametrize(
    ("han", "listed"),
    [
        ("谢尔盖·拉夫罗夫", "Sergei Viktorovich LAVROV"),
        ("谢尔盖·绍伊古", "Sergei Kuzhugetovich SHOIGU"),
        ("伊戈尔·谢钦", "Igor Ivanovich SECHIN"),
        ("叶夫根尼·普里戈任", "Yevgeny Viktorovich PRIGOZHIN"),
        ("阿利舍尔·乌斯马诺夫", "Alisher Burkhanovich USMANOV"),
        ("罗曼·阿布拉莫维奇", "Roman Arkadyevich ABRAMOVICH"),
        ("尼古拉·帕特鲁舍夫", "Nikolai Platonovich PATRUSHEV"),
        ("阿里·哈梅内伊", "KHAMENEI, Ali Husseini"),
        ("叶海亚·辛瓦尔", "Yahya Ibrahim Hassan SINWAR"),
        ("卡西姆·苏莱曼尼", "Qasem SOLEIMANI"),
    ],
)
def test_a_listed_foreign_name_in_han_matches_its_latin_name(han: str, listed: str) -> None:
    assert _person(han, listed) >= THRESHOLD


@pytest.mark.parametrize(
    ("han", "other"),
    [
        ("谢尔盖·绍伊古", "Sergey KOGOGIN"),  # the same given name, another surname
        ("阿里·哈梅内伊", "Ali Akbar AHMADIAN"),
    ],
)
def test_another_person_of_the_same_given_name_stays_below(han: str, other: str) -> None:
    assert _person(han, other) < THRESHOLD
