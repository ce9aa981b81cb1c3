"""Target boundaries and roles of kinds seen on unseen text (issue 11): ranks and places
glued to a person, parent bodies glued to a unit, dash asides, institutions named
"of" a country, a vessel's own title word. Sentences written for these tests."""

from sanctionwatch.extract.names import find_names
from sanctionwatch.extract.targets import select


def hit(text: str, trigger: str = "sanctioned") -> list[str]:
    scope = text.index(trigger) + len(trigger)
    return [n.text for n in select(text, find_names(text), scope, 0, len(text))]


def kinds(text: str) -> dict[str, str]:
    return {n.text: n.kind for n in find_names(text) if not n.descriptor}


def test_a_province_after_a_person_is_where_they_serve() -> None:
    text = "Oslo sanctioned Governor Reza Tavana of Sistan Province and Lars Berg."
    assert hit(text) == ["Reza Tavana", "Lars Berg"]


def test_a_body_after_of_the_is_where_a_person_works() -> None:
    text = "Oslo sanctioned Wen Bolin of the Harbour Trade Promotion Association."
    assert hit(text) == ["Wen Bolin"]


def test_a_state_firm_named_of_a_country_keeps_its_country() -> None:
    text = "Oslo sanctioned the Commercial Bank of Ruritania and the Ore Authority of Chile."
    names = [n.text for n in find_names(text)]
    assert names == ["Commercial Bank of Ruritania", "Ore Authority of Chile"]
    assert hit(text) == ["Commercial Bank of Ruritania", "Ore Authority of Chile"]


def test_a_seat_after_a_firm_is_no_part_of_it_and_no_role_for_the_next() -> None:
    text = "Oslo sanctioned Fjord Holdings of Dubai and the Nordic Bank of Iceland."
    assert hit(text) == ["Fjord Holdings", "Nordic Bank of Iceland"]


def test_a_complement_then_a_country_drops_the_country() -> None:
    text = "Oslo sanctioned the General Office of Ports of Chile."
    assert hit(text) == ["General Office of Ports"]


def test_a_numbered_unit_is_named_without_its_parent() -> None:
    text = "Oslo sanctioned the 72nd Coastal Defence Brigade of the Northern Fleet and Lars Berg."
    assert hit(text) == ["72nd Coastal Defence Brigade", "Lars Berg"]


def test_an_ordinal_stays_with_a_numbered_body() -> None:
    text = "Oslo sanctioned the 3rd Technical Committee and Lars Berg."
    assert hit(text) == ["3rd Technical Committee", "Lars Berg"]


def test_a_capitalised_bank_before_a_comma_makes_no_firm_of_a_person() -> None:
    text = "Oslo sanctioned the head of the State Bank of Chile, Ivar Lund, and Ana Lind."
    assert kinds(text)["Ivar Lund"] == "person"
    assert hit(text) == ["Ivar Lund", "Ana Lind"]


def test_a_unit_word_makes_an_organisation() -> None:
    text = "Oslo sanctioned the warden of the Fjell Prison, Ivar Lund."
    assert kinds(text)["Fjell Prison"] == "organization"
    assert hit(text) == ["Ivar Lund"]


def test_a_dash_aside_describes_the_name_before_it() -> None:
    text = "Oslo sanctioned Lars Berg - a senior officer of the Coastal Guard - and Ana Lind."
    assert hit(text) == ["Lars Berg", "Ana Lind"]
    text = "Oslo sanctioned Lars Berg — who heads the Coastal Guard — and Ana Lind."
    assert hit(text) == ["Lars Berg", "Ana Lind"]


def test_a_dash_list_still_lists() -> None:
    text = "Oslo sanctioned Fjord Metals — including Nordic Ore Ltd and Berg Mining Ltd."
    assert hit(text) == ["Fjord Metals", "Nordic Ore Ltd", "Berg Mining Ltd."]


def test_and_after_a_describing_name_describes_too() -> None:
    text = (
        "Oslo sanctioned Fjord Metals, which paid through banks including Alfa Bank"
        " and the Bank of Ruritania."
    )
    assert hit(text) == ["Fjord Metals"]
    text = "Oslo sanctioned Fjord Metals, a unit of Nordic Ore Ltd, and Berg Mining Ltd."
    assert hit(text) == ["Fjord Metals", "Berg Mining Ltd."]


def test_a_vessel_keeps_its_title_word() -> None:
    text = "Oslo sanctioned LADY ASTRID (IMO 9123456) and the tanker Lady Freya."
    assert hit(text) == ["LADY ASTRID", "Lady Freya"]


