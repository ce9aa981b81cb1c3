"""Leads of session 30 (helper b): who acts, status and counts on kinds the written
training articles showed. Sentences written for these tests (no corpus text)."""

from datetime import date
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.model import Article


def actions(text: str) -> list[dict[str, Any]]:
    report = extract(Article(id="t", text=text, published=date(2026, 3, 4)))
    return [a.to_dict() for a in report.actions]


def news(text: str) -> set[tuple[str, str]]:
    """(authority, status) of the actions that are not background."""
    return {(a["authority"], a["status"]) for a in actions(text) if not a["background"]}


def test_a_headline_subject_outweighs_a_menu_topic_above_it() -> None:
    # a section menu names the target's state; the headline names who acts, and the
    # government of the first paragraph is the headline's
    text = (
        "NIPPON HERALD\nNational | Politics | Myanmar | Business | Opinion\n\n"
        "Tokyo freezes assets of Myanmar army-linked firms\n\n"
        "The government on Tuesday froze the assets of two Myanmar companies that supply"
        " the military, Kanbawza Steel Works and Golden Lotus Gems, the foreign ministry"
        " said.\n"
    )
    assert news(text) == {("JP", "imposed")}


def test_a_noun_after_that_points_back_to_an_act_already_told() -> None:
    # "that listing" is Britain's listing of May, told in the sentence before: Canada's
    # targets are no new British act
    text = (
        "Canada on Monday froze the assets of Nordlicht Trading GmbH and Selim Avcı over"
        " drone parts supplied to Russia. Both were listed by Britain's Foreign Office in"
        " May, and Ottawa's decision is aligning with that listing, a foreign ministry"
        " official said."
    )
    found = {
        (a["authority"], a["background"]): {t["name"] for t in a["targets"]} for a in actions(text)
    }
    assert found.get(("CA", False)) == {"Nordlicht Trading GmbH", "Selim Avcı"}
    assert not any(code == "GB" and not background for code, background in found)


def test_a_state_that_places_a_firm_owns_no_ministry_after_it() -> None:
    # "a Singapore shipping agent": where the firm is; the ministry that speaks of it
    # is that of the state acting in the story
    text = (
        "The Japanese government on Tuesday froze the assets of 12 organizations over"
        " Russia's war, the Chief Cabinet Secretary announced. The organizations subject"
        " to the asset freeze include a Singapore shipping agent, Bluewater Maritime"
        " Agency Pte. Ltd., which the Foreign Ministry says carried drone engines to"
        " Russia."
    )
    assert news(text) == {("JP", "imposed")}


def test_those_before_a_participle_is_no_back_reference() -> None:
    # "those listed" are the people of today's act: what it bars them from is its measure
    text = (
        "The EU on Monday imposed sanctions on nine officials of the Wagner network. In"
        " addition, EU citizens and companies are prohibited to make funds available to"
        " those listed."
    )
    eu = [a for a in actions(text) if a["authority"] == "EU" and not a["background"]]
    assert "financial_restrictions" in eu[0]["measures"]


def test_a_relative_that_before_a_verb_trigger_is_no_back_reference() -> None:
    text = (
        "Ukraine's President on Friday signed decrees putting into effect decisions of the"
        " National Security and Defense Council that impose sanctions on 40 individuals"
        " and 12 tankers of the shadow fleet."
    )
    acts = [a for a in actions(text) if a["authority"] == "UA"]
    assert [a["agency"] for a in acts] == ["National Security and Defense Council"]


def counted(text: str) -> dict[str, dict[str, int]]:
    return {
        a["authority"]: {k: v for k, v in a["counts"].items() if v is not None}
        for a in actions(text)
        if not a["background"]
    }


def test_an_article_part_described_at_length_still_joins_the_list() -> None:
    # "a businessman" is one person of the list, however long his description
    text = (
        "Britain on Tuesday froze the assets of a businessman at the centre of the"
        " gold-smuggling ring known in the Gulf as the Dubai Circle and three people who"
        " moved the bullion for him."
    )
    assert counted(text) == {"GB": {"person": 4}}


def test_an_export_prohibition_count_adds_to_its_kind() -> None:
    text = (
        "Japan on Friday approved sanctions that include the asset freeze of 8 individuals"
        " and 12 entities and the export prohibition to 15 entities in China and Turkey."
    )
    assert counted(text) == {"JP": {"person": 8, "organization": 27}}


def test_a_waiver_not_extended_is_no_lifting() -> None:
    # relief refused ends relief: never a lifting; with no condition in its sentence a
    # decision, as the corpus reads a waiver not renewed (w293, w732; the status lane's
    # rule in tests/extract/test_status_lane_s30.py)
    warned = (
        "The United States would not extend the waiver that let Iraq pay Iran for"
        " electricity, the State Department said on Friday."
    )
    assert news(warned) == {("US", "imposed")}
    refused = "The Treasury on Monday declined to extend the waiver for the Serbian refiner NIS."
    assert ("US", "lifted") not in news(refused)
    # an extension is still a lifting
    extended = "The Treasury on Monday extended the waiver for the Serbian refiner NIS by 30 days."
    assert news(extended) == {("US", "lifted")}
