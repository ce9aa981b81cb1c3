"""Target leads of session 24 (first look on w1180-w1199): a table flattened to text whose
header row opens its rows, with list-style inverted names in the first cell; a table
flattened one cell to a line under "Name"; identity-document numbers, crypto wallet
addresses, an aircraft maker before its model, a tail number "of" its airline and a
former name inside a ship's IMO parentheses, none of them a party; "binti", a rank with
"(ret.)", a city in brackets before a legal form and "Forwarding" inside firm names; the
paragraphs and bullets under a release's sector or country sub-headings; a state after
"a" ("a Cyprus holding company") that acts for nobody; and a listing that "has been"
standing "for several years". Each rule is tested with sentences written for these tests
(no corpus text)."""

from datetime import date

from sanctionwatch.extract.names import find_names
from tests.extract.helpers import names, rules_actions, rules_news

PUBLISHED = date(2026, 11, 27)  # a Friday


def rules(text: str) -> dict[str, list[str]]:
    return rules_news(text, PUBLISHED)


def test_a_header_row_opens_the_rows_of_a_flattened_table() -> None:
    text = (
        "The Treasury on Tuesday added three people to the SDN list.\n\n"
        "Name | DOB | Nationality | Programme\n"
        "GORIN, Pavel Olegovich | 12 Mar 1970 | Russia | RUSSIA-EO14024\n"
        "SAVINA, Irina Petrovna | 1981 | Russia | RUSSIA-EO14024\n"
        "Oleg Ivanovich KRAVETS | 02 Sep 1988 | Russia | RUSSIA-EO14024\n\n"
        "Our team will update the matching rules this week.\n"
    )
    assert rules(text) == {
        "US": ["GORIN, Pavel Olegovich", "SAVINA, Irina Petrovna", "Oleg Ivanovich KRAVETS"]
    }
    # a site's menu is followed by no row of as many cells: it opens nothing
    menu = (
        "The Treasury on Tuesday added Pavel Gorin to the SDN list.\n\n"
        "News | Markets | Sanctions | Podcasts\n"
        "Related: Oleg Kravets loses appeal in London\n"
    )
    assert rules(menu) == {"US": ["Pavel Gorin"]}


def test_a_table_flattened_one_cell_to_a_line_names_its_rows() -> None:
    text = (
        "The Council of the EU on Tuesday added two people and one body to its Belarus list."
        " The annex is copied below.\n"
        "Name\n"
        "Reasons for listing\n"
        "Aliaksei Barysevich\n"
        "DOB: 3.4.1980; judge of the Viciebsk Regional Court\n"
        "Sentenced protesters to long terms\n"
        "Hanna Lisouskaya\n"
        "DOB: 9.9.1975; head of a pre-trial prison\n"
        "Denied lawyers access to detainees\n"
        "Pre-Trial Detention Centre No. 3, Homiel\n"
        "Site of ill-treatment of detainees\n"
        "Minsk called the listings illegal.\n"
    )
    assert rules(text) == {
        "EU": ["Aliaksei Barysevich", "Hanna Lisouskaya", "Pre-Trial Detention Centre No. 3"]
    }


def test_identity_numbers_wallets_and_aircraft_types_are_no_parties() -> None:
    assert names(
        "Colonel Min Thu Aung (DOB 4 May 1977; passport MK228104), Major Zaw Htet"
        " (National Registration Card 9/MaHaMa(N)011245) and U Kyaw Soe (ID No. PX55102)."
    ) == ["Min Thu Aung", "Zaw Htet", "Kyaw Soe"]
    assert names("USDT (TRX) TXk3hV8qLmQ2pWn5Rr7tYb9cDe4fGh6jKs") == []
    assert (
        names(
            "XBT bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq and ETH"
            " 0x7f367cc41522ce07553e823bf3be79a889debe1b"
        )
        == []
    )
    assert names(
        "the Boeing 737s registered EP-TQA and EP-TQB, and the BAe 146-300 EP-TQC of Taban Air"
    ) == ["EP-TQA", "EP-TQB", "EP-TQC"]


