"""Leads of session 29 (helper b): counts a joiner sets named targets beside ("X was
designated along with three firms": ANNOTATION's "also designated three companies"
beside a named one adds it). Sentences written for these tests (no corpus text)."""

from datetime import date
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.model import Article


def actions(text: str) -> list[dict[str, Any]]:
    report = extract(Article(id="t", text=text, published=date(2026, 3, 4)))
    return [a.to_dict() for a in report.actions]


def counted(text: str) -> dict[str, dict[str, int]]:
    return {
        a["authority"]: {k: v for k, v in a["counts"].items() if v is not None}
        for a in actions(text)
        if not a["background"]
    }


def test_a_name_before_a_joiner_comes_on_top_of_the_count_after_it() -> None:
    text = (
        "Polar Cargo Lines was designated by the U.S. Treasury on Tuesday along with its"
        " chief executive Anton Brisk and two Armenian trading firms."
    )
    assert counted(text) == {"US": {"organization": 3}}


def test_a_name_after_a_joiner_comes_on_top_of_the_count_before_it() -> None:
    text = (
        "Canada on Tuesday listed three Haitian police commanders, along with"
        " businesswoman Jeanne Florestal."
    )
    assert counted(text) == {"CA": {"person": 4}}


def test_the_names_of_the_count_itself_are_not_added() -> None:
    # the count's own apposition stands on its side of the joiner: two, not four
    text = (
        "Canada on Tuesday listed two smugglers, Lucien Barre and Hugo Demont, along with"
        " the shipping firm Baie Verte Transport."
    )
    assert counted(text) == {"CA": {"person": 2}}
    # no joiner: the count covers the named one (ANNOTATION: the whole action)
    plain = "Canada on Tuesday listed Jeanne Florestal and two other Haitian officials."
    assert counted(plain) == {"CA": {"person": 3}}


def test_those_listed_after_a_listing_told_with_a_removal_are_the_listing_s() -> None:
    # the removal beside the news listing makes no lifting story: "those listed" and
    # "The entities include" go on with the listing, which keeps its counts
    text = (
        "Canada on Wednesday imposed sanctions on five individuals and two entities that"
        " recruit fighters for Russia, and removed one businessman from its list after a"
        " review.\n\nForeign Affairs Minister Mary Dunn said those listed include Oleg"
        " Pavlovich Sorokin, who runs a recruitment office in Kazan. The entities include the"
        " Moscow firm Severny Kadry LLC.\n\nOttawa says the recruits are sent to the front."
    )
    acts = [a for a in actions(text) if not a["background"]]
    found = {a["status"]: [t["name"] for t in a["targets"]] for a in acts}
    assert found["imposed"] == ["Oleg Pavlovich Sorokin", "Severny Kadry LLC"]
    assert found.get("lifted", []) == []
    imposed = next(a for a in acts if a["status"] == "imposed")
    assert imposed["counts"]["person"] == 5 and imposed["counts"]["organization"] == 2


def test_defence_contractors_are_counted_as_firms() -> None:
    text = "China on Monday added four U.S. defense contractors to its unreliable entity list."
    assert counted(text) == {"CN": {"organization": 4}}


def test_both_named_and_a_number_of_others_count_the_others_with_the_named() -> None:
    # "both" is no number; "eight others" is an "other" count, the two named on top
    text = (
        "The Commerce Department on Tuesday added Harbin Lianxin Optics and Qingdao Weiye"
        " Electronics to its Entity List. It placed both companies and six others on the"
        " list for supplying Russian drone makers."
    )
    assert counted(text) == {"US": {"organization": 8}}
    assert counted("Canada on Tuesday listed both men.") == {"CA": {}}


def test_neither_nor_named_in_the_action_clears_a_buyer_of_that_kind() -> None:
    text = (
        "The Treasury on Thursday sanctioned the tanker owner Kestrel Maritime Ltd for"
        " shipping Iranian oil. The cargoes went to refiners in Shandong such as Dongfang"
        " Huaxing Refining Co. Neither port nor refinery was named in the action."
    )
    found = [t["name"] for a in actions(text) if not a["background"] for t in a["targets"]]
    assert found == ["Kestrel Maritime Ltd"]
