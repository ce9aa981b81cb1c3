"""Second round of session-27 fixes on w1380-w1399 (less common authorities, status and
dates): a law that enables sanctions is no act, a minister's plan to use it on people is a
threat, a parenthesis inside a regulation's name splits no clause, a list's size is a tally,
the African Union's Peace and Security Council is no UN body, a lifted suspension from a
bloc lifts, a deadline "past" a day dates nothing, demonym plurals are counted and never
targets, the Arab League's boycott office is a body, not a target, and "would align" is a
threat; tested with sentences written for these tests (no corpus text)."""

from sanctionwatch.extract import extract
from sanctionwatch.model import Article
from tests.extract.helpers import rules_actions
from tests.extract.test_status_s27 import PUBLISHED, news


def test_a_law_that_lets_the_government_freeze_assets_is_no_imposition() -> None:
    text = (
        "Georgia on Tuesday adopted a law on national restrictive measures, which for the"
        " first time allows the government to freeze assets and bar entry to people on its"
        " own decision.\n"
    )
    assert all(s != "imposed" for _, s, _ in news(text))


def test_a_law_imposing_sanctions_still_imposes() -> None:
    text = "Georgia's government on Tuesday adopted restrictive measures against 12 judges.\n"
    assert [(a, s) for a, s, _ in news(text)] == [("GE", "imposed")]


def test_a_plan_to_use_new_powers_against_people_is_a_threat() -> None:
    text = (
        "Georgia's justice minister said on Tuesday that the government would use the new"
        " powers first against the network of the businessman Ivan Petrov.\n"
    )
    assert news(text) == [("GE", "threatened", "2025-06-03")]


def test_a_dash_before_a_parenthesis_inside_a_regulation_name_splits_no_clause() -> None:
    text = (
        "The Monetary Authority of Singapore on Tuesday amended the Financial Services"
        " (Sanctions and Freezing of Assets of Persons - ISIL (Da'esh) and Al-Qaida)"
        " Regulations to give effect to recent decisions of the UN Security Council's"
        " Sanctions Committee.\n"
    )
    assert news(text) == [("SG", "imposed", "2025-06-03")]


def test_the_size_of_a_list_with_others_designations_is_no_act() -> None:
    text = (
        "Kazakhstan's financial monitoring agency on Monday added 14 people to its list."
        " The list now contains 1,287 names of individuals and organisations, including"
        " those designated by the UN Security Council.\n"
    )
    assert [a for a, _, _ in news(text)] == ["KZ"]


def test_the_peace_and_security_council_and_the_council_are_the_african_union() -> None:
    text = (
        "The African Union's Peace and Security Council on Monday lifted Gabon's suspension"
        " from all AU activities. At the same session the council warned Guinea's military"
        " authorities that they could face targeted sanctions if the elections slip past"
        " December 31.\n"
    )
    assert news(text) == [
        ("AFRICAN_UNION", "lifted", "2025-06-02"),
        ("AFRICAN_UNION", "threatened", "2025-06-02"),
    ]


def test_a_lifted_suspension_of_flights_is_no_lifting() -> None:
    text = "The ministry on Monday lifted the suspension of flights from Sharm el-Sheikh.\n"
    assert all(s != "lifted" for _, s, _ in news(text))


def test_a_demonym_plural_is_counted_and_no_target() -> None:
    text = (
        "Russia on Tuesday barred 27 New Zealanders from entering the country in response"
        " to Wellington's sanctions.\n"
    )
    (action,) = [a for a in rules_actions(text, PUBLISHED) if not a.background]
    assert (action.authority, action.status, action.counts["person"]) == ("RU", "imposed", 27)
    assert not action.targets


def test_the_boycott_office_asked_to_add_companies_is_no_target() -> None:
    text = (
        "Senior officials of the Arab League on Tuesday put forward a draft resolution that"
        " would ask the league's Central Boycott Office to add Harel Stoneworks and Negev"
        " Link Freight to the boycott blacklist.\n"
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    names = {t.name for a in report.actions for t in a.targets}
    assert "Central Boycott Office" not in names
    assert {"Harel Stoneworks", "Negev Link Freight"} <= names


def test_a_state_that_would_align_soon_threatens() -> None:
    text = (
        "In Podgorica, the Ministry of Foreign Affairs said Montenegro would align"
        ' "in the coming days".\n'
    )
    assert [(a, s) for a, s, _ in news(text)] == [("ME", "threatened")]
