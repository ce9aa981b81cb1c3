"""Issue 10, thirty-third pass. An organisation's name that carries its own initials
beside its words, first or last ('SHS - Secours Humanitaires Suisse', 'Institute of
Applied Physics IAP'), says nothing more than its words: the lists write one party's name
with the initials and without them. The initials weigh as a generic word, and the other
name's words are not read as those initials (`names._acronyms`). Only initials that spell
every word exactly, little words aside, count. Made-up names."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import Query, score
from sanctionwatch.screening.text import ORG, name_form, own_acronym


def _org(left: str, right: str) -> float:
    a, b = (Query(names=[n], schema="Organization") for n in (left, right))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # before: 0.65, the other's words read as 'SHS' and compared with one word
        ("SHS - Secours Humanitaires Suisse", "Secours Humanitaires Suisse"),
        ("Kavir Institute of Laser Optics KILO", "Kavir Institute of Laser Optics"),  # 0.93
        ("Bureau of Naval Hydraulics BNH", "Bureau of Naval Hydraulics JSC"),  # 0.93
    ],
)
def test_a_name_with_its_own_initials_is_the_name(left: str, right: str) -> None:
    assert _org(left, right) >= 0.98


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # before: 0.67, the other's words read as 'KILO', whose letters they share
        ("KILO - Kavir Institute of Laser Optics", "Karun Institute of Lens Optics"),
        ("SHS - Secours Humanitaires Suisse", "Secours Humanitaires Sahel"),  # 0.65
    ],
)
def test_the_initials_do_not_make_other_words_one_party(left: str, right: str) -> None:
    assert _org(left, right) < 0.6


def test_only_exact_initials_of_every_word_count() -> None:
    assert own_acronym(["aide", "humanitaire", "solidaire", "ahs"]) == 3
    assert own_acronym(["ahs", "aide", "humanitaire", "solidaire"]) == 0
    assert own_acronym(["institute", "of", "laser", "optics", "ilo"]) == 4  # 'of' left out
    # a letter missing or out of order ('HISAT' for 'higher institute ... applied
    # sciences and technology'), a word that is no initials, too few words
    assert own_acronym(["higher", "institute", "for", "applied", "sciences", "hisa"]) is None
    assert own_acronym(["aide", "humanitaire", "solidaire", "sahel"]) is None
    assert own_acronym(["aide", "humanitaire", "ah"]) is None
    kilo = name_form("Kavir Institute of Laser Optics (KILO)", ORG)
    assert kilo.weights[-1] < 2 and kilo.tokens[-1] == "kilo"
