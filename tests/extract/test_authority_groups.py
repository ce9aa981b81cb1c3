"""Who acts when several authorities share one act, and whose act a reaction
reports, on short texts written for these tests (issue 11, session 8).

Each pins a kind of failure seen on new text: authorities enumerated after a
group noun or after "by", a subordinate clause with its own subject after a
threat, an agency that names no state, a country that reacts to sanctions.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_action_authorities import actions, news, read


@pytest.mark.parametrize("rules_only", [True, False])
def test_a_state_and_its_partners_listed_between_dashes_all_act(rules_only: bool) -> None:
    text = (
        "Britain and four partners -- Canada, Australia, New Zealand and the United States -- "
        "on Tuesday imposed sanctions on two ministers over incitement to violence."
    )
    assert news(text, rules_only) == {(code, "imposed") for code in ("GB", "CA", "AU", "NZ", "US")}


def test_a_bloc_and_its_allies_listed_between_dashes_all_act() -> None:
    text = (
        "The European Union and its allies -- the United States, Japan and Canada -- on "
        "Tuesday announced new sanctions on three Russian banks."
    )
    assert news(text) == {(code, "imposed") for code in ("EU", "US", "JP", "CA")}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "New measures against Belarusian potash exporters were announced Tuesday by "
            "Australia, New Zealand and Canada.",
            ("AU", "NZ", "CA"),
        ),
        (
            "The sanctions package, announced on Tuesday by the United States, Britain and "
            "the European Union, targets 40 Russian banks.",
            ("US", "GB", "EU"),
        ),
        (
            "The designations were made by the US Treasury and by Britain's Foreign Office on "
            "Tuesday and cover 12 people.",
            ("US", "GB"),
        ),
    ],
)
def test_every_agent_after_by_acts(text: str, codes: tuple[str, ...]) -> None:
    assert news(text) == {(code, "imposed") for code in codes}


def test_measures_of_another_authority_adopted_by_a_state_are_not_its_news() -> None:
    text = (
        "The Swiss Federal Council on Wednesday adopted the latest sanctions measures "
        "introduced by the European Union against Russia."
    )
    assert ("EU", "imposed") not in news(text)


def test_a_subordinate_clause_after_a_warning_reports_its_own_act() -> None:
    # the warning's words ("evade", "would") do not reach the act after "a day after"
    text = (
        "The Foreign Ministry warned on Tuesday that any company helping Moscow evade "
        "sanctions would face penalties, a day after Japan froze the assets of 11 Russian "
        "firms."
    )
    assert ("JP", "imposed") in news(text)


def test_a_participle_with_its_own_agent_after_a_vow_is_imposed() -> None:
    text = "North Korea vowed to respond to the new sanctions imposed by South Korea on Tuesday."
    assert news(text) == {("KP", "threatened"), ("KR", "imposed")}


@pytest.mark.parametrize(
    "second",
    [
        "The Foreign Ministry in Beijing warned that the move would be met with countermeasures.",
        "The Foreign Ministry warned that China would take countermeasures.",
        "The Foreign Ministry said Beijing will respond firmly to the sanctions.",
    ],
)
def test_an_agency_that_names_no_state_answers_for_its_own(second: str) -> None:
    text = "The United States on Tuesday sanctioned three Chinese refiners. " + second
    assert news(text) == {("US", "imposed"), ("CN", "threatened")}


def test_an_agency_qualified_by_its_capital_acts_for_its_state() -> None:
    text = (
        "The Ministry of Foreign Affairs in Seoul on Tuesday designated four North Korean hackers."
    )
    assert news(text) == {("KR", "imposed")}


def test_a_country_denouncing_sanctions_imposes_none() -> None:
    text = (
        'Tehran on Saturday denounced the new sanctions. "The new sanctions are not compatible '
        'with the nuclear deal," a spokesman said. On Friday, the US Treasury blacklisted 13 '
        "individuals and 12 companies."
    )
    assert news(text) == {("US", "imposed")}


def test_reintroduced_sanctions_are_imposed() -> None:
    text = "The Council of the European Union on Monday reintroduced the sanctions on Iran's oil."
    assert news(text) == {("EU", "imposed")}


@pytest.mark.parametrize(
    "first",
    [
        "Syria has been designated a state sponsor of terrorism since 1979.",
        "Rusal, the largest aluminium producer outside China, was sanctioned in April 2018.",
    ],
)
def test_a_country_before_a_passive_trigger_is_hit_not_acting(first: str) -> None:
    text = first + " The United States on Tuesday sanctioned five Syrian officials."
    # not even as background: the country was hit, it never acted
    assert {(a, s) for a, s, _ in actions(text)} == {("US", "imposed")}


def test_a_country_opposing_a_designation_imposes_none() -> None:
    text = (
        'The US on Tuesday sanctioned six Chinese firms. Beijing "firmly opposes" the '
        "designation of Chinese companies, a spokesman said."
    )
    assert news(text) == {("US", "imposed")}


def test_a_subject_naming_nobody_in_particular_takes_no_authority_from_context() -> None:
    text = (
        'Russia on Tuesday hit back at the EU. "Those who introduced these restrictions have '
        'hurt themselves most," the Kremlin said.'
    )
    assert news(text) == set()


def test_states_aligning_with_a_council_decision_each_act_on_the_declaration_day() -> None:
    text = (
        "North Macedonia, the Republic of Moldova, Iceland and Norway have aligned themselves "
        "with the Council decision of 24 February that added 48 individuals to the EU's "
        "sanctions list, according to a declaration published on Tuesday."
    )
    aligned = {(a.authority, a.date) for a in read(text).actions if a.authority != "EU"}
    assert aligned == {(code, date(2025, 6, 3)) for code in ("MK", "MD", "IS", "NO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE HAGUE/WASHINGTON — The United States on Tuesday imposed sanctions on four "
            "judges of the International Criminal Court.",
            {("US", "imposed")},
        ),
        (
            "BEIJING/TOKYO — China's Foreign Ministry on Tuesday announced sanctions against a "
            "member of the upper house of parliament.",
            {("CN", "imposed")},
        ),
        (
            "OTTAWA, Canada -- The Foreign Ministry of Australia on Tuesday imposed sanctions "
            "on six Russian officials.",
            {("AU", "imposed")},
        ),
        (
            # session 31: capitals with accents in the city before the country
            "SÃO PAULO, BRAZIL – The US Treasury on Thursday designated a money changer and "
            "two logistics firms it says move cash for a drug gang.",
            {("US", "imposed")},
        ),
        (
            "BOGOTÁ, COLOMBIA — Britain on Monday imposed sanctions on three arms brokers.",
            {("GB", "imposed")},
        ),
    ],
)
def test_every_place_of_a_dateline_is_where_the_story_was_filed(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert news(text) == expected


def test_the_owner_after_a_second_participle_does_not_act() -> None:
    text = (
        "The UK government on Tuesday sanctioned 11 shadow fleet tankers. Eight of the "
        "tankers listed were owned by Russian state-controlled Sovcomflot."
    )
    assert news(text) == {("GB", "imposed")}


@pytest.mark.parametrize(
    "text",
    [
        "A draft resolution tabled by Russia and China that would have postponed the return "
        "of UN sanctions on Iran was rejected by the Security Council on Friday.",
        "The draft resolution proposing sanctions on the junta was vetoed by Russia on Friday.",
    ],
)
def test_a_failed_draft_is_no_proposal(text: str) -> None:
    assert news(text) == set()


@pytest.mark.parametrize("rules_only", [True, False])
def test_a_un_committee_named_for_the_state_it_watches_is_the_uns(rules_only: bool) -> None:
    # session 31: "the Council's Sudan committee" read as a Sudanese act beside the UN's
    text = (
        "The UN Security Council's Mali committee on Thursday added three militia "
        "financiers to its sanctions list."
    )
    assert news(text, rules_only) == {("UN", "imposed")}
