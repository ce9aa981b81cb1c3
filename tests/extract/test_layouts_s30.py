"""Kinds of failure of the session-30 first look on w1580-w1599 (designations quoted in
the layouts lists publish them), tested with sentences written for these tests (no
corpus text)."""

from sanctionwatch.extract.names import find_names
from tests.extract.helpers import rules_actions


def test_a_vessel_entrys_type_and_radio_identifiers_are_no_targets() -> None:
    text = (
        "The State Department on Monday sanctioned three tankers that carried Venezuelan"
        " fuel oil. The following vessels are identified as blocked property:\n"
        "- MARE NOSTRUM, Products Tanker, IMO 9264519, MMSI 636017422, call sign D5KL8\n"
        "- KAROLINA, Crude Oil Tanker, IMO 9182837, MMSI 352987000, call sign 3FXT9\n"
        "- AURORA BAY, Chemical/Products Tanker, IMO 9290218, Call Sign: V7AB3\n"
    )
    (action,) = rules_actions(text)
    assert [(t.name, t.kind) for t in action.targets] == [
        ("MARE NOSTRUM", "vessel"),
        ("KAROLINA", "vessel"),
        ("AURORA BAY", "vessel"),
    ]


def test_the_imo_number_after_a_ships_type_is_the_ships() -> None:
    found = {n.text: n for n in find_names("- SEA LANTERN, Crude Oil Tanker, IMO 9264519\n")}
    assert list(found) == ["SEA LANTERN"]
    assert (found["SEA LANTERN"].kind, found["SEA LANTERN"].imo) == ("vessel", "9264519")


def test_a_firm_named_after_a_ship_type_keeps_its_name() -> None:
    # a type word inside a firm's name is no type cell
    names = [n.text for n in find_names("OFAC designated Gulf Products Tanker Services LLC.")]
    assert names == ["Gulf Products Tanker Services LLC"]


def test_a_un_entry_prints_its_name_in_numbered_parts() -> None:
    text = (
        "On 2 June 2025, the Security Council Committee established pursuant to resolution"
        " 1718 (2006) approved the addition of the entries below to its sanctions list.\n\n"
        "A. Individuals\n"
        "KPi.090 Name: 1: PAK 2: CHOL 3: UNG 4: na\n"
        "Title: na  Designation: Trade representative in Nakhodka\n"
        "DOB: 9 Jan. 1974  POB: Wonsan\n"
        "KPi.091 Name: 1: KIM 2: na 3: na 4: na\n"
        "Good quality a.k.a.: na\n\n"
        "B. Entities and other groups\n"
        "KPe.070 Name: SONGHWA FISHERY TRADING COMPANY\n"
        "Address: Chongjin\n"
    )
    (action,) = rules_actions(text)
    assert [(t.name, t.kind) for t in action.targets] == [
        ("PAK CHOL UNG", "person"),
        ("KIM", "person"),
        ("SONGHWA FISHERY TRADING COMPANY", "organization"),
    ]


def test_the_identifying_information_below_a_release_lists_its_targets() -> None:
    text = (
        "WASHINGTON - OFAC today designated one individual, one entity and one vessel that"
        " ship Iranian fuel oil to buyers in Asia.\n\n"
        '"These shipments fund the regime," a Treasury official said.\n\n'
        "The tanker loaded at Bandar Abbas in March.\n\n"
        "Its owner could not be reached.\n\n"
        "Brokers expect further designations.\n\n"
        "Identifying Information\n\n"
        "Individual\n\n"
        "SALEHI, Kaveh Reza; DOB 02 Feb 1979; nationality Iran (individual) [IRAN-EO13846].\n\n"
        "Entity\n\n"
        "NORTHSTAR FUELS TRADING L.L.C., Ajman, United Arab Emirates; [IRAN-EO13846]"
        " (Linked To: SALEHI, Kaveh Reza).\n\n"
        "Vessel\n\n"
        "ASTERIA (V4XY7) Crude Oil Tanker Comoros flag; Vessel Registration Identification"
        " IMO 9264519 (vessel) [IRAN-EO13846] (Linked To: NORTHSTAR FUELS TRADING L.L.C.).\n"
    )
    (action,) = rules_actions(text)
    assert [(t.name, t.kind) for t in action.targets] == [
        ("SALEHI, Kaveh Reza", "person"),
        ("NORTHSTAR FUELS TRADING L.L.C.", "organization"),
        ("ASTERIA", "vessel"),
    ]


def test_a_heading_over_entries_is_not_a_target_list_without_an_act() -> None:
    # an annex heading in a story that tells no listing lists nothing
    text = (
        "The court heard the case of the trading house on Monday.\n\nAnnex\n\n"
        "SALEHI, Kaveh Reza; DOB 02 Feb 1979; nationality Iran (individual) [IRAN-EO13846].\n"
    )
    assert [t.name for a in rules_actions(text) for t in a.targets] == []


def test_a_tanker_that_lifted_crude_is_no_lifting() -> None:
    text = (
        "The UK on Thursday added two tankers that have lifted Russian crude at Primorsk"
        " and Ust-Luga to its sanctions list, banning them from British ports.\n"
    )
    assert [(a.authority, a.status) for a in rules_actions(text)] == [("GB", "imposed")]
    lifted = "Canada on Monday lifted sanctions on two Syrian banks.\n"
    assert [(a.authority, a.status) for a in rules_actions(lifted)] == [("CA", "lifted")]


def test_a_ships_flag_is_no_state_that_acts() -> None:
    from sanctionwatch.extract.mentions import find_mentions

    row = "16610 | Ship | ORIEL | IMO 9264519; flag Gabon | Added (asset freeze)\n"
    assert [m.code for m in find_mentions(row)] == []
    for text in ("the Cameroon-flagged tanker", "ORIEL, Palau flag, ex-ORION", "flag: Togo"):
        assert find_mentions(text) == [], text
    # a state beside a flag carrier or acting on a flag registry is still named
    assert [m.code for m in find_mentions("Panama said its flag registry would act")] == ["PA"]


def test_the_situation_an_act_answers_is_not_the_state_acting() -> None:
    text = (
        "In light of the situation surrounding Ukraine, the Government of Japan today"
        " approved at the Cabinet meeting asset freeze measures against 4 individuals.\n"
    )
    assert [(a.authority, a.status) for a in rules_actions(text)] == [("JP", "imposed")]


def test_a_kind_heading_after_an_enumerator_is_no_target() -> None:
    text = (
        "Japan on Friday froze the assets of the following persons and organizations:\n"
        "(1) Individuals\n 1. Pavel Igorevich LAPIN - director of Orel Forge\n"
        "(2) Organizations\n 1. Orel Forge JSC (address: Orel, Russia)\n"
    )
    (action,) = rules_actions(text)
    assert "Organizations" not in [t.name for t in action.targets]
    assert "Orel Forge JSC" in [t.name for t in action.targets]