def test_honorifics_and_ranks_are_cut() -> None:
    # but Shaykh stays, as OFAC, the UN and the gold keep it (the next tests)
    text = "Oslo sanctioned Hojatoleslam Reza Tavana, Shaykh Omar Latif and Rear Admiral Lars Berg."
    assert hit(text) == ["Reza Tavana", "Shaykh Omar Latif", "Lars Berg"]


def test_a_subordinate_clause_subject_is_no_list_item() -> None:
    text = "Oslo sanctioned Fjord Metals, while Nordic Ore Ltd acted as its shipping agent."
    assert hit(text) == ["Fjord Metals"]
    text = "Oslo sanctioned Fjord Metals, while Nordic Ore Ltd was also designated."
    assert hit(text) == ["Fjord Metals", "Nordic Ore Ltd"]
    assert hit("Oslo sanctioned Fjord Metals but also Nordic Ore Ltd.") == [
        "Fjord Metals",
        "Nordic Ore Ltd.",
    ]


def test_a_parent_before_its_faction_is_not_hit() -> None:
    text = "Oslo sanctioned the Harbour Cartel faction Los Lobos and its leader Ivar Lund."
    assert hit(text) == ["Los Lobos", "Ivar Lund"]
    text = "Oslo sanctioned Ivar Lund, a member of the Harbour Cartel's Lobos faction."
    assert hit(text) == ["Ivar Lund"]


def test_a_titled_list_item_after_a_firm_stays_listed() -> None:
    text = "Oslo sanctioned Ana Lind, the director of Fjord Metals Ivar Lund, and Lars Berg."
    assert "Lars Berg" in hit(text)


def test_a_post_named_by_its_title_is_no_party() -> None:
    assert hit("Oslo sanctioned the Commander of the Coastal Guard and Lars Berg.") == ["Lars Berg"]
    text = "Oslo sanctioned the Chief of the General Staff, Ivar Lund, and Ana Lind."
    assert hit(text) == ["Ivar Lund", "Ana Lind"]
    assert hit("Oslo sanctioned the Commander-in-Chief and Lars Berg.") == ["Lars Berg"]


def test_a_programme_tag_in_brackets_is_no_party() -> None:
    text = (
        "Oslo sanctioned Fjord Metals [OSL-EO12]; Lars Berg [SDGT]; and Nordic Ore Ltd [OSL-EO12]."
    )
    assert hit(text) == ["Fjord Metals", "Lars Berg", "Nordic Ore Ltd"]


def test_a_capitalised_count_of_a_kind_is_no_name() -> None:
    assert find_names("Oslo sanctioned Three Chilean Firms on Monday.") == []
    assert find_names("Oslo sanctioned Dozens of Russian Banks.") == []
    assert [n.text for n in find_names("Oslo sanctioned the Fjord Banks.")] == ["Fjord Banks"]


def test_a_place_and_a_kind_with_no_count_is_a_name() -> None:
    text = "Treasury designated Dubai Traders and Shanghai Suppliers on Monday."
    assert hit(text, "designated") == ["Dubai Traders", "Shanghai Suppliers"]
    text = "The EU listed Moscow Insurers and Volga Tankers on Monday."
    assert hit(text, "listed") == ["Moscow Insurers", "Volga Tankers"]


def test_a_counted_kind_before_and_is_no_role() -> None:
    assert hit("Oslo sanctioned dozens of firms and Fjord Metals.") == ["Fjord Metals"]
    assert hit("Oslo sanctioned three of the banks and Fjord Metals.") == ["Fjord Metals"]
    assert hit("Oslo sanctioned two managers, both of the Fjord Metals Company.") == []
    assert hit("Oslo sanctioned dozens of firms owned by Fjord Metals.") == []


def test_a_long_person_name_of_a_gang_is_cut_at_of() -> None:
    text = "Oslo sanctioned Ivar Berg Lund Holm of Los Lobos de Bergen and Ana Lind."
    assert hit(text) == ["Ivar Berg Lund Holm", "Ana Lind"]


def test_a_unit_is_named_without_its_parents_acronym() -> None:
    assert hit("Oslo sanctioned the Coastal Force of the NKF and Lars Berg.") == [
        "Coastal Force",
        "Lars Berg",
    ]
    assert hit("Oslo sanctioned Unit 4412 of the NKF and Lars Berg.") == ["Unit 4412", "Lars Berg"]


def test_an_agency_of_a_state_keeps_acting() -> None:
    from sanctionwatch.extract import extract
    from sanctionwatch.model import Article

    text = (
        "The Foreign Ministry of Australia on Tuesday imposed sanctions on two Russian officials."
    )
    assert [a.authority for a in extract(Article(id="t", text=text)).actions] == ["AU"]


