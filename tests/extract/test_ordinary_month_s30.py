"""Kinds of failure of the session-30 first look on w1600-w1619 (an ordinary month of
sanctions news), tested with sentences written for these tests (no corpus text)."""

from tests.extract.helpers import names
from tests.extract.test_status_s27 import news  # published on a Wednesday


def test_a_thematic_regime_before_sanctions_still_imposes() -> None:
    for text in (
        "New Zealand has slapped cyber sanctions on two Russian men and a Moscow company.\n",
        "Britain on Monday placed human rights sanctions on three prison governors.\n",
        "Canberra levied Magnitsky-style sanctions on four police officers.\n",
    ):
        assert [(a, s) for a, s, _ in news(text)][:1] in (
            [("NZ", "imposed")],
            [("GB", "imposed")],
            [("AU", "imposed")],
        ), text


def test_a_thematic_word_does_not_make_a_vow_an_imposition() -> None:
    text = "Wellington vowed cyber sanctions on anyone behind the attacks.\n"
    assert ("NZ", "imposed") not in [(a, s) for a, s, _ in news(text)]


def test_an_adjective_opening_a_quotation_is_no_name() -> None:
    assert names('"Malicious cyber actors will be named and held to account," she said.\n') == []
    assert names("Hostile actors who attack our ports will be sanctioned.\n") == []
    # a one-word firm opening a sentence before its verb keeps its name
    assert names('"Progressive was sanctioned on Monday," he said.\n') == ["Progressive"]
    # and an adjective-looking word inside a sentence is left to the other rules
    assert "Progressive Shipping" in names("The UK listed Progressive Shipping on Monday.\n")


def test_another_government_expected_to_align_is_no_proposal() -> None:
    text = (
        "The EU on Monday sanctioned four Russian officials over election meddling.\n\n"
        "Montenegro, a candidate country, is expected to align with the listings.\n"
    )
    acts = [(a, s) for a, s, _ in news(text)]
    assert ("ME", "threatened") in acts
    assert ("ME", "proposed") not in acts
    # a package expected to be adopted is still no threat of that kind
    later = "The Council's package is expected to be adopted on Friday.\n"
    assert all(s != "threatened" for _, s, _ in news(later))


def test_a_un_entry_with_its_fields_on_lines_of_their_own_names_a_target() -> None:
    from tests.extract.helpers import rules_actions
    from tests.extract.test_status_s27 import PUBLISHED

    text = (
        "On 3 June 2025, the Security Council Committee established pursuant to resolution"
        " 2713 (2023) approved the addition of the entries specified below to its Sanctions"
        " List.\n\nA. Individuals\n\nSOi.041 Name: Abdikarim Yusuf Warsame\n\n"
        "Title: na  Designation: Al-Shabaab tax collector  Nationality: Somalia\n\n"
        "SOi.042 Name: Mahad Ali Guled\n\nNationality: Somalia\n"
    )
    (action,) = [a for a in rules_actions(text, PUBLISHED) if not a.background]
    assert (action.authority, [t.name for t in action.targets]) == (
        "UN",
        ["Abdikarim Yusuf Warsame", "Mahad Ali Guled"],
    )
