"""Where a list of targets starts, ends and goes on: sub-headings of an annex, lines
a page put in the middle of it, entries that name an aircraft by its tail number."""

from .helpers import authorities, rules_actions


def rule_targets(text: str) -> list[tuple[str, str]]:
    """(name, kind) of the targets the rules alone give the first action."""
    return [(t.name, t.kind) for t in rules_actions(text)[0].targets]


def test_an_aircraft_entry_with_a_tail_number_lists_the_plane_not_its_make() -> None:
    text = (
        "Australia on Tuesday imposed sanctions on two aircraft and one company. Those listed:\n\n"
        "* the Gulfstream G550 private jet bearing tail number M-YSKY\n"
        "* a Boeing 737 with registration EP-MNB\n"
        "* Volga Air Leasing LLC, which leases the jets\n"
    )
    assert rule_targets(text) == [
        ("M-YSKY", "aircraft"),
        ("EP-MNB", "aircraft"),
        ("Volga Air Leasing LLC", "organization"),
    ]


def test_entities_under_an_annex_sub_heading_each_open_on_name_and_seat() -> None:
    text = (
        "The Council of the EU today imposed restrictive measures on two persons and two entities "
        "over the supply of drones to Russia.\n\n"
        "A. Natural persons\n"
        "1. Arash Karimi, born 2.3.1975 in Tabriz, Iran; head of sales of a drone maker;\n"
        "2. Leila Farahani, born 8.1.1980 in Shiraz, Iran; procurement officer.\n\n"
        "B. Legal persons, entities and bodies\n"
        "1. Kavir Motor Company (KMC), Isfahan; makes engines for attack drones;\n"
        "2. Caspian Shipping Lines, Bandar Anzali; carries drones across the Caspian Sea.\n"
    )
    assert [name for name, _ in rule_targets(text)] == [
        "Arash Karimi",
        "Leila Farahani",
        "Kavir Motor Company",
        "Caspian Shipping Lines",
    ]


def test_a_list_cut_by_a_read_also_line_goes_on_after_it() -> None:
    text = (
        "Canada on Monday imposed sanctions on five entities that make parts for Russian "
        "drones, including Baltic Rotor Systems, Ural Optics JSC and\n\n"
        "Read also: Ottawa widens its Belarus measures\n\n"
        "Northern Star Components LLC, Kama Bearings OOO.\n\n"
        "Their assets in Canada are frozen. Neva Logistics, which ships for them, is not listed.\n"
    )
    assert [name for name, _ in rule_targets(text)] == [
        "Baltic Rotor Systems",
        "Ural Optics JSC",
        "Northern Star Components LLC",
        "Kama Bearings OOO",
    ]


def test_a_port_after_an_annex_entry_is_its_seat_not_one_more_member() -> None:
    text = (
        "The Council of the EU today imposed restrictive measures on two entities over "
        "the supply of drones to Russia.\n\n"
        "B. Legal persons, entities and bodies\n"
        "1. Kavir Motor Company (KMC), Isfahan; makes engines for attack drones;\n"
        "2. Caspian Shipping Lines (a.k.a. Caspian Star Lines), Bandar Anzali; carries "
        "drones across the Caspian Sea.\n"
    )
    assert authorities(text) == {"EU": {"Kavir Motor Company", "Caspian Shipping Lines"}}


def test_another_opening_a_sentence_is_no_name_of_the_list() -> None:
    text = (
        "The EU on Monday sanctioned two firms over drone deliveries to Russia. One of the "
        "companies, Delta Rotor Ltd, made the engines, the text says. Another, Kestrel "
        "Freight Services, shipped them across the Black Sea."
    )
    assert authorities(text) == {"EU": {"Delta Rotor Ltd", "Kestrel Freight Services"}}


def test_where_a_listed_official_works_is_no_member_of_the_list() -> None:
    text = (
        "Britain on Tuesday sanctioned three Iranian officials over executions: Reza "
        "Karimi, the judge Ali Nouri and the warden of Vakil Abad's Unit 3, Hossein Sadeghi."
    )
    assert authorities(text) == {"GB": {"Reza Karimi", "Ali Nouri", "Hossein Sadeghi"}}


def test_the_size_of_an_authoritys_list_given_after_its_overlap_is_its_count() -> None:
    text = (
        "Japan on Friday sanctioned 12 tankers of the shadow fleet. Four of the tankers "
        "were also designated by Canada on the same day. The Canadian list, released by "
        "Global Affairs Canada in Ottawa, takes in 28 vessels."
    )
    found = {a.authority: a.counts["vessel"] for a in rules_actions(text)}
    assert found == {"JP": 12, "CA": 28}


def test_the_operators_of_a_named_firm_are_counted_as_people() -> None:
    text = (
        "Canada on Monday sanctioned a Latvian payments firm and three of its operators "
        "who moved funds for ransomware groups. Separately, Japan sanctioned two tanker "
        "operators."
    )
    found = {a.authority: a.counts for a in rules_actions(text)}
    assert found["CA"]["person"] == 3
    assert found["JP"]["organization"] == 2 and found["JP"]["person"] is None


def test_a_group_the_next_sentence_calls_victims_is_not_hit() -> None:
    text = (
        "The UK on Monday sanctioned the Russian ransomware group Frost Spider and its "
        "leader Oleg Tarasov. More than 30 firms paid its ransoms, among them a Leeds "
        "accounting practice, Harwood Ledger Services. The firms are victims, not targets."
    )
    found = [name for name, _ in rule_targets(text)]
    assert "Harwood Ledger Services" not in found and "Oleg Tarasov" in found
