"""Kinds of failure of the session-24 first look on w1200-w1219 (news agencies' English
services, trade press, and regimes the written set had least of): an export ban told in a
later sentence with "also", names after "including" that are some of an "other" count,
plural nouns of officials in machine-translated text, and the day of a counter-measure
taken by the earlier act it answers; each rule tested with sentences written for these
tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract.counts import find_counts
from tests.extract.helpers import names, rules_actions

PUBLISHED = date(2026, 12, 4)  # a Friday


def test_an_export_ban_told_with_also_in_a_later_sentence_adds_to_the_count() -> None:
    text = (
        "Tokyo on Friday froze the assets of nine organizations and two individuals that"
        " helped Moscow. The Cabinet decision also bans exports to 14 entities in third"
        " countries, a spokesman said."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert (action.counts["organization"], action.counts["person"]) == (23, 2)


def test_names_after_including_are_some_of_the_other_count() -> None:
    text = (
        "Washington on Thursday sanctioned Harbor Jade Holdings, its owner Lim Sopheak and"
        " three other individuals, including his nephew Lim Dara."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert action.counts["person"] == 4  # the owner and three others; the nephew among them
    # without "including" the names beside the count still come on top
    text = (
        "Washington on Thursday sanctioned Harbor Jade Holdings, its owner Lim Sopheak, his"
        " nephew Lim Dara and three other individuals."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert action.counts["person"] == 5


def test_functionaries_and_magistrates_are_people() -> None:
    counted = [(c.kind, c.value) for c in find_counts("visa bans on 180 functionaries")]
    assert counted == [("person", 180)]
    counted = [(c.kind, c.value) for c in find_counts("the listing of four magistrates")]
    assert counted == [("person", 4)]


def test_the_answered_act_takes_no_day_of_the_counter_measure() -> None:
    text = (
        "Moscow banned entry to 30 Canadian citizens in response to sanctions"
        " imposed by Ottawa, the Foreign Ministry said on Thursday. On November 20, Canada"
        " had imposed sanctions on 12 individuals."
    )
    found = sorted((a.authority, a.background, a.date) for a in rules_actions(text, PUBLISHED))
    # one Canadian act, the one dated by its own sentence; Russia's is Thursday's
    assert found == [("CA", True, date(2026, 11, 20)), ("RU", False, date(2026, 12, 3))]
    # a day told right after the answered act is still its own
    text = (
        "Moscow on Thursday banned entry to 30 Canadians in response to the sanctions imposed"
        " by Ottawa on November 20."
    )
    found = sorted((a.authority, a.background, a.date) for a in rules_actions(text, PUBLISHED))
    assert found == [("CA", True, date(2026, 11, 20)), ("RU", False, date(2026, 12, 3))]


def test_a_perfect_passive_since_a_year_is_a_standing_listing() -> None:
    text = (
        "The Treasury on Thursday sanctioned two money changers in Sidon. The Islamic Jihad"
        " movement has been designated a Foreign Terrorist Organization by the United States"
        " since 1997."
    )
    found = sorted((a.background, [t.name for t in a.targets]) for a in rules_actions(text))
    assert found == [(False, []), (True, ["Islamic Jihad"])]


def test_a_perfect_tally_names_no_target_of_the_news() -> None:
    text = (
        "Canada on Friday sanctioned four Iranian prison wardens. Ottawa has sanctioned more"
        " than 200 Iranian individuals and entities, including the Basij Resistance Force."
    )
    found = sorted((a.background, [t.name for t in a.targets]) for a in rules_actions(text))
    assert found == [(False, []), (True, ["Basij Resistance Force"])]
    # a day of the news makes the perfect the news
    text = "Ottawa has sanctioned more than 20 Iranian officials today, including Hamid Rezaei."
    assert [(a.background, a.counts["person"]) for a in rules_actions(text)] == [(False, 20)]


def test_a_rule_proposed_to_cut_a_party_off_is_a_proposal() -> None:
    text = (
        "FinCEN on Tuesday found the exchange house Silk Road Cash to be of primary money"
        " laundering concern and proposed a rule that would bar US banks from opening"
        " accounts for it."
    )
    assert [(a.authority, a.status) for a in rules_actions(text)] == [("US", "proposed")]
    text = "FinCEN on Tuesday published a notice of proposed rulemaking on the exchange house."
    assert [(a.authority, a.status) for a in rules_actions(text)] == [("US", "proposed")]


def test_a_location_with_a_possessive_part_lets_the_list_go_on() -> None:
    text = (
        "The Treasury on Thursday sanctioned three exchange houses: Qana Exchange SAL, based"
        " in Beirut's southern suburbs, Marjayoun-based Litani Money Transfer and Cedar Coin"
        " Trading."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert [t.name for t in action.targets] == [
        "Qana Exchange SAL",
        "Litani Money Transfer",
        "Cedar Coin Trading",
    ]


def test_a_name_with_a_reflexive_before_the_passive_is_hit() -> None:
    text = (
        "Ottawa on Thursday listed Irrawaddy Fuel Co., owned by the tycoon Min Zaw Oo."
        " Min Zaw Oo is himself also sanctioned."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert [t.name for t in action.targets] == ["Irrawaddy Fuel Co.", "Min Zaw Oo"]
    # not in a relative clause that tells an earlier listing
    text = (
        "Ottawa on Thursday listed six tankers managed by Coral Bay Ship Management, a"
        " Dubai firm that was itself blacklisted in 2024."
    )
    assert all(
        "Coral Bay Ship Management" not in [t.name for t in a.targets]
        for a in rules_actions(text, PUBLISHED)
        if not a.background
    )


def test_a_body_after_an_owners_possessive_ends_where_its_members_name_begins() -> None:
    text = "Tallinn barred the chief of the agency's Border Guard Directorate Levan Dolidze."
    assert names(text) == ["Levan Dolidze"]


def test_an_order_signed_on_a_day_dates_the_act_told_before() -> None:
    text = (
        "The Commerce Department has issued a temporary denial order against Almaty-based"
        " Steppe Air Freight. The 180-day order, signed on Thursday, cuts the carrier off"
        " from US-origin parts."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert action.date == date(2026, 12, 3)
