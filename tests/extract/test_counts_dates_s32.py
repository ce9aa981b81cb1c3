"""Session 32 (leads c): dates, counts, threats and authorities missed in the ordinary
rounds w1720-w1859.

Every sentence here is written for the test, none copied from an article.
"""

from datetime import date

from sanctionwatch.extract import counts
from tests.extract.helpers import imposed_days, rules_actions

WEDNESDAY = date(2026, 12, 2)
STAMP = "Posted Wed 2 Dec 2026 at 9:15am\n\n"


def test_a_present_perfect_act_no_sentence_dates_is_of_the_pages_day() -> None:
    for text, authority in (
        (
            "New Zealand has imposed travel bans and asset freezes on three Belarusian judges "
            "over the trials of opposition figures.",
            "NZ",
        ),
        (
            "The Foreign Office has frozen the assets of Vostok Haulage LLC, a trucking firm "
            "it says moved drone parts to Russia.",
            "GB",
        ),
    ):
        assert imposed_days(STAMP + text, WEDNESDAY) == [(authority, "2026-12-02")]


def test_a_present_progressive_designation_is_of_the_pages_day() -> None:
    text = (
        "The Department of State is publicly designating General Arturo Valdez, a former "
        "army commander, for his involvement in gross violations of human rights."
    )
    assert imposed_days(text, WEDNESDAY) == [("US", "2026-12-02")]


def test_a_simple_past_act_without_a_day_stays_undated() -> None:
    text = (
        "Treasury designated Vostok Haulage LLC, a trucking firm it says moved drone parts "
        "to Russia, and its owner Pavel Gromov."
    )
    assert imposed_days(text, WEDNESDAY) == [("US", None)]


def test_a_day_the_text_names_wins_over_the_pages_day() -> None:
    text = (
        "New Zealand has imposed travel bans on three Belarusian judges. The sanctions were "
        "announced by the foreign minister on Monday."
    )
    assert imposed_days(text, WEDNESDAY) == [("NZ", "2026-11-30")]


def test_a_page_with_another_full_day_at_its_top_stays_undated() -> None:
    text = (
        "Registered November 27, 2026 — summary published December 2, 2026\n\n"
        "Canada has imposed sanctions on three Belarusian judges."
    )
    assert imposed_days(text, WEDNESDAY) == [("CA", None)]


def statuses(text: str) -> list[tuple[str, str]]:
    return [(a.authority, a.status) for a in rules_actions(text, WEDNESDAY)]


def test_answering_in_kind_or_in_a_mirror_manner_is_a_threat() -> None:
    assert statuses(
        'A Belarusian foreign ministry spokesman said Minsk "will answer in a mirror manner" '
        "to the new listings."
    ) == [("BY", "threatened")]
    assert statuses("Tehran would react symmetrically to any new listings, the ministry said.") == [
        ("IR", "threatened")
    ]
    # answering questions is no threat
    assert statuses("The spokesman said Minsk will answer questions about the listings.") == []


def test_drafting_a_package_or_sanctions_is_a_threat() -> None:
    assert statuses(
        "The EU is drafting new sanctions against Iranian drone makers, diplomats said."
    ) == [("EU", "threatened")]
    assert ("EU", "threatened") in statuses(
        "The EU on Monday adopted its 20th package. The European Commission is already "
        "drafting a 21st package that could include a lower price cap."
    )


def test_a_listing_promised_for_a_package_to_come_is_a_threat() -> None:
    assert statuses(
        "The European Union will sanction more shadow fleet tankers in its next package, "
        "the foreign policy chief said on Tuesday."
    ) == [("EU", "threatened")]
    assert statuses(
        "Britain would target the insurers in its forthcoming round of sanctions, "
        "the minister said."
    ) == [("GB", "threatened")]
    # a listing announced for the day stays the day's imposition
    assert statuses(
        "Australia will impose sanctions on two generals, the minister said on Tuesday."
    ) == [("AU", "imposed")]


def found(text: str) -> list[tuple[str, int]]:
    return [(p.kind, p.value) for p in counts.find_counts(text)]


def test_a_partys_own_owners_and_co_owners_count_people() -> None:
    assert found("The UK sanctioned Vektor Cloud LLC and its two co-owners.") == [("person", 2)]
    assert found("Treasury designated the payment firm and its three owners.") == [("person", 3)]
    # the ships' owners are firms, and ship owners no people
    assert found("Treasury designated 30 tankers and their two owners.") == [("vessel", 30)]
    assert found("Treasury designated two ship owners.") == [("organization", 2)]


def test_potential_designations_are_a_threat_not_a_listing() -> None:
    assert statuses(
        'The Foreign Office said it would pause most direct aid and "work with partners on '
        'potential new sanctions designations."'
    ) == [("GB", "threatened")]
    assert statuses(
        "The Treasury announced new designations of shadow fleet tankers on Monday."
    ) == [("US", "imposed")]


def test_suspending_export_permits_for_a_state_is_an_imposition() -> None:
    # a sanctions story (its title says so): the rules keep an act without targets there
    title = "Canada halts export permits to Rwanda; Britain weighs sanctions\n\n"
    assert statuses(
        title + "Canada said on Monday it was suspending the issuance of new export permits "
        "for controlled goods and technology to Rwanda."
    ) == [("CA", "imposed")]
    # suspending sanctions is a lifting
    assert statuses(title + "Canada said on Monday it was suspending its sanctions on Syria.") == [
        ("CA", "lifted")
    ]


def test_costs_of_doing_business_are_no_threat() -> None:
    lead = "Washington designated four Indian refiners on Monday. "
    assert statuses(lead + "Exporters said buyers would face higher compliance costs.") == [
        ("US", "imposed")
    ]
    # a warning of costs stays a threat
    assert ("US", "threatened") in statuses(
        lead + "The envoy warned that Moscow would face severe costs if it continued."
    )
