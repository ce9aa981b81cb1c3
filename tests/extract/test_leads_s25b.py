"""Leads left by the first looks of session 25's written articles (w1220-w1279), second
round: counts whose parts name the backers of those hit, a group urging the EU by its own
name, a "Service" a title word opens, a fisheries firm's halves, "the sanctioned X",
"the General Court", a byline. Short texts written for these tests."""

from datetime import date

from sanctionwatch.extract.counts import find_counts
from sanctionwatch.extract.names import find_names, menu
from tests.extract.helpers import rules_actions

SATURDAY = date(2026, 12, 5)


def test_backers_listed_beside_leaders_add_to_their_count() -> None:
    # "two of their alleged backers" is a further part of the people hit: 4 + 2
    phrases = find_counts(
        "Ottawa imposed sanctions on three militia leaders and two of their alleged backers."
    )
    assert [(p.kind, p.value) for p in phrases] == [("person", 5)]
    actions = rules_actions(
        "Canada on Friday imposed sanctions on three militia leaders and two of their "
        "alleged backers, including a former mayor, over attacks on farmers.",
        SATURDAY,
    )
    assert [a.counts.get("person") for a in actions] == [5]


def test_a_group_by_its_own_name_urging_the_eu_proposes_nothing() -> None:
    # an NGO's call is a third party's, no EU proposal; a leader's call stays one
    for caller in ("Amnesty International urged", "RightsWatch Europe urges"):
        text = f"{caller} the EU to add the judges to its sanctions list."
        assert rules_actions(text, SATURDAY) == []
    leader = rules_actions(
        "Kallas urged EU governments to add the judges to the sanctions list.", SATURDAY
    )
    assert [(a.authority, a.status) for a in leader] == [("EU", "proposed")]


def test_a_service_after_a_title_word_is_one_body() -> None:
    # "National" is a title ("Iranian national X"), but "Intelligence Service" is no
    # person's name after it: the run is one body
    names = find_names("Ottawa listed the Bolivarian National Intelligence Service.")
    assert [(n.text, n.kind) for n in names] == [
        ("Bolivarian National Intelligence Service", "organization")
    ]
    actions = rules_actions(
        "Canada sanctioned Rafael Bastardo, a former head of the Bolivarian National "
        "Intelligence Service, on Friday.",
        SATURDAY,
    )
    assert [[t.name for t in a.targets] for a in actions] == [["Rafael Bastardo"]]


def test_fisheries_and_a_firm_head_are_one_firm() -> None:
    # a sector word before "and" and a firm after it: one name, as "Oil and Gas ..."
    names = find_names("The committee listed Lake Chad Fisheries and General Enterprises Ltd.")
    assert [n.text for n in names] == ["Lake Chad Fisheries and General Enterprises Ltd."]
    # each half with its own legal form stays two firms
    names = find_names("It listed Lake Chad Fisheries Ltd and General Enterprises Ltd.")
    assert [n.text for n in names] == ["Lake Chad Fisheries Ltd", "General Enterprises Ltd."]


def test_member_states_are_no_count_of_people() -> None:
    # "the 27 member states" who must agree count no one hit; the officials do
    phrases = find_counts("All 27 member states must agree to the sanctions on five officials.")
    assert [(p.kind, p.value) for p in phrases] == [("person", 5)]


def test_a_name_after_the_sanctioned_is_a_role() -> None:
    # "the sanctioned X project": X was listed before; the firms that supply it are hit
    actions = rules_actions(
        "The United States on Wednesday imposed sanctions on two shipping companies, Polar "
        "Line and Ice Cargo, that it said keep the sanctioned Arctic LNG 2 project supplied.",
        SATURDAY,
    )
    assert [[t.name for t in a.targets] for a in actions] == [["Polar Line", "Ice Cargo"]]


def test_a_title_word_before_one_body_word_is_the_body() -> None:
    # "General" is a rank before a person's name, but "the General Court" is a court
    names = find_names("Viktor Pronin, whose EU listing the General Court annulled in October.")
    assert [n.text for n in names] == ["Viktor Pronin", "General Court"]
    assert [n.text for n in find_names("The EU sanctioned General Ivan Petrov.")] == ["Ivan Petrov"]


def test_a_bare_byline_with_a_stamp_is_furniture() -> None:
    assert menu("Priya Raman · NorthStar News · Posted: Nov 30, 2026 5:00 AM ET | Last Updated")
    assert menu("Jan Visser | Harbour Daily | Published: 2 December 2026")
    # a sentence that opens on a name is no byline
    assert not menu("Priya Raman said the sanctions, posted on Friday, hit 14 officials.")
