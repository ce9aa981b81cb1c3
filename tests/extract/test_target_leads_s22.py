"""Target leads of session 22 (first look on w1080-w1099): paragraphs of a release that
open with a target's name and a dash or colon, tables flattened to text with tab cells and
their other columns, a ship's former name after "ex-" or "previously named", a firm's city
in parentheses or after "of" behind a legal form, and a word hyphenated at a line break;
each rule tested with sentences written for these tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract.names import find_names
from tests.extract.helpers import names, rules_news

PUBLISHED = date(2026, 11, 27)  # a Friday


def rules(text: str) -> dict[str, list[str]]:
    return rules_news(text, PUBLISHED)


def test_paragraphs_opening_with_a_name_and_a_dash_or_colon_list_the_targets() -> None:
    text = (
        "On Thursday OFAC designated two people and a company that sell fuel for the group.\n\n"
        '"The network is finished," said a Treasury official.\n\n'
        "Omar Faisal Haddad — A Beirut trader who arranged the sales.\n\n"
        "Rania Khalil Saab: a Syrian national who kept the accounts.\n\n"
        "Baniyas Fuel Logistics SAL – The company that stored the fuel."
    )
    assert rules(text) == {
        "US": ["Omar Faisal Haddad", "Rania Khalil Saab", "Baniyas Fuel Logistics SAL"]
    }


def test_a_name_before_a_quote_or_a_dateline_opens_no_entry() -> None:
    # a colon before a quote, a dateline's place, a one-word label: none is a target
    text = (
        "OFAC on Thursday designated Omar Faisal Haddad.\n\n"
        'Viktor Belov: "We will answer this."\n\n'
        "Caption: A screenshot of the sales platform."
    )
    assert rules(text) == {"US": ["Omar Faisal Haddad"]}
    text = (
        "Liechtenstein freezes assets of gang leader\n\n"
        "VADUZ — The government of Liechtenstein on Thursday froze the assets of gang leader"
        " Omar Faisal Haddad."
    )
    assert rules(text) == {"LI": ["Omar Faisal Haddad"]}


def test_tab_cells_of_a_table_row_split_names() -> None:
    row = "Harbin Lianxin Optics Co., Ltd.\tNo. 8 Songhua Road\tAll items subject to the EAR"
    assert names(row)[0] == "Harbin Lianxin Optics Co., Ltd."
    assert "Harbin Lianxin Optics Co., Ltd. No" not in names(row)


def test_a_tables_rows_name_their_first_cells_party_only() -> None:
    # tab cells
    text = (
        "The Commerce Department on Thursday added two entities to the Entity List:\n\n"
        "Entity\tAddress\tLicense requirement\n"
        "Harbin Lianxin Optics Co., Ltd.\tNo. 8 Songhua Road\tAll items\n"
        "Kowloon Tech Parts Limited\tFlat C, Canton Road\tAll items\n"
    )
    assert rules(text) == {"US": ["Harbin Lianxin Optics Co., Ltd.", "Kowloon Tech Parts Limited"]}
    # bar cells with a post and where the person works: the person only
    text = (
        "The UK on Thursday sanctioned two officials. They are:\n\n"
        "Name | Position | Nationality\n"
        "Oleg Ivanovich Sazonov | Director, Rassvet Youth Centre | Russia\n"
        "Irina Pavlovna Gromova | Official, Ministry of Culture of Russia | Russia\n"
    )
    assert rules(text) == {"GB": ["Oleg Ivanovich Sazonov", "Irina Pavlovna Gromova"]}


def test_a_ships_former_name_is_an_alias() -> None:
    found = find_names("The UK listed the Belukha Star, ex-Coral Bay (IMO 9176543), on Thursday.")
    assert [(n.text, n.aliases) for n in found] == [("Belukha Star", ["Coral Bay"])]
    found = find_names("It listed the Polar Wind (IMO 9176543), previously named Sea Heron.")
    assert [(n.text, n.aliases) for n in found] == [("Polar Wind", ["Sea Heron"])]
    text = "The UK on Thursday sanctioned the tanker Belukha Star, ex-Coral Bay (IMO 9176543)."
    assert rules(text) == {"GB": ["Belukha Star"]}
    # after a person "ex-" tells a past post, no other name
    found = find_names("The EU listed Pavel Orlov, ex-Deputy Minister of Energy.")
    assert [n.aliases for n in found if n.text == "Pavel Orlov"] == [[]]


def test_a_firms_city_in_parentheses_is_no_name() -> None:
    text = "Seoul listed Changbai Hongda Network Technology Co., Ltd. (Changbai) on Thursday."
    found = find_names(text)
    assert [(n.text, n.aliases) for n in found] == [
        ("Changbai Hongda Network Technology Co., Ltd.", [])
    ]
    found = find_names("OFAC named Hualong Parts Co., Limited (Hong Kong) on Thursday.")
    assert [(n.text, n.aliases) for n in found] == [("Hualong Parts Co., Limited", [])]
    # a short name of the firm itself in parentheses stays its alias
    found = find_names("OFAC designated Zarya Oil Company (Zarya) and others.")
    assert [(n.text, n.aliases) for n in found] == [("Zarya Oil Company", ["Zarya"])]


def test_a_firms_seat_after_of_behind_a_legal_form_is_no_part_of_its_name() -> None:
    assert names("The EU listed AO Kurganstal of Yekaterinburg on Thursday.") == ["AO Kurganstal"]


def test_a_word_hyphenated_at_a_line_break_stays_in_the_name() -> None:
    assert names("It listed Volga Marine Engi-\nneering JSC and others.") == [
        "Volga Marine Engi-\nneering JSC"
    ]
    # a page wrapped at a fixed width
    text = (
        "OTTAWA, Nov 27 - Canada on Friday imposed\n"
        "sanctions on two Russian firms that build\n"
        "ships for the navy, the department said.\n"
        "They are Volga Marine Engi-\n"
        "neering JSC and Baltic Trans LLC, both\n"
        "based in St Petersburg.\n"
    )
    assert rules(text) == {"CA": ["Volga Marine Engi-\nneering JSC", "Baltic Trans LLC"]}
