"""Issue 10, thirty-third pass. 'Hojatoleslam' (Hujjat al-Islam) is a Shia cleric's
rank the lists write before a name, as one word or in parts ('Hojjat-al-Eslam Ali
SAEEDI', 'Hojatoleslam Ali SAIDI'): read as one title in any spelling
(`data/arabic.txt`, `data/titles.txt`), it weighs as 'Mullah' and 'Sayyid' do. Made-up
names."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import PERSON, name_form


def _person(left: str, right: str) -> float:
    a, b = (Query(names=[n], schema="Person") for n in (left, right))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    "written",
    ["Hojjat-al-Eslam", "Hojatoleslam", "HOJJATOLESLAM", "Hujjat al-Islam", "Hojjat ol-Eslam"],
)
def test_the_rank_is_one_title_however_written(written: str) -> None:
    form = name_form(f"{written} Karim VAEZI", PERSON)
    assert form.tokens == ("hojatoleslam", "karim", "vaezi")
    assert form.weights[0] < 2


def test_the_rank_written_two_ways_is_one_party() -> None:
    # before: 0.28 ('hojjat', 'eslam' against 'hojatoleslam')
    assert _person("Hojjat-al-Eslam Karim VAEEZI", "Hojatoleslam Karim VAEZI") >= 0.9


def test_the_rank_shared_does_not_make_two_clerics_one() -> None:
    assert _person("Hojjat-al-Eslam Karim VAEZI", "Hojatoleslam Mohsen QOMI") < 0.3
    assert _person("Hojjat-al-Eslam Karim VAEZI", "Hojatoleslam Hasan VAEZI") < THRESHOLD


def test_islam_alone_is_a_name() -> None:
    assert name_form("Islam Seit-Umarovich ATABIEV", PERSON).tokens[0] == "islam"
