"""Action dates and authorities on short texts written for these tests (issue 11,
session 9): kinds of failure that carry to any article, not to one.

A day the text gives only in a speaker's sentence ("Foreign Minister X announced the
measures on Monday"), a second authority's act the text does not date apart from
the day of the news, and a country named in a counted group of those hit ("14 US
entities were added") that is not an authority.
"""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.extract.counts import find_counts
from tests.extract.test_action_authorities import PUBLISHED, actions, news, read


def news_days(text: str, rules_only: bool = True) -> set[tuple[str, date | None]]:
    """(authority, day) of the news actions found in `text`, by `read`."""
    return {(a.authority, a.date) for a in read(text, rules_only).actions if not a.background}


@pytest.mark.parametrize("rules_only", [True, False])
def test_a_titled_speaker_announcing_the_measures_dates_them(rules_only: bool) -> None:
    text = (
        "Australia has imposed targeted financial sanctions and travel bans on Russian media "
        "figures accused of spreading disinformation. Foreign Minister Penny Wong announced "
        "the measures on Monday. The sanctions target 39 individuals."
    )
    assert news_days(text, rules_only) == {("AU", date(2025, 6, 2))}


def test_a_speaker_of_another_state_does_not_date_the_action() -> None:
    text = (
        "Australia has imposed targeted financial sanctions on Russian media figures. "
        "Russia's foreign ministry spokeswoman said on Monday that Moscow would respond."
    )
    report = read(text)
    # not Russia's Monday; told in the present perfect, the act is of the page's own day
    # (session 32: the gold dates such a release by its stamp)
    assert [a.date for a in report.actions if a.authority == "AU"] == [PUBLISHED]


@pytest.mark.parametrize("rules_only", [True, False])
def test_an_undated_act_reported_with_the_news_takes_the_news_day(rules_only: bool) -> None:
    text = (
        "The European Union on Tuesday adopted its 18th package of sanctions against Russia, "
        "adding 105 vessels to its list of shadow-fleet ships. In London, the Foreign Office "
        "said Britain was also sanctioning 135 shadow-fleet tankers."
    )
    assert news_days(text, rules_only) == {("EU", date(2025, 6, 3)), ("GB", date(2025, 6, 3))}


def test_an_article_without_a_dated_act_leaves_every_day_open() -> None:
    text = (
        "The European Union adopted its 18th package of sanctions against Russia. Britain "
        "also sanctioned 135 shadow-fleet tankers."
    )
    assert {a.date for a in read(text).actions} == {None}
    assert PUBLISHED  # relative days would resolve against it; none is written here


@pytest.mark.parametrize(
    "text",
    [
        "China's Ministry of Commerce announced on Thursday that 14 US entities were added "
        "to the unreliable entity list over arms sales to Taiwan.",
        "Beijing on Thursday sanctioned two UK firms and three US defence companies over "
        "arms sales to Taiwan.",
    ],
)
def test_a_country_in_a_counted_group_of_targets_does_not_act(text: str) -> None:
    assert news(text) == {("CN", "imposed")}


def test_a_country_after_a_number_that_is_a_date_still_acts() -> None:
    text = "On 14 May Britain imposed sanctions on 12 Russian officials."
    assert news(text) == {("GB", "imposed")}


@pytest.mark.parametrize(
    "text",
    [
        "The EU warned on Monday that it could suspend visa-free travel for Georgians. Since "
        "then, a group of member states including the Nordic countries have imposed national "
        "entry bans of their own.",
        "A UN panel of experts recommended on Monday that the Security Council list five more "
        "companies. Diplomats say Western countries have responded by coordinating their own "
        "designations instead.",
    ],
)
def test_unnamed_states_as_subject_are_not_the_authority_in_context(text: str) -> None:
    assert news(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        'South Korea warned on Tuesday it would respond to the missile launch. "These '
        'designations are as much about building a record as about changing behaviour," said '
        "an analyst at a Seoul think tank.",
        "A UN panel of experts recommended on Monday that the Security Council list five more "
        "companies. For analysts, the question is whether the report will be followed by "
        "coordinated national designations.",
    ],
)
def test_what_commentators_say_of_designations_is_no_act(text: str) -> None:
    assert {status for _, status in news(text)} <= {"threatened"}


