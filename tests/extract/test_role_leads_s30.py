"""Targets told by their role or kind and named away from the trigger (session 30, the
leads of w1500-w1519): a second object of the same cue after ", and against their
operator, X"; the counted kind taken up by a copula ("The entity is the ministry's
front company, X."); a role the action told alone, then its holder's name ("A judge ...
was also listed. The judge, X, passed ..."); a visa designation under Section 7031(c).
Short texts written for these tests, read by the rules alone."""

from datetime import date

from tests.extract.helpers import rules_actions

MONDAY = date(2025, 11, 10)


def targets(text: str) -> list[list[str]]:
    return [[t.name for t in a.targets] for a in rules_actions(text, MONDAY)]


def test_a_second_object_of_the_same_preposition_is_hit() -> None:
    text = (
        "Japan on Friday imposed sanctions against four bulk carriers that shipped North "
        "Korean coal last winter, and against their manager, the Hong Kong-registered "
        "Golden Tide Maritime Limited."
    )
    assert targets(text) == [["Golden Tide Maritime Limited"]]
    # a day after the repeated preposition is no second object
    text = (
        "Japan on Friday imposed sanctions on four bulk carriers that shipped North Korean "
        "coal last winter, and on Tuesday, Foreign Minister Taro Kono said more would follow."
    )
    assert targets(text) == [[]]


def test_the_counted_kind_taken_up_by_a_copula_names_its_party() -> None:
    lead = "Australia on Monday sanctioned three individuals and one entity over the plot. "
    text = lead + "The entity is the network's shipping agent in Dubai, Saffron Line Trading LLC."
    assert targets(text) == [["Saffron Line Trading LLC"]]
    text = lead + (
        "The three are officers of the border police, and the entity is the unit's supplier "
        "of radios, Volna Svyaz LLC."
    )
    assert targets(text) == [["Volna Svyaz LLC"]]
    # a relation in the description: the name is the firm's parent, no target
    text = lead + "The entity is a subsidiary of the state shipping group, Sovcomflot."
    assert targets(text) == [[]]


def test_a_role_told_alone_then_named_is_hit() -> None:
    lead = "The EU on Monday added five people to its Belarus human rights sanctions list. "
    text = lead + (
        "A prosecutor of the Minsk regional court was also listed. The prosecutor, Dzmitry "
        "Kavalenka, demanded long terms for the strikers."
    )
    assert targets(text) == [["Dzmitry Kavalenka"]]
    # the same role in a sentence with no listing is no antecedent
    text = lead + (
        "Many of them were tried at the Minsk regional court. The prosecutor, Dzmitry "
        "Kavalenka, demanded long terms for the strikers."
    )
    assert targets(text) == [[]]
    # a role the target dealt with is no role the action told
    text = (
        "The US on Monday sanctioned a Belarusian firm that supplied a prosecutor with "
        "wiretaps. The prosecutor, Dzmitry Kavalenka, demanded long terms for the strikers."
    )
    assert targets(text) == [[]]
    # the role that speaks next is a speaker
    text = lead + (
        "A prosecutor of the Minsk regional court was also listed. The prosecutor, Dzmitry "
        "Kavalenka, said he would appeal."
    )
    assert targets(text) == [[]]


def test_a_visa_designation_under_section_7031c_is_an_act_of_its_own() -> None:
    text = (
        "OFAC on Monday sanctioned former Moldovan prosecutor Vasile Cretu and businessman "
        "Ion Munteanu for corruption. The State Department in addition named Cretu under "
        "Section 7031(c), which makes him and his wife ineligible to enter the United States."
    )
    assert [(a.authority, [t.name for t in a.targets]) for a in rules_actions(text, MONDAY)] == [
        ("US", ["Vasile Cretu", "Ion Munteanu"]),
        ("US", ["Vasile Cretu"]),
    ]
    # a name given for a post is no designation
    assert rules_actions("The board named Vasile Cretu chairman in 2019.", MONDAY) == []


def test_a_firm_described_then_named_between_dashes_is_hit() -> None:
    lead = (
        "Canada on Tuesday sanctioned a Serbian company that shipped drone engines to "
        "Russian plants. "
    )
    text = lead + "According to the department, the supplier -- Vektor Motori DOO -- used Turkey."
    assert targets(text) == [["Vektor Motori DOO"]]
    text = lead + "The firm -- Vektor Motori DOO -- used a route through Turkey."
    assert targets(text) == [["Vektor Motori DOO"]]
    # a party of another kind between dashes is no kind the action told
    text = lead + "According to police, the victim -- Medibank Private Limited -- lost data."
    assert targets(text) == [[]]


def test_his_company_was_added_takes_up_the_firm_named_as_his() -> None:
    lead = "Norway on Tuesday sanctioned Arvid Petrov over the shadow fleet. "
    text = lead + (
        "Petrov, the beneficial owner of Nordhav Shipping LLC, runs six tankers. "
        "His company, registered in Dubai, was added at the same time."
    )
    assert [sorted(names) for names in targets(text)] == [["Arvid Petrov", "Nordhav Shipping LLC"]]
    # a firm he only dealt with is not his
    text = lead + (
        "Petrov, a client of Nordhav Shipping LLC, runs six tankers. "
        "His company, registered in Dubai, was added at the same time."
    )
    assert targets(text) == [["Arvid Petrov"]]
