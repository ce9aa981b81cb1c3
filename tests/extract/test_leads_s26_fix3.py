"""Count leads of session 26 (first look on w1280-w1299): the action's whole count
stated first and a part of it told later in a clause with "also" whose frame names the
department; a part that says it is "more" adds to the whole; "two of its managers" (a
firm's people, not the ship managers of tankers); a Soviet-style model designator without
its maker ("three of its Il-76TD aircraft"); a name said to have been on the list for
years is no target. Each rule is tested with
sentences written for these tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract import extract
from sanctionwatch.extract.counts import find_counts
from sanctionwatch.model import Article
from tests.extract.helpers import rules_actions

PUBLISHED = date(2026, 12, 4)  # a Friday


def counts(text: str) -> list[dict[str, int | None]]:
    return [a.counts for a in rules_actions(text, PUBLISHED) if a.status == "imposed"]


def find_kinds(text: str) -> list[tuple[str, int]]:
    return [(p.kind, p.value) for p in find_counts(text)]


def test_a_later_also_clause_counts_a_part_of_the_whole_stated_first() -> None:
    text = (
        "New Zealand has imposed sanctions on six commanders of the Wagner Group and three"
        " companies that supply it.\n\n"
        "The Ministry of Foreign Affairs and Trade said on Thursday the measures freeze"
        " their assets in New Zealand.\n\n"
        "His deputy, Ivan Petrovsky, and a field commander named as Oleg Sarin were also"
        " designated, along with two officers the ministry identified only by rank."
    )
    assert [c["person"] for c in counts(text)] == [6]


def test_a_later_also_clause_with_more_adds_to_the_count_before() -> None:
    text = (
        "Britain on Thursday sanctioned Northgate Hosting, a Russia-based hosting firm,"
        " along with three of its administrators.\n\n"
        "In addition, the Foreign Office also listed Southgate Data LP, a front of"
        " Northgate, and five more employees of the firm."
    )
    assert [c["person"] for c in counts(text)] == [8]


def test_a_firms_own_managers_are_counted_people_but_ship_managers_are_not() -> None:
    assert find_kinds("Washington sanctioned a Laos trading firm and two of its managers.") == [
        ("organization", 1),
        ("person", 2),
    ]
    # the tankers' managers are ship managers, firms: no count of people
    assert ("person", 2) not in find_kinds(
        "Britain sanctioned 30 tankers and two of their managers in the Emirates."
    )


def test_a_model_designator_without_its_maker_holds_no_count() -> None:
    assert find_kinds("The EU added the airline and three of its Il-76TD aircraft.") == [
        ("aircraft", 3)
    ]
    # parts side by side add up, as with a maker named
    assert find_kinds("Ottawa listed two An-124 freighters and four Tu-204s.") == [("aircraft", 6)]


def test_a_name_said_to_be_on_the_list_for_years_is_no_target() -> None:
    text = (
        "The Treasury on Thursday sanctioned Marigold Petrochem Ltd, an Indian refiner, for"
        " buying Iranian oil.\n\n"
        "A Malaysian company that Marigold bought from, Selatan Fuel Holdings Pte. Ltd., has"
        " been on the US list for years."
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    assert [[t.name for t in a.targets] for a in report.actions] == [["Marigold Petrochem Ltd"]]
