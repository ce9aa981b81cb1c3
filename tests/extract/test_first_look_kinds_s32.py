"""Session 32 (leads e): kinds of the first-look misses on the ordinary rounds w1860-w1939.

Every sentence here is written for the test, none copied from an article.
"""

from datetime import date

from sanctionwatch.extract import frames
from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 10, 9)


def acts(text: str, published: date = FRIDAY) -> list[tuple[str, str, bool, dict[str, int]]]:
    return [
        (a.authority, a.status, a.background, {k: v for k, v in a.counts.items() if v})
        for a in rules_actions(text, published)
    ]


def test_as_the_agency_reported_recalls_an_earlier_act() -> None:
    news = "Canada on Friday sanctioned 30 Russian officials."
    recalled = f"{news} As the agency reported, Canada sanctioned 12 shipping firms."
    assert acts(recalled) == [
        ("CA", "imposed", False, {"person": 30}),
        ("CA", "imposed", True, {"organization": 12}),
    ]
    # with a day of the news after "reported" the act told may be the news
    same_day = f"{news} As Reuters reported on Friday, Canada also sanctioned 12 shipping firms."
    assert acts(same_day) == [("CA", "imposed", False, {"person": 30, "organization": 12})]


def test_activists_as_the_victims_of_the_targets_are_no_commentators() -> None:
    victims = (
        "The government approved sanctions against seven judges who jailed opposition activists."
    )
    assert frames.COMMENTATOR.search(victims) is None
    for speaking in (
        "Rights activists say the measures came too late.",
        "The list is incomplete, said a local activist.",
        "Analysts at a Riga think tank expect more listings.",
    ):
        assert frames.COMMENTATOR.search(speaking) is not None, speaking


def test_the_government_acts_on_judges_who_jailed_activists() -> None:
    text = (
        "Latvia blacklists 30 Russian officials over deported children\n\n"
        "The government approved sanctions on Wednesday against 30 Russian officials who "
        "organised the removal of children and harassed activists."
    )
    assert acts(text) == [("LV", "imposed", False, {"person": 30})]


def test_an_in_total_sentence_with_added_counts_the_news_action() -> None:
    text = (
        "Britain on Tuesday sanctioned three firms in Kazakhstan that ship machine tools to "
        "Russia. In total, London added 14 entities and two individuals to its Russia list."
    )
    assert acts(text) == [("GB", "imposed", False, {"person": 2, "organization": 14})]
    # a number of two digits after a simple past listing verb counts it too
    other = (
        "The United States on Thursday imposed sanctions on an oil network. "
        "In total, the Treasury designated 23 entities and 11 vessels in four countries."
    )
    assert acts(other) == [("US", "imposed", False, {"organization": 23, "vessel": 11})]
