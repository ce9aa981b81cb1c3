"""Session 31 (leads c): counts, dates and status missed in the ordinary rounds w1560-w1719.

Every sentence here is written for the test, none copied from an article.
"""

from datetime import date

from sanctionwatch.extract import counts
from tests.extract.helpers import THURSDAY, rules_actions
from tests.extract.helpers import known_counts as kinds
from tests.extract.helpers import news_actions as news


def test_an_in_total_sentence_in_the_passive_counts_the_news_action() -> None:
    text = (
        "Canada on Tuesday imposed sanctions on a network that supplied drone engines to Moscow. "
        "Global Affairs Canada named Petr Kolosov, a broker in Minsk, and Tundra Parts LLC. "
    )
    for total in (
        "In total nine individuals and four entities were designated, the department said.",
        "In total nine individuals and four entities were added to the sanctions list.",
    ):
        acts = news(f"{text} {total}")
        assert [(a.authority, kinds(a)) for a in acts] == [("CA", {"person": 9, "organization": 4})]


def test_an_in_total_sentence_with_a_running_tally_stays_background() -> None:
    text = (
        "Canada on Tuesday imposed sanctions on Tundra Parts LLC, a drone engine broker. "
        "In total 1,400 individuals and 300 entities were designated since 2022 under the regime."
    )
    acts = news(text)
    assert [(a.authority, kinds(a)) for a in acts] == [("CA", {})]


def found(text: str) -> list[tuple[str, int]]:
    return [(p.kind, p.value) for p in counts.find_counts(text)]


def test_charities_and_foundations_count_organisations() -> None:
    assert found("Treasury blocked four charities it said raised money for the militia.") == [
        ("organization", 4)
    ]
    # parts side by side add up
    assert found("The ministry listed two foundations and three nonprofits.") == [
        ("organization", 5)
    ]


def test_a_partys_own_owners_count_people_but_bare_owners_do_not() -> None:
    text = "OFAC named the exchange, two subsidiaries and three of its owners."
    assert found(text) == [("organization", 2), ("person", 3)]
    assert found("The three tankers have two owners in Dubai.") == [("vessel", 3)]
    # "ship owners" stay firms
    assert found("The decision lists five ship owners.") == [("organization", 5)]


def test_the_day_of_a_sentence_that_names_the_acts_targets_dates_it() -> None:
    text = (
        "Australia has imposed sanctions on four tankers that carry Russian crude. "
        "The Department of Foreign Affairs and Trade on Monday named the ships, among them "
        "the Coral Dawn and the Silver Fjord."
    )
    assert [(a.authority, a.date) for a in news(text)] == [("AU", date(2026, 11, 30))]


def test_another_states_day_after_the_act_does_not_date_it() -> None:
    text = (
        "Australia has imposed sanctions on four tankers that carry Russian crude. "
        "The US Treasury on Monday named the same ships in a warning to insurers."
    )
    # not the US's Monday; told in the present perfect, the act is of the page's own day
    # (session 32: the gold dates such a release by its stamp)
    assert [(a.authority, a.date) for a in news(text) if a.authority == "AU"] == [("AU", THURSDAY)]


def test_an_earlier_pluperfect_in_reported_speech_stays_background() -> None:
    text = (
        "Moscow on Thursday barred 12 Canadian citizens from entering Russia. The ministry "
        "said the Canadian government had earlier this month sanctioned two Russian banks."
    )
    assert [a.authority for a in news(text)] == ["RU"]
    # a bare pluperfect after a speech verb still tells the news in the past of speech
    said = "The minister said on Thursday that Canada had sanctioned two Russian banks."
    assert [a.authority for a in news(said)] == ["CA"]


def test_one_states_share_told_first_gives_way_to_the_count_of_several_states() -> None:
    text = (
        "The Commerce Department has placed four Kenyan firms on its Entity List over drone "
        "parts. The Bureau of Industry and Security on Tuesday added 30 entities from Kenya, "
        "Egypt and Brazil to the list."
    )
    assert [(a.authority, kinds(a)) for a in news(text)] == [("US", {"organization": 30})]
    # a count of one nationality with no wider count stays the count
    only = "The Commerce Department on Tuesday added four Kenyan firms to the Entity List."
    assert [(a.authority, kinds(a)) for a in news(only)] == [("US", {"organization": 4})]


def test_working_on_a_numbered_package_is_a_threat() -> None:
    text = (
        "Canada on Tuesday sanctioned two Iranian drone makers. The foreign minister said "
        "Ottawa was already working on a sixth package aimed at the IRGC."
    )
    statuses = [(a.authority, a.status) for a in rules_actions(text, THURSDAY)]
    assert statuses == [("CA", "imposed"), ("CA", "threatened")]


def test_ready_to_explore_options_that_include_sanctions_is_a_threat() -> None:
    text = (
        "The Nordic ministers said on Monday that Norway stood ready to explore every option, "
        "including tougher financial sanctions, to stop the shadow fleet."
    )
    assert [(a.authority, a.status) for a in rules_actions(text, THURSDAY)] == [
        ("NO", "threatened")
    ]
    # options with no measure named are no threat
    vague = "Norway said on Monday it stood ready to explore every option to end the war."
    assert [a.status for a in rules_actions(vague, THURSDAY)] == []
