"""Target leads of session 21 (first look on w1040-w1059): list entries that open with a
surname in capitals, the fields of such entries, vessels named with a region word,
names headed by "System" or by a place word, a firm's seat after "of", two aliases in one
parenthesis, items numbered in parentheses, and look-alikes beside the targets (the court
a judge sits in, the body the targets work under); each rule tested with sentences
written for these tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract.names import find_names
from tests.extract.helpers import names, rules_news, shipped_news

PUBLISHED = date(2026, 11, 27)  # a Friday


def rules(text: str) -> dict[str, list[str]]:
    return rules_news(text, PUBLISHED)


def shipped(text: str) -> dict[str, list[str]]:
    return shipped_news(text, PUBLISHED)


def test_a_list_entry_opening_with_a_surname_is_one_person() -> None:
    # a surname too short for a name of its own, or read as an acronym, still joins
    assert names("- RI, Chol Man; DOB 02 Sep 1976; nationality Korea, North [DPRK3].") == [
        "RI, Chol Man",
        "Korea",
    ]
    assert names("- PAK, Yong Su (a.k.a. PAK, Yong-su); DOB 3 May 1980 [DPRK3].") == [
        "PAK, Yong Su"
    ]
    # a dash or a comma may end the given names at an entry's opening
    assert names("2. ORLOVA, Marina Petrovna – chief accountant of the plant;") == [
        "ORLOVA, Marina Petrovna"
    ]
    assert names("3. GUSAK, Ilya Romanovich, a citizen of Belarus;") == ["GUSAK, Ilya Romanovich"]
    # mid-sentence a comma after the given names lists two parties
    assert names("The order names ROSNEFT, Igor Sechin, and two tankers.") == [
        "ROSNEFT",
        "Igor Sechin",
    ]


def test_the_fields_of_a_list_entry_are_no_names() -> None:
    text = "- BELYAEV, Oleg; DOB 14 Mar 1981; Gender Male; Passport 7501234 [RUSSIA-EO14024]."
    assert names(text) == ["BELYAEV, Oleg"]
    assert names("- NORD LINK LLC, Moscow; Tax ID No. 7701234567 [RUSSIA-EO14024].") == [
        "NORD LINK LLC"
    ]
    # a birth date in parentheses is no alias of the entry
    found = find_names("OFAC listed BELYAEV, Oleg Ivanovich (DOB 04 Mar 1979), Russia.")
    assert [(n.text, n.aliases) for n in found] == [("BELYAEV, Oleg Ivanovich", [])]


def test_list_entries_by_surname_are_the_targets() -> None:
    text = (
        "On Friday OFAC designated two individuals:\n"
        "- CHOE, Myong Ho; DOB 11 Jan 1985; nationality Korea, North [DPRK3].\n"
        "- JO, Kwang Il; DOB 02 Jul 1979; Gender Male [DPRK3].\n"
    )
    assert rules(text) == {"US": ["CHOE, Myong Ho", "JO, Kwang Il"]}


def test_a_vessels_region_word_is_its_own() -> None:
    text = "The ships are:\n• Gulf Spirit (IMO 9046057), Gabon flag\n• Ocean Star (IMO 9710309)"
    assert [n for n in names(text) if n != "Gabon"] == ["Gulf Spirit", "Ocean Star"]
    assert names("Britain also listed the tanker Arctic Voyager on Friday.") == ["Arctic Voyager"]
    # a firm keeps its region word as before, and a region alone is no name
    assert names("Gulf Petrochemical Services and the Arctic were named.") == [
        "Gulf Petrochemical Services"
    ]


def test_system_heads_a_firm_when_a_firm_word_precedes_it() -> None:
    text = (
        "OFAC on Friday designated the Kavir Defence Industries System and Belneft Trading System."
    )
    assert names(text) == ["Kavir Defence Industries System", "Belneft Trading System"]
    assert rules(text) == {"US": ["Kavir Defence Industries System", "Belneft Trading System"]}
    # a mechanism by its common words stays no party
    assert names("Banks were cut off from the Financial Messaging System.") == []


def test_a_firms_seat_after_of_is_no_part_of_its_name() -> None:
    text = "BIS added Hualong Precision Group of Guangdong and Taiyu Radar Company of Nanjing."
    assert names(text) == ["Hualong Precision Group", "Taiyu Radar Company"]
    # a state institution keeps its country, and a body of a province keeps the province
    assert names("The EU listed the Central Bank of Syria.") == ["Central Bank of Syria"]
    assert names("It listed the Law Enforcement Command of Fars Province.") == [
        "Law Enforcement Command of Fars Province"
    ]
    assert names("The army moved into Kherson Province.") == []


def test_two_aliases_in_one_parenthesis() -> None:
    found = find_names('The EU listed the group Sandfly (also known as "Grey Moth" and UNC-4471).')
    assert [(n.text, n.aliases) for n in found] == [("Sandfly", ["Grey Moth", "UNC-4471"])]
    text = 'The EU on Friday listed the group Sandfly (also known as "Grey Moth" and UNC-4471).'
    assert rules(text) == {"EU": ["Sandfly"]}


def test_items_numbered_in_parentheses_are_list_items() -> None:
    text = (
        "On Friday the Council of the EU added three persons to its cyber sanctions list.\n\n"
        "The listed persons are:\n"
        "(1) Colonel Andrei Sokolov, head of a training centre;\n"
        "(2) Captain Pavel Orlov;\n"
        "(3) Major Yevgeny Tarasov, the group's operational lead."
    )
    assert rules(text) == {"EU": ["Andrei Sokolov", "Pavel Orlov", "Yevgeny Tarasov"]}


def test_the_court_a_judge_sits_in_is_no_target() -> None:
    text = (
        "The Council of the EU on Friday listed two judges in Belarus. The new listings are:\n"
        "– judge Oleg Rudenko, Gomel Regional Court;\n"
        "– judge Irina Zhuk, Minsk City Court.\n"
    )
    assert rules(text) == {"EU": ["Oleg Rudenko", "Irina Zhuk"]}
    assert shipped(text) == {"EU": ["Oleg Rudenko", "Irina Zhuk"]}


def test_the_body_targets_work_under_is_no_target() -> None:
    text = (
        "South Korea on Friday designated four hackers, Han Chol Ung and Ri Jong Hyok among "
        "them, all working under the Reconnaissance General Bureau."
    )
    assert "Reconnaissance General Bureau" not in rules(text).get("KR", [])


def test_his_partners_are_listed_with_him() -> None:
    text = (
        "Treasury on Friday sanctioned Jose Carrillo Ortega. Also designated were his "
        "partners Ramiro Tellez Aguayo and Maria Ochoa Rivas."
    )
    assert rules(text) == {
        "US": ["Jose Carrillo Ortega", "Ramiro Tellez Aguayo", "Maria Ochoa Rivas"]
    }


def test_an_acronym_with_another_name_in_parentheses_is_one_party() -> None:
    found = find_names("Kenya on Friday designated ISIL (Da'esh) and the Abu Sayyaf Group.")
    assert [(n.text, n.aliases) for n in found] == [
        ("ISIL", ["Da'esh"]),
        ("Abu Sayyaf Group", []),
    ]
    # a legal form before its seat is no acronym of a party
    assert names('- "Dala Component Trade" LLP (Almaty).')[0] == "Dala Component Trade"
    assert "LLP" not in names('- "Dala Component Trade" LLP (Almaty).')
    # the acronym spelt out in parentheses is read as before: the long name
    assert names("It listed the IRGC (Islamic Revolutionary Guard Corps).") == [
        "Islamic Revolutionary Guard Corps"
    ]


def test_a_place_between_listed_names_does_not_end_the_list() -> None:
    text = (
        "OFAC on Friday designated Pardis Trading Company, of Tehran, Narvan Industries Group "
        "and Everbright Motion Ltd."
    )
    assert rules(text) == {
        "US": ["Pardis Trading Company", "Narvan Industries Group", "Everbright Motion Ltd."]
    }