@pytest.mark.parametrize("rules_only", [True, False])
def test_the_bloc_is_the_bloc_the_text_names(rules_only: bool) -> None:
    text = (
        "The bloc on Friday imposed asset freezes on 12 Iranian officials over the crackdown. "
        "EU foreign ministers agreed the listings in Brussels."
    )
    assert news(text, rules_only) == {("EU", "imposed")}
    west_africa = (
        "ECOWAS leaders met in Abuja on Sunday. The regional bloc imposed a border closure and "
        "froze the assets of the junta's members."
    )
    assert news(west_africa, rules_only) == {("ECOWAS", "imposed")}


def test_a_bloc_named_nowhere_is_nobody() -> None:
    text = "The bloc on Friday imposed asset freezes on 12 Iranian officials."
    assert actions(text) == []


def test_an_act_with_its_own_subject_after_a_past_one_is_news() -> None:
    text = (
        "In response to the US sanctions imposed last week, China on Tuesday added four "
        "American defence firms to its unreliable entity list."
    )
    assert actions(text) == [("CN", "imposed", False)]


def test_an_act_after_a_vow_with_its_own_subject_is_imposed() -> None:
    text = (
        "Iran vowed to impose reciprocal sanctions on European officials after the EU listed "
        "20 IRGC commanders on Monday."
    )
    assert news(text) == {("IR", "threatened"), ("EU", "imposed")}


def test_a_present_passive_that_describes_the_procedure_is_no_act() -> None:
    text = (
        "Sanctions are imposed by the Council on a proposal from the High Representative, and "
        "they must be renewed every six months."
    )
    assert actions(text) == []
    # the same passive with a day is news
    dated = "Sanctions are imposed today by the European Union on 12 officials."
    assert news(dated) == {("EU", "imposed")}


def test_proposed_to_list_is_a_proposal() -> None:
    text = "The European Commission proposed on Tuesday to list 45 more shadow-fleet vessels."
    assert news(text) == {("EU", "proposed")}


def test_captains_of_sanctioned_ships_are_counted_as_people() -> None:
    text = (
        "Ukraine on Tuesday imposed sanctions on 56 vessels of Russia's shadow fleet and 44 of "
        "their captains."
    )
    (action,) = read(text).actions
    assert (action.counts["vessel"], action.counts["person"]) == (56, 44)


@pytest.mark.parametrize("rules_only", [True, False])
def test_a_headline_count_counts_when_the_body_gives_none(rules_only: bool) -> None:
    text = (
        "US Treasury hits 4 people, 5 firms in Mideast for funding Islamic State\n\n"
        "The US Treasury on Tuesday sanctioned four firms and their owners for moving money "
        "to Islamic State fighters, among them the Al-Amin Exchange."
    )
    (action,) = read(text, rules_only).actions
    assert (action.counts["person"], action.counts["organization"]) == (4, 4)


def test_a_headline_of_another_authority_counts_nothing() -> None:
    text = (
        "Britain sanctions 20 ships of the shadow fleet\n\n"
        "Canada on Tuesday sanctioned several Russian shipping firms over the oil trade."
    )
    counts = {a.authority: a.counts["vessel"] for a in read(text).actions}
    assert counts.get("CA") is None


@pytest.mark.parametrize("rules_only", [True, False])
def test_the_authority_with_a_day_before_the_action_dates_it(rules_only: bool) -> None:
    text = (
        "The US Treasury on Tuesday identified eight aircraft operated by Mahan Air as blocked "
        "property. OFAC also designated two companies that leased aircraft to the airline."
    )
    assert news_days(text, rules_only) == {("US", date(2025, 6, 3))}


