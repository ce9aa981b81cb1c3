"""Misfires of the fourteenth pass's actor and attachment rules found in review, on
short texts written for these tests in the style of sanctions news: each rule kept to
what it was made for."""

from __future__ import annotations

from tests.extract.test_actor_clauses import acts, read, targets_of


def test_names_after_an_appositive_old_act_go_on_with_the_news_list() -> None:
    # "a Hong Kong firm the US ... added" is the US's old act; "and Beta ..." after its
    # closing comma is still the EU's news list
    report = read(
        "The EU on Tuesday sanctioned Alpha Components Ltd, a Hong Kong firm the US "
        "Commerce Department added to its Entity List in 2023, and Beta Microchips Co."
    )
    assert ("EU", "imposed", False) in acts(report)
    assert {"Alpha Components Ltd", "Beta Microchips Co."} <= targets_of(report, "EU", False)
