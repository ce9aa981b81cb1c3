"""Leads left by session 22 (issue 11): a kind of target as a clause's whole subject,
"People" at a name's end, state media's lower-case "south Korea", a bare "The House",
a parliament's call, a group of states that dates its acts, plural titles, a council's
membership, and smaller kinds of the first looks (a ship after "Besides", pull quotes,
plural relative verbs, aircraft under their count, target paragraphs that open without
an article). Short texts written for these tests."""

from datetime import date

import pytest

from sanctionwatch.extract import zones
from sanctionwatch.model import Action
from tests.extract.helpers import names, rules_actions

SATURDAY = date(2026, 12, 5)


def hit(text: str) -> dict[str, str]:
    """Name -> kind of the targets of the news actions the rules find in `text`."""
    return {t.name: t.kind for a in found(text) if not a.background for t in a.targets}


def found(text: str) -> list[Action]:
    return rules_actions(text, SATURDAY)


# -- "The companies — A, B and C — ...": a kind of target alone before a dash


@pytest.mark.parametrize(
    ("clause", "lists"),
    [
        ("The companies", True),
        ("These three front companies", True),
        ("Those ship management companies", True),
        ("The three big ship management companies", True),
        ("The four small Baltic ship management companies", False),  # three words before
        ("The front offices", False),  # no kind of target
        ("The firms said", False),  # more than the subject
    ],
)
def test_a_kind_of_target_alone_before_a_dash_opens_a_list(clause: str, lists: bool) -> None:
    text = f"{clause} — Alder Ltd, Birch Ltd and Cedar Ltd — are in Oslo."
    assert zones.dash_list(text, 0, len(clause)) is lists


# -- "People" heads a movement only before "of"; at a name's end it names a people


def test_a_people_is_no_party_but_a_people_movement_is() -> None:
    text = "Oslo sanctioned two generals for crimes against the Karen People and Tin Aung."
    assert hit(text) == {"Tin Aung": "person"}
    text = "Oslo sanctioned the Indigenous People of Biafra and Tin Aung."
    assert hit(text) == {"Indigenous People of Biafra": "organization", "Tin Aung": "person"}


# -- state media write "south Korea" in lower case; it is still the state that acts


@pytest.mark.parametrize("subject", ["The US and south Korea", "Japan and the puppet south Korea"])
def test_a_lower_case_south_korea_acts(subject: str) -> None:
    text = f"{subject} on Monday sanctioned the Alder Trading Corporation."
    assert "KR" in {a.authority for a in found(text) if not a.background}


# -- "The House voted ...": the House of Representatives where the text is about the US

BILL = (
    "The House voted 300-100 on Thursday to pass the Alder Act, which would require the "
    "president to impose sanctions on Alder Trading LLC."
)


def test_the_house_is_congress_in_a_story_about_the_us() -> None:
    text = f"{BILL} The Treasury declined to comment."
    assert [(a.authority, a.status) for a in found(text)] == [("US", "proposed")]


def test_the_house_is_no_us_body_in_a_british_story() -> None:
    text = f"{BILL} The UK Treasury and the US Treasury declined to comment."
    assert not found(text)


# -- a parliament's call for sanctions is no act of the EU


@pytest.mark.parametrize(
    "text",
    [
        "The European Parliament on Thursday adopted a resolution urging EU governments to "
        "list Alder Trading LLC.",
        "The European Parliament on Thursday called on EU member states to sanction Alder "
        "Trading LLC.",
        "European lawmakers on Thursday urged the EU to sanction Alder Trading LLC.",
    ],
)
def test_a_parliament_calling_for_sanctions_is_no_action(text: str) -> None:
    assert not found(text)


def test_an_eu_institution_asking_governments_still_proposes() -> None:
    text = "The European Commission on Thursday asked EU governments to sanction Alder Trading LLC."
    assert [(a.authority, a.status) for a in found(text)] == [("EU", "proposed")]
    text = "The Security Council on Thursday adopted a resolution imposing sanctions on Alder Ltd."
    assert [(a.authority, a.status) for a in found(text)] == [("UN", "imposed")]


# -- "Several European capitals moved on Thursday": a group naming no state dates its acts


@pytest.mark.parametrize(
    "opening",
    [
        "Several European capitals moved on Thursday against the network.",
        "Three governments acted on Thursday against the network.",
        "Two arms of the government struck on Thursday at the network.",
    ],
)
def test_a_group_subject_dates_the_acts_after_it(opening: str) -> None:
    text = f"{opening} France froze the assets of Alder Trading LLC."
    assert [(a.authority, a.date) for a in found(text)] == [("FR", date(2026, 12, 3))]


def test_a_group_subject_without_a_day_dates_nothing() -> None:
    text = (
        "Several European capitals have long watched the network. France froze the assets "
        "of Alder Trading LLC."
    )
    assert [(a.authority, a.date) for a in found(text)] == [("FR", None)]