def test_a_day_beside_another_authority_does_not_date_the_action() -> None:
    text = (
        "The EU on Tuesday discussed the shadow fleet. OFAC designated two companies that "
        "leased aircraft to Mahan Air."
    )
    assert {(a.authority, a.date) for a in read(text).actions} == {("US", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Two companies of Kazakhstan got into the 19th package of sanctions against Russia "
        "which the European Union adopted on Tuesday.",
        "The EU's 19th package of sanctions against Russia, adopted on Tuesday, includes four "
        "companies registered in Kazakhstan.",
    ],
)
def test_a_package_adopted_on_a_day_is_imposed_by_its_adopter(text: str) -> None:
    assert news(text) == {("EU", "imposed")}


def test_an_adoption_whose_adopter_is_not_named_is_no_act() -> None:
    text = "The law, adopted on Tuesday by a show of hands, bans the sale of land to foreigners."
    assert actions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Swiss Federal Council on Tuesday added five Russian entities to the annex of the "
        "Ukraine sanctions ordinance.",
        "The Federal Council decided on Tuesday to adopt the additional listings of the EU's "
        "latest package against Russia.",
    ],
)
def test_a_smaller_state_adding_to_its_annex_or_adopting_listings_imposes(text: str) -> None:
    assert news(text) == {("CH", "imposed")}


@pytest.mark.parametrize("rules_only", [True, False])
def test_a_headline_leader_leads_and_a_reacting_capital_does_not(rules_only: bool) -> None:
    text = (
        "Zelensky signs sanctions on Chinese makers of drone engines, Beijing protests\n\n"
        "President Volodymyr Zelensky on Friday enacted a decision of the National Security "
        "and Defense Council imposing sanctions on 19 legal entities and 8 individuals from "
        "China, Belarus and Russia."
    )
    assert {a for a, _ in news(text, rules_only)} == {"UA"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A total of 27 ships were sanctioned, including two LNG carriers.", 27),
        ("In total, 601 entities from Russia and Iran were added to the list.", 601),
        ("A total of 47 entities are affected by sanctions so far.", None),
        ("The EU has now sanctioned 79 vessels in total.", None),
    ],
)
def test_a_total_counts_unless_it_is_a_running_tally(text: str, value: int | None) -> None:
    phrases = find_counts(text)
    assert (phrases[0].value if phrases else None) == value


def test_an_agreement_beside_the_adoption_folds_into_it() -> None:
    text = (
        "The Council of the European Union on Monday added 48 individuals and 35 entities to "
        "its Russia sanctions list. The ministers also agreed to list 74 vessels of the "
        "shadow fleet."
    )
    report = read(text)
    assert [(a.authority, a.status) for a in report.actions if not a.background] == [
        ("EU", "imposed")
    ]
    assert report.actions[0].counts["vessel"] == 74


def test_an_agreement_alone_stays_a_proposal() -> None:
    text = "EU foreign ministers on Monday agreed to list 74 more vessels of the shadow fleet."
    assert news(text) == {("EU", "proposed")}


@pytest.mark.parametrize(
    "text",
    [
        "such as Executive Order 14024 for Russia or Executive Order 13224 for terrorism.",
        "under Resolution 2397 for example",
    ],
)
def test_the_number_of_an_order_or_resolution_is_no_count(text: str) -> None:
    assert find_counts(text) == []


def test_a_habit_of_designating_explains_how_sanctions_work() -> None:
    text = (
        "Sanctions on Russia are set under executive orders. The State Department also "
        "designates people, often under the same executive orders."
    )
    assert actions(text) == []


def test_a_sentence_opening_on_a_total_sums_the_action_up() -> None:
    text = (
        "The EU on Tuesday sanctioned 11 ships of the shadow fleet over their ship-to-ship "
        "transfers. A total of 27 ships were sanctioned, including two ships that store "
        "liquefied natural gas."
    )
    (action,) = [a for a in read(text).actions if not a.background]
    assert action.counts["vessel"] == 27


def test_an_act_a_week_earlier_is_background_and_takes_no_news_day() -> None:
    text = (
        "The United States on Wednesday imposed sanctions on Rosneft and Lukoil. The British "
        "government had sanctioned both companies a week earlier."
    )
    report = read(text)
    assert [(a.authority, a.date, a.background) for a in report.actions] == [
        ("US", date(2025, 6, 4), False),
        ("GB", None, True),
    ]