def test_a_former_name_inside_the_imo_parentheses_is_no_vessel() -> None:
    found = [
        (n.text, n.kind, n.imo)
        for n in find_names(
            "The tanker Coral Wind (ex-Baltic Grace, IMO 9305178) and the Amber Sky"
            " (formerly the Nordic Hope, IMO 9288094) were named."
        )
        if not n.descriptor
    ]
    assert found == [("Coral Wind", "vessel", "9305178"), ("Amber Sky", "vessel", "9288094")]


def test_name_parts_and_firm_words() -> None:
    assert names("Canberra listed Nur Aisyah binti Rahman and Ahmad bin Salleh.") == [
        "Nur Aisyah binti Rahman",
        "Ahmad bin Salleh",
    ]
    assert names("Riga listed Daugava Freight Forwarding SIA on Friday.") == [
        "Daugava Freight Forwarding SIA"
    ]
    assert names("OFAC named Hengtai Freight Forwarding (Ningbo) Co., Ltd. on Friday.") == [
        "Hengtai Freight Forwarding (Ningbo) Co., Ltd."
    ]


def test_a_rank_marked_retired_still_lists_the_person() -> None:
    text = (
        "Canada on Tuesday imposed sanctions on two individuals over the siege of the city."
        " Global Affairs Canada named Lieutenant General (ret.) Osman Bashir Adam, who arms"
        " the militia, and Colonel (retd) Faisal Ahmed Nur."
    )
    assert rules(text) == {"CA": ["Osman Bashir Adam", "Faisal Ahmed Nur"]}


def test_sub_headings_of_a_release_open_its_entries() -> None:
    text = (
        "OFAC today designated 12 entities across two sectors of the Russian economy.\n\n"
        "ENERGY SECTOR\n"
        "Limited Liability Company Volgaburservis (Volgaburservis) is a Kazan-based supplier"
        " of drilling rigs.\n"
        "Tarkon Arktik OOO services offshore platforms in the Barents Sea.\n\n"
        "FINANCIAL SECTOR\n"
        "Ural Credit Union Bank, a Yekaterinburg lender, clears payments for drone makers.\n\n"
        "SANCTIONS IMPLICATIONS\n"
        "Gazprom remains a major supplier of gas to Hungary.\n"
    )
    assert rules(text) == {
        "US": [
            "Limited Liability Company Volgaburservis",
            "Tarkon Arktik OOO",
            "Ural Credit Union Bank",
        ]
    }
    # a country heading over bullets lists the firms there
    bullets = (
        "The UK has today sanctioned four entities that ship machine tools to Russia.\n\n"
        "Kazakhstan\n"
        "- Steppe Machinery LLP\n"
        "- Altyn Tools LLP, an Almaty distributor\n\n"
        "Armenia\n"
        "- Ararat Precision CJSC\n"
    )
    assert rules(bullets) == {
        "GB": ["Steppe Machinery LLP", "Altyn Tools LLP", "Ararat Precision CJSC"]
    }


def test_a_state_after_an_indefinite_article_acts_for_nobody() -> None:
    text = (
        "Britain on Friday sanctioned the steel trader Boris Melnik and his wife, who own"
        " shares in a Cyprus holding company, Melnik Holdings Ltd, that was also designated."
    )
    acts = rules_actions(text, PUBLISHED)
    assert {a.authority for a in acts} == {"GB"}


def test_a_listing_standing_for_years_is_background() -> None:
    text = (
        "Australia on Monday listed two Indonesian militants for counter-terrorism sanctions."
        " The group they raise money for has been listed by Australia and by the UN for"
        " several years."
    )
    acts = rules_actions(text, PUBLISHED)
    assert [(a.authority, a.background) for a in acts] == [
        ("AU", False),
        ("AU", True),
        ("UN", True),
    ]


def test_ships_barred_from_ports_are_counted() -> None:
    (act,) = rules_actions(
        "Seoul on Tuesday froze the assets of four firms and closed its ports to three tankers"
        " of the shadow fleet.",
        PUBLISHED,
    )
    assert (act.counts["organization"], act.counts["vessel"]) == (4, 3)