# -- plural titles: the names after them hold the title, the body they serve is no target


@pytest.mark.parametrize(
    "text",
    [
        "Oslo on Monday sanctioned two judges of the Supreme Court, Ivan Petrov and Oleg Sidorov.",
        "Oslo on Monday sanctioned the leaders of the gang, Ivan Petrov and Oleg Sidorov.",
        "Oslo on Monday sanctioned two leaders of Barrio Azul, Ivan Petrov and Oleg Sidorov.",
    ],
)
def test_a_plural_title_lists_its_holders_not_its_body(text: str) -> None:
    assert hit(text) == {"Ivan Petrov": "person", "Oleg Sidorov": "person"}


def test_a_plural_titles_complement_may_list_bodies() -> None:
    text = "Oslo on Monday sanctioned two leaders of the Grand Ravine, Kraze Barye and Vert gangs."
    assert hit(text) == {}


def test_a_firm_word_after_a_person_word_and_of_makes_no_firm() -> None:
    text = "Oslo on Monday sanctioned two executives of the firms, Ivan Petrov and Oleg Sidorov."
    assert hit(text) == {"Ivan Petrov": "person", "Oleg Sidorov": "person"}


# -- "the 15 council members": the membership of the council that acts, no count of targets


@pytest.mark.parametrize("members", ["the 15 council members", "all 15 Council members"])
def test_a_councils_membership_is_no_count(members: str) -> None:
    text = (
        f"The United States on Thursday handed {members} a draft resolution that would put "
        "two gang leaders, Ivan Petrov and Oleg Sidorov, on the UN sanctions list."
    )
    assert [(a.authority, a.counts["person"]) for a in found(text)] == [("UN", 2)]


def test_members_of_a_council_may_be_targets() -> None:
    text = "Oslo on Monday sanctioned 15 council members of the Federation Council."
    assert [a.counts["person"] for a in found(text)] == [15]


# -- smaller kinds of session 22's first looks


def test_a_ship_named_after_besides_loses_the_word() -> None:
    text = "Besides the Lake Pearl (IMO 9295218), Oslo listed the Grey Heron (IMO 9301524)."
    assert names(text) == ["Lake Pearl", "Grey Heron"]


def test_a_pull_quote_does_not_close_the_list_of_the_action_before() -> None:
    text = (
        "Oslo on Tuesday sanctioned three tankers that carry crude for Alder Ltd. "
        "Their owners sit in Dubai. Two of them were renamed in 2025.\n\n"
        "“These ships are a lifeline.\n\nWe will keep cutting it.”\n\n"
        "The measures also hit Brig. Gen. Ivan Petrov, a commander who arranges escorts."
    )
    assert "Ivan Petrov" in hit(text)


def test_the_object_of_a_plural_relative_verb_is_no_target() -> None:
    text = (
        "Oslo on Friday sanctioned five vessels and one firm that support the Polar Gas 3 project."
    )
    assert hit(text) == {}


def test_aircraft_listed_under_their_count_are_not_counted_again() -> None:
    text = (
        "The US Treasury on Thursday designated Alder Cargo Company, a charter airline.\n\n"
        "OFAC also identified three aircraft as blocked property of the airline:\n"
        "- EP-GOM, Ilyushin Il-76TD, MSN 1023409321\n"
        "- EP-GOL, Ilyushin Il-76TD, MSN 1013409297\n"
        "- EP-SPB, Boeing 747-200F\n"
    )
    assert [a.counts["aircraft"] for a in found(text)] == [3]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ivan Petrov: director of Alder Trading.", "Birch Shipping Company: Petrov’s firm."),
        (
            "Ivan Petrov, director of Alder Trading, who buys fuel.",
            "Birch Shipping Company, an Oman firm that charters dhows.",
        ),
    ],
)
def test_a_targets_paragraph_may_open_without_an_article(first: str, second: str) -> None:
    text = (
        "The US Treasury on Wednesday imposed sanctions on one person and one company. "
        f"The targets are:\n\n{first}\n\n{second}\n"
    )
    assert set(hit(text)) == {"Ivan Petrov", "Birch Shipping Company"}


def test_a_name_with_an_apposition_outside_a_list_is_prose() -> None:
    text = (
        "The US Treasury on Wednesday imposed sanctions on Birch Shipping Company.\n\n"
        "Ivan Petrov, the spokesman of the firm, said it would appeal.\n"
    )
    assert set(hit(text)) == {"Birch Shipping Company"}


def test_an_uncounted_plural_title_before_names_lists_bodies() -> None:
    assert hit("Oslo on Monday sanctioned leaders of Barrio Azul, Red Harbour and 88 Tigre.") == {}
