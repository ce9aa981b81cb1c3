"""Target leads of session 23 (first look on w1120-w1139): other spellings of a name given
in the text (transliterations, pinyin names, "trading as", a lay name), Turkish and Indian
legal forms, a firm's city after a comma in a list, "Exchange and Money Transfer Co.", list
entries printed as the SDN list writes them (in a law-firm alert or a shipping bulletin),
lines of a list set off by semicolons under a colon, and a birth date beside a designation;
each rule tested with sentences written for these tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract.names import find_names
from sanctionwatch.extract.sentences import split_sentences
from tests.extract.helpers import names, rules_actions, rules_news

PUBLISHED = date(2026, 11, 27)  # a Friday


def rules(text: str) -> dict[str, list[str]]:
    return rules_news(text, PUBLISHED)


def spelled(text: str) -> list[tuple[str, list[str]]]:
    return [(n.text, n.aliases) for n in find_names(text) if not n.descriptor]


def test_another_spelling_after_a_comma_cue_is_an_alias() -> None:
    assert spelled(
        "Seoul listed Pak Song-chol, written Park Sung-chul in its documents, his aide."
    )[:1] == [("Pak Song-chol", ["Park Sung-chul"])]
    assert spelled("Its director, Lam Kwok-wai, also called Lin Guowei, was listed.") == [
        ("Lam Kwok-wai", ["Lin Guowei"])
    ]
    assert spelled(
        "It named Shenzhen Fuda Trading Co., Limited, known in Chinese filings as"
        " Shenzhen Fuda Maoyi Youxian Gongsi, and two others."
    ) == [("Shenzhen Fuda Trading Co., Limited", ["Shenzhen Fuda Maoyi Youxian Gongsi"])]
    assert spelled("It listed Baiyun Pumps Co., Limited, also trading as Baiyun HK.") == [
        ("Baiyun Pumps Co., Limited", ["Baiyun HK"])
    ]
    assert spelled("It named Father Serafim, whose lay name is Pavel Ilyich Gorin, a priest.") == [
        ("Father Serafim", ["Pavel Ilyich Gorin"])
    ]


def test_another_spelling_in_parentheses_is_an_alias() -> None:
    # after a cue, with where the spelling is used
    assert spelled("It listed Jang Yong-su (also spelled Chang Yong-soo in Seoul's usage).") == [
        ("Jang Yong-su", ["Chang Yong-soo"])
    ]
    # no cue: the tail says it is a spelling
    assert spelled(
        "Kyiv listed Mikhail Pavlovich Orlov (Mykhailo Pavlovych Orlov in the Ukrainian"
        " transliteration) on Friday."
    ) == [("Mikhail Pavlovich Orlov", ["Mykhailo Pavlovych Orlov"])]
    # no cue, right after a firm's legal form: its name in pinyin
    assert spelled(
        "It listed Golden Harvest Trading Co., Limited (Jinfeng Maoyi Youxian Gongsi)."
    ) == [("Golden Harvest Trading Co., Limited", ["Jinfeng Maoyi Youxian Gongsi"])]
    # a city there stays the seat, neither a name nor an alias
    assert spelled("OFAC named Hualong Parts Co., Limited (Hong Kong) on Friday.") == [
        ("Hualong Parts Co., Limited", [])
    ]
    # a bare parenthesis after a person with no such tail keeps two parties
    found = spelled("It sanctioned Mikhail Orlov (Viktor Orlov's brother) on Friday.")
    assert [a for n, a in found if n == "Mikhail Orlov"] == [[]]


def test_turkish_and_indian_legal_forms_end_the_firms_name() -> None:
    assert names(
        "OFAC named Anadolu Makina Sanayi ve Ticaret Limited Şirketi of Bursa on Wednesday."
    ) == ["Anadolu Makina Sanayi ve Ticaret Limited Şirketi"]
    # "Şti." ends the sentence before an agency, as "Ltd." does
    text = "The companies are Delta Kimya Ticaret Ltd. Şti. OFAC also named its owner."
    assert [s.text for s in split_sentences(text, [])] == [
        "The companies are Delta Kimya Ticaret Ltd. Şti.",
        "OFAC also named its owner.",
    ]
    assert names("The EU listed Sagar Avionics Pvt. Ltd. of Pune on Thursday.") == [
        "Sagar Avionics Pvt. Ltd."
    ]


def test_a_listed_city_after_a_comma_in_a_list_is_the_firms_seat() -> None:
    assert names(
        "The firms are Gulf Star Petroleum FZE, Sharjah; and Ocean Tide Trading DMCC."
    ) == [
        "Gulf Star Petroleum FZE",
        "Ocean Tide Trading DMCC",
    ]


def test_exchange_and_money_transfer_is_one_firm() -> None:
    assert names("His company, Al-Amal Exchange and Money Transfer Co., was listed too.")[-1:] == [
        "Al-Amal Exchange and Money Transfer Co."
    ]


def test_list_entries_printed_as_the_sdn_list_writes_them_name_their_party() -> None:
    text = (
        "On November 26, 2026, OFAC designated two individuals and one entity. The SDN List"
        " was updated with the following entries:\n\n"
        "HADDAD, Samir Nabil; DOB 02 Mar 1980; nationality Lebanon; Gender Male (individual)"
        " [SDGT].\n\n"
        'KARAM, Walid Fouad (a.k.a. "ABU FOUAD"); DOB 11 Jan 1975; POB Sidon, Lebanon'
        " (individual) [SDGT] (Linked To: CEDAR LINE TRADING FZE).\n\n"
        "CEDAR LINE TRADING FZE, Hamriyah Free Zone, Sharjah, United Arab Emirates;"
        " Secondary sanctions risk: section 1(b) of Executive Order 13224 [SDGT].\n"
    )
    assert rules(text) == {
        "US": ["HADDAD, Samir Nabil", "KARAM, Walid Fouad", "CEDAR LINE TRADING FZE"]
    }
    text = (
        "OFAC on Friday identified these vessels as blocked property:\n\n"
        "SEA LANTERN (5LMN3) Crude Oil Tanker Panama flag; Vessel Registration Identification"
        " IMO 9170028; Linked To: HARBOUR WAY SHIPPING LIMITED. [IRAN-EO13902]\n\n"
        "HARBOUR WAY SHIPPING LIMITED, Flat 3, Harbour Road, Hong Kong; Identification Number"
        " IMO 6051234 [IRAN-EO13902].\n"
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert [(t.name, t.kind) for t in action.targets] == [
        ("SEA LANTERN", "vessel"),
        ("HARBOUR WAY SHIPPING LIMITED", "organization"),
    ]


def test_lines_of_a_semicolon_list_under_a_colon_are_its_members() -> None:
    text = (
        "The Commerce Department on Wednesday added four entities to the Entity List,"
        " including:\n\n"
        "Jiaxing Fenghua Motor Co., Limited;\n\n"
        "Qingdao Haiyun Navigation Equipment Co., Ltd.; and\n\n"
        "Wuxi Lianda Parts Co., Limited.\n\n"
        "China's commerce ministry said it firmly opposed the move.\n"
    )
    assert rules(text) == {
        "US": [
            "Jiaxing Fenghua Motor Co., Limited",
            "Qingdao Haiyun Navigation Equipment Co., Ltd.",
            "Wuxi Lianda Parts Co., Limited",
        ]
    }


def test_a_birth_date_does_not_date_the_designation() -> None:
    text = (
        "OFAC last Friday designated the firm's director, Tan Wei (a.k.a. Chen Wei);"
        " DOB 14 Aug 1971; nationality China."
    )
    (action,) = rules_actions(text, date(2026, 11, 30))
    assert action.date == date(2026, 11, 27)


def test_a_tail_number_beside_a_bae_or_an_msn_is_an_aircraft() -> None:
    text = (
        "OFAC on Thursday identified two aircraft of the airline as blocked property:\n\n"
        "• EP-QRA, a Boeing 747-200F, MSN 21731;\n"
        "• EP-QRB, a BAe RJ85, MSN 2395, previously flown by another carrier.\n"
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert [(t.name, t.kind) for t in action.targets] == [
        ("EP-QRA", "aircraft"),
        ("EP-QRB", "aircraft"),
    ]


def test_a_ships_flag_may_stand_before_its_former_name() -> None:
    assert spelled("- NORTH WIND (IMO 9170028), Gabon flag, formerly BLUE HERON;") == [
        ("NORTH WIND", ["BLUE HERON"])
    ]
    assert spelled("- CORAL SEA (IMO 9492725), Comoros flag, ex-PACIFIC LARK;") == [
        ("CORAL SEA", ["PACIFIC LARK"])
    ]


def test_a_number_of_a_nations_people_counts_persons() -> None:
    text = "Canada on Friday imposed sanctions on four Haitians, including Renel Destina."
    (action,) = rules_actions(text, PUBLISHED)
    assert action.counts["person"] == 4
