"""Who acts across sentences, forms of session 28's first look (w1420-w1439): another
government's list as the subject of "names", "carries" or "includes", and "In total"
before the count of the act just told. Short texts written for these tests (rules only)."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 12, 4)


def news(text: str, published: date = FRIDAY) -> list[Action]:
    return [a for a in rules_actions(text, published) if not a.background]


def targets_of(found: list[Action], authority: str) -> set[str]:
    return {t.name for a in found if a.authority == authority for t in a.targets}


# -- another government's list that names, carries or includes the targets


def test_a_list_named_by_its_possessive_that_names_targets_is_that_government_s_act() -> None:
    text = (
        "The U.S. Treasury on Thursday designated the Tashkent trader Orion Tekstil LLC.\n\n"
        "Ottawa's list also names the Riga freight agent Baltic Hanza Logistics SIA."
    )
    found = news(text)
    assert "Baltic Hanza Logistics SIA" in targets_of(found, "CA")
    assert "Baltic Hanza Logistics SIA" not in targets_of(found, "US")


def test_a_list_that_carries_a_name_as_well_gives_it_to_that_government() -> None:
    text = (
        "Canada on Wednesday sanctioned the Yerevan broker Ararat Trade House. "
        "The EU list carries Ararat Trade House as well, but not its director."
    )
    found = news(text)
    assert "Ararat Trade House" in targets_of(found, "EU")
    assert "Ararat Trade House" in targets_of(found, "CA")


def test_a_list_of_something_or_a_list_that_holds_a_number_is_no_listing() -> None:
    tally = "Switzerland's list now includes more than 2,000 names, the SECO said on Friday."
    assert news(tally) == []
    other = "Russia's list of strategic companies includes Nordic Alloys AO, the ministry said."
    assert news(other) == []


# -- "In total" before the count of the act just told, and a running tally


def test_in_total_before_a_past_listing_verb_counts_the_news_act() -> None:
    text = (
        "Washington moved on Thursday against a network that ships Iranian oil. Among "
        "those named was the Sharjah trader Falcon Crest Petroleum FZE. In total, OFAC "
        "designated three individuals and seven entities."
    )
    found = news(text)
    assert [(a.authority, a.counts["person"], a.counts["organization"]) for a in found] == [
        ("US", 3, 7)
    ]


def test_in_total_before_a_perfect_stays_a_running_tally() -> None:
    text = (
        "Britain on Thursday sanctioned the Dubai trader Meridian Fuels FZE. In total "
        "Britain has sanctioned more than 2,000 individuals and entities under its Russia regime."
    )
    found = news(text)
    assert [(a.authority, a.counts["person"], a.counts["organization"]) for a in found] == [
        ("GB", None, None)
    ]


def test_a_number_in_total_after_the_names_is_the_act_s_own_count() -> None:
    text = (
        "Estonia's Foreign Ministry on Monday imposed entry bans on 9 officials, including "
        "the police chief Davit Kvaratskhelia. Latvia's list includes the same nine officials "
        "and two more "
        "prosecutors, 11 in total, the Latvian ministry said."
    )
    found = news(text)
    assert {a.authority: a.counts["person"] for a in found} == {"EE": 9, "LV": 11}


# -- a release's list of bare lines, each a name and a short description after a comma


def test_bare_lines_with_a_description_after_the_name_are_members() -> None:
    text = (
        "The UK has today sanctioned a network that smuggles drone engines to Russia.\n\n"
        "The UK has today designated 2 individuals and 1 entity:\n\n"
        "Viktor Andreyevich Sholokh, a logistics manager who arranged the shipments\n"
        "Tamara Belova, the network's accountant\n"
        "Sevan Air Parts CJSC, a Yerevan company used as a front\n\n"
        "The Foreign Secretary said the measures protect Ukraine."
    )
    found = news(text)
    assert targets_of(found, "GB") == {
        "Viktor Andreyevich Sholokh",
        "Tamara Belova",
        "Sevan Air Parts CJSC",
    }


# -- "earlier sanctioned by X": the source of today's act, not a second news act


def test_names_earlier_sanctioned_by_another_government_give_it_no_news_act() -> None:
    text = (
        "Ukraine on Monday imposed sanctions on 12 individuals and 5 entities "
        "earlier sanctioned by Canada, among them the trader Nordic Bunker Supply AB."
    )
    assert {(a.authority, a.background) for a in rules_actions(text, FRIDAY)} == {
        ("UA", False),
        ("CA", True),
    }


# -- "published its own list of N ...": the second government of a coordinated act


def test_a_government_that_publishes_its_own_list_of_people_acts() -> None:
    text = (
        "The Treasury on Thursday designated the Minsk trader Belvneshpostavka OAO.\n\n"
        "Hours later the Foreign Office published the UK's own list of two individuals and "
        "four entities, among them the Grodno engineer Ales Kuzmich."
    )
    found = news(text)
    assert targets_of(found, "GB") == {"Ales Kuzmich"}
    assert [
        (a.counts["person"], a.counts["organization"]) for a in found if a.authority == "GB"
    ] == [(2, 4)]
    assert "Ales Kuzmich" not in targets_of(found, "US")


def test_a_published_list_of_countries_is_no_listing() -> None:
    assert news("Moscow on Thursday published its list of 48 unfriendly countries.") == []