def test_an_honorific_listed_with_the_name_stays_in_it() -> None:
    # OFAC and the UN list Haji, Mullah and Sheikh as part of the name; so does the gold
    # (corpus/written/w173: "Sheikh Sajjad Gul")
    assert hit("OFAC sanctioned Haji Khairullah Barakzai on Monday.") == [
        "Haji Khairullah Barakzai"
    ]
    assert hit("OFAC sanctioned Mullah Abdul Ghani Baradar and Sheik Ali Mahmoud.") == [
        "Mullah Abdul Ghani Baradar",
        "Sheik Ali Mahmoud",
    ]


def test_rear_vice_and_warden_are_titles_only_in_a_title() -> None:
    text = "Oslo sanctioned Rear Admiral Ali Rezaei and Vice President Hamid Karimi."
    assert hit(text) == ["Ali Rezaei", "Hamid Karimi"]
    assert hit("Oslo sanctioned Vice Ganda and Rear Window Pasha.") == [
        "Vice Ganda",
        "Rear Window Pasha",
    ]
    assert hit("Oslo sanctioned Warden Ali Reza and John Warden.") == [
        "Warden Ali Reza",
        "John Warden",
    ]
    assert hit("Oslo sanctioned Gholamreza Ziaei, the Warden of Evin Prison.") == [
        "Gholamreza Ziaei"
    ]
    text = (
        "Oslo sanctioned the Minister for the Prevention of Vice Mohammad Khalid Hanafi "
        "and Lars Berg."
    )
    assert hit(text) == ["Mohammad Khalid Hanafi", "Lars Berg"]


def test_hyphenated_and_dotted_ranks_are_cut_from_the_person() -> None:
    text = (
        "Oslo sanctioned Lt.-Gen. Arvid Tolle Berg, Maj-Gen Kyaw Zin Htet, Brig. Gen. Pavel"
        " Orlov, Lt. Col. Rune Dahl, Rear Adm. Tarek Selim and Cdr. Ivo Marek."
    )
    assert hit(text) == [
        "Arvid Tolle Berg",
        "Kyaw Zin Htet",
        "Pavel Orlov",
        "Rune Dahl",
        "Tarek Selim",
        "Ivo Marek",
    ]


def test_a_rank_of_several_words_marks_a_person() -> None:
    text = "Oslo sanctioned Air Vice-Marshal Tun Naing Soe and Senior General Than Zaw Oo."
    assert kinds(text) == {"Tun Naing Soe": "person", "Than Zaw Oo": "person"}


def test_burmese_u_and_daw_are_cut_and_kept_as_an_alias() -> None:
    text = "Oslo sanctioned U Zaw Lin Myint and Daw Khin Sabai Oo on Monday."
    names = {n.text: (n.kind, n.aliases) for n in find_names(text)}
    assert names["Zaw Lin Myint"] == ("person", ["U Zaw Lin Myint"])
    assert names["Khin Sabai Oo"] == ("person", ["Daw Khin Sabai Oo"])


def test_a_title_in_a_hyphenated_name_is_no_rank() -> None:
    # only a word made wholly of ranks is one; Sheikh stays in a name
    text = "Oslo sanctioned Sheikh Omar Prince-Smith and the US Treasury named Gen. Ali Rad."
    assert [n.text for n in find_names(text)][:1] == ["Sheikh Omar Prince-Smith"]
    assert "Ali Rad" in [n.text for n in find_names(text)]


def test_a_police_rank_is_cut_from_the_name() -> None:
    # session 33: "Superintendent", "Senior Superintendent" glued to a person's name
    text = "Oslo sanctioned Superintendent Lars Berg and Senior Superintendent Ole Dahl."
    assert hit(text) == ["Lars Berg", "Ole Dahl"]


def test_an_office_for_something_is_where_a_person_works() -> None:
    # session 33: "X of the Office for Y" names where X works; the list goes on after it
    text = "Oslo sanctioned Ole Dahl of the Office for Border Control and Lars Berg."
    assert hit(text) == ["Ole Dahl", "Lars Berg"]
    assert hit("Oslo sanctioned the Office for Border Control.") == ["Office for Border Control"]


def test_a_one_letter_country_code_before_a_two_word_legal_form_stays_in_the_name() -> None:
    # session 33: Singapore's "(S) Pte Ltd" and Malaysia's "(M) Sdn Bhd"
    text = "Oslo sanctioned Fjord Metals (S) Pte Ltd and Nordic Ore (M) Sdn Bhd on Monday."
    assert hit(text) == ["Fjord Metals (S) Pte Ltd", "Nordic Ore (M) Sdn Bhd"]
    assert hit("Oslo sanctioned Fjord Metals (A) and Lars Berg.") == ["Fjord Metals", "Lars Berg"]
