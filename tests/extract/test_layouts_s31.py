"""Kinds of failure left by the session-30 first looks on w1580-w1719 (targets in printed
layouts and their name forms), tested with sentences written for these tests (no corpus
text): one target's other names are its aliases, not targets of their own."""

from sanctionwatch.extract.names import find_names
from tests.extract.helpers import rules_actions


def test_a_lettered_aka_field_under_an_entry_gives_its_aliases() -> None:
    text = (
        "On 4 April 2025, the Security Council Committee established pursuant to resolution"
        " 1718 (2006) approved the addition of the entries below to its sanctions list.\n\n"
        "KPe.071 Name: KUMGANG OCEAN SHIPPING CORPORATION\n"
        "F.k.a.: a) Kumgang Marine b) KOSC Ltd.\n"
        "Address: Wonsan, DPRK\n"
        "KPe.072 Name: TAEDONG FREIGHT COMPANY\n"
        "A.k.a.: Taedong Cargo\n"
    )
    (action,) = rules_actions(text)
    assert [(t.name, t.aliases) for t in action.targets] == [
        ("KUMGANG OCEAN SHIPPING CORPORATION", ["Kumgang Marine", "KOSC Ltd."]),
        ("TAEDONG FREIGHT COMPANY", ["Taedong Cargo"]),
    ]


def test_an_aka_field_with_no_entry_above_it_is_left_alone() -> None:
    # no entry of an open act stands above the field: its names are read as before
    text = "Analysts said little.\nA.k.a.: Kumgang Marine\n"
    assert rules_actions(text) == []


def test_a_name_in_its_own_script_in_brackets_is_an_alias() -> None:
    found = find_names(
        "The decision lists JSC Volzhsky Pipe Works (АО Волжский трубный завод) and"
        ' LLC "Chornomor Freight" (ТОВ "Чорномор Фрейт"), Odesa.'
    )
    assert [(n.text, n.aliases) for n in found if n.text != "Odesa"] == [
        ("JSC Volzhsky Pipe Works", ["АО Волжский трубный завод"]),
        ("Chornomor Freight", ['ТОВ "Чорномор Фрейт"']),
    ]


def test_a_chinese_name_in_brackets_is_an_alias() -> None:
    found = find_names("Treasury named Haixing Logistics Company (海星物流公司) on Tuesday.")
    assert [(n.text, n.aliases) for n in found] == [("Haixing Logistics Company", ["海星物流公司"])]


def test_a_number_in_brackets_after_a_quoted_ship_stays_no_alias() -> None:
    found = find_names('Listed are the tankers "Sever Star" (IMO 9412345) and "Ural".')
    assert all(not n.aliases for n in found)


def test_a_ships_previous_name_after_its_flag_is_an_alias() -> None:
    found = find_names(
        "1. tanker OKHOTSK WIND, IMO 9321483, flag of Comoros, previous name - BLUE HERON;"
    )
    assert [(n.text, n.aliases, n.imo) for n in found] == [
        ("OKHOTSK WIND", ["BLUE HERON"], "9321483")
    ]


def test_fka_and_former_name_cues_give_aliases() -> None:
    found = find_names(
        "It designated Polar Route Trading, f.k.a. Severny Trade House, and the"
        " Rostov Grain Terminal, former name: Don Export Hub."
    )
    assert [(n.text, n.aliases) for n in found] == [
        ("Polar Route Trading", ["Severny Trade House"]),
        ("Rostov Grain Terminal", ["Don Export Hub"]),
    ]


def test_a_nickname_opening_on_a_particle_is_an_alias() -> None:
    found = find_names("- Sultan Murad Division (al-Muradiyya)\n")
    assert [(n.text, n.aliases) for n in found] == [("Sultan Murad Division", ["al-Muradiyya"])]


def test_a_lower_case_description_in_brackets_stays_no_alias() -> None:
    found = find_names("- Sultan Murad Division (al-Qaeda's ally)\n")
    assert [n.aliases for n in found if n.text == "Sultan Murad Division"] == [[]]


def test_a_sanctioned_by_column_gives_a_row_only_to_the_acts_it_names() -> None:
    text = (
        "Canada on Thursday sanctioned two more tankers that move Russian oil. We checked"
        " five tankers at anchor off Gibraltar against the main Western lists:\n\n"
        "Vessel | IMO | Flag | Listed by\n"
        "KASPIY STAR | 9263371 | Gabon | Canada (new), EU\n"
        "ORION BAY | 9304655 | Comoros | Canada (new)\n"
        "LAGUNA | 9187631 | Panama | EU, US\n"
        "WHITE GULL | 9256377 | Liberia | none\n"
    )
    imposed = [a for a in rules_actions(text) if a.authority == "CA"]
    assert [[t.name for t in a.targets] for a in imposed] == [["KASPIY STAR", "ORION BAY"]]


def test_a_table_without_a_listing_column_gives_every_row() -> None:
    text = (
        "Canada on Thursday sanctioned three tankers that move Russian oil:\n\n"
        "Vessel | IMO | Flag | Manager\n"
        "KASPIY STAR | 9263371 | Gabon | Volna Shipping\n"
        "ORION BAY | 9304655 | Comoros | Volna Shipping\n"
        "LAGUNA | 9187631 | Panama | Sever Marine\n"
    )
    (action,) = [a for a in rules_actions(text) if a.authority == "CA"]
    assert [t.name for t in action.targets] == ["KASPIY STAR", "ORION BAY", "LAGUNA"]


def test_a_partnerships_legal_form_after_a_comma_ends_its_name() -> None:
    found = find_names(
        "The listed firms are Arden Systems, TRC, L.P., Halvard Capital, LLP and Quanta Labs."
    )
    assert [n.text for n in found] == [
        "Arden Systems",
        "TRC, L.P.",
        "Halvard Capital, LLP",
        "Quanta Labs",
    ]


def test_a_trading_firms_line_of_business_after_and_stays_in_its_name() -> None:
    found = find_names(
        "Treasury also named Delta Star Trading and Contracting and Nour Shipping and"
        " Logistics, two front companies in Basra."
    )
    assert [n.text for n in found if n.text != "Basra"] == [
        "Delta Star Trading and Contracting",
        "Nour Shipping and Logistics",
    ]


def test_an_annex_entry_numbered_past_99_is_one_more_item() -> None:
    text = (
        "The Council on Tuesday added 40 vessels to the list of ships barred from EU ports."
        " Extracts from the annex:\n\n"
        "(98) NORTHERN LARK, IMO 9257112\n"
        "(99) SEVER WIND, IMO 9301874\n"
        "(131) PALE MOON, IMO 9187356, ex-MOONLIGHT\n"
    )
    (action,) = rules_actions(text)
    assert [(t.name, t.aliases) for t in action.targets] == [
        ("NORTHERN LARK", []),
        ("SEVER WIND", []),
        ("PALE MOON", ["MOONLIGHT"]),
    ]
