"""A country that vows, warns, considers or looks at sanctions threatens; it does not
impose, and the names it speaks of are no targets of another authority's act.
Short texts written for these tests (issue 11)."""

from datetime import date

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.model import Article

PUBLISHED = date(2025, 3, 4)


def statuses(text: str) -> dict[str, set[str]]:
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    out: dict[str, set[str]] = {}
    for a in report.actions:
        out.setdefault(a.authority, set()).add(a.status)
    return out


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Britain is looking at sanctioning Ivan Petrov and the Volga Shipping Company.", "GB"),
        ("Canada is exploring sanctions on Ivan Petrov, Foreign Minister Melanie Joly said.", "CA"),
        ("Japan is considering similar measures against the Volga Shipping Company.", "JP"),
        ("Germany is mulling sanctions on Ivan Petrov.", "DE"),
        (
            "Australia vowed on Tuesday to sanction Ivan Petrov and the Volga Shipping Company.",
            "AU",
        ),
        ("France warned it would impose sanctions on Ivan Petrov if the attacks continued.", "FR"),
    ],
)
def test_intention_is_a_threat(text: str, code: str) -> None:
    assert statuses(text) == {code: {"threatened"}}


def test_a_threat_after_an_act_keeps_its_names_from_that_act() -> None:
    text = (
        "The United States on Tuesday sanctioned Ivan Petrov. Canada is considering "
        "similar measures against Oleg Sidorov."
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    by = {(a.authority, a.status): {t.name for t in a.targets} for a in report.actions}
    assert by[("US", "imposed")] == {"Ivan Petrov"}
    assert ("CA", "threatened") in by


def test_the_party_warned_does_not_threaten() -> None:
    text = (
        "The United States warned China against supplying weapons to Russia, saying "
        "Chinese firms would be sanctioned."
    )
    assert statuses(text) == {"US": {"threatened"}}


def test_an_earlier_threat_leaves_the_later_act_its_subject() -> None:
    # a past threat (background) before any news act: "it" is still Canada
    text = (
        "Canada said in March it was looking at sanctions against Myanmar's military "
        "leaders. On Friday it imposed them, freezing the assets of nine generals "
        "including Min Aung Hlaing."
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    imposed = [a for a in report.actions if a.status == "imposed"]
    assert [a.authority for a in imposed] == ["CA"]
    assert "Min Aung Hlaing" in {t.name for t in imposed[0].targets}
