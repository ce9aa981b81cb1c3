from sanctionwatch.extract import names as names_module
from sanctionwatch.extract.names import find_names


def found(text: str) -> list[tuple[str, str]]:
    return [(n.text, n.kind) for n in find_names(text) if not n.descriptor]


def test_titles_and_country_adjectives_are_trimmed() -> None:
    assert found("They listed Venezuelan army general Pedro Luis Ramos.") == [
        ("Pedro Luis Ramos", "person")
    ]


def test_organisation_with_legal_form_and_acronym_alias() -> None:
    (name,) = find_names("It named Baltic Timber Trading LLC (BTT) in the order.")
    assert (name.text, name.kind, name.aliases) == (
        "Baltic Timber Trading LLC",
        "organization",
        ["BTT"],
    )


def test_vessel_with_imo_number() -> None:
    (name,) = find_names("The tanker Sea Lark 3 (IMO: 9312345) was listed.")
    assert (name.text, name.kind, name.imo) == ("Sea Lark 3", "vessel", "9312345")


def test_title_with_organisation_is_split_from_the_person() -> None:
    names = find_names("It hit Commander of the Coastal Defence Forces Ivan Petrov.")
    assert [(n.text, n.descriptor) for n in names][-1] == ("Ivan Petrov", False)
    assert names[0].descriptor


def test_places_agencies_and_outlets_are_not_names() -> None:
    assert found("South Korea and the State Department told Reuters about it.") == []


def test_modifier_names_are_descriptors() -> None:
    names = find_names("It listed four Golden Crescent Cartel members.")
    assert all(n.descriptor for n in names)


def test_aircraft_registration() -> None:
    assert ("EP-ABC", "aircraft") in found("The jet EP-ABC, an Airbus, was blocked.") or (
        "EP-ABC" in [n for n, _ in found("The jet EP-ABC, an Airbus, was blocked.")]
    )


def test_known_as_gives_an_alias() -> None:
    (name,) = [
        n for n in find_names("It listed Harakat al-Nur, commonly known as the Light Movement.")
    ]
    assert name.aliases == ["Light Movement"]


def test_and_inside_a_firm_name_joins_its_halves() -> None:
    text = (
        "It hit Delta Oil and Gas, the Forensic Science and Coastal Studies Institute and Ana Lind."
    )
    assert [n for n, _ in found(text)] == [
        "Delta Oil and Gas",
        "Forensic Science and Coastal Studies Institute",
        "Ana Lind",
    ]
    # two names that merely stand side by side stay two
    assert [n for n, _ in found("It hit Lars Berg and Coastal Studies Institute.")] == [
        "Lars Berg",
        "Coastal Studies Institute",
    ]
    assert [n for n, _ in found("It hit Nord Shipping and Kraft Trading Corporation.")] == [
        "Nord Shipping",
        "Kraft Trading Corporation",
    ]


def test_a_region_before_a_vessel_number_is_part_of_the_name() -> None:
    assert [n for n, _ in found("The freighters Asia Bridge 1 and Hua Fu were listed.")] == [
        "Asia Bridge 1",
        "Hua Fu",
    ]


def test_for_stays_inside_an_institute_name_and_a_weekday_is_no_part_of_a_name() -> None:
    assert [n for n, _ in found("It listed the Lakeside Institute for Open Change.")] == [
        "Lakeside Institute for Open Change"
    ]
    assert [n for n, _ in found("The Committee for its part agreed.")] == []
    assert [n for n, _ in found("The EU sanctioned Ivan Dorn Thursday.")] == ["Ivan Dorn"]
    assert [n for n, _ in found("The EU sanctioned Belarus Thursday.")] == []


def test_statutes_their_acronyms_and_parenthesised_subjects_are_not_names() -> None:
    text = (
        "Under the Nordic Emergency Powers Act (NEPA), 50 U.S.C. 1701 and the Special"
        " Measures (Fjord Unrest) Regulations, Oslo listed Lars Berg."
    )
    assert [n for n, _ in found(text)] == ["Lars Berg"]


def test_an_order_cut_off_by_an_ellipsis_is_a_reference() -> None:
    assert found("They were designated under an Executive Order... on Monday.") == []


def test_a_ministers_brief_is_split_from_the_name_after_it() -> None:
    names = found("Oslo listed Minister of Education Lars Berg and Minister of Justice Ana Lind.")
    assert [n for n, _ in names] == ["Lars Berg", "Ana Lind"]


def test_a_chapter_of_a_charter_is_a_reference() -> None:
    text = "The listing, adopted under Chapter VII of the Charter of the Nordic Union, hit Ola Vik."
    assert [n for n, _ in found(text)] == ["Ola Vik"]


def test_a_plural_title_is_trimmed_but_a_state_stays_in_a_name() -> None:
    text = (
        "Senators Lars Berg and Ana Lind and Congressman Ola Vik were hit, as was Gulf States Oil."
    )
    assert [n for n, _ in found(text)] == ["Lars Berg", "Ana Lind", "Ola Vik", "Gulf States Oil"]


def test_a_firm_whose_name_starts_with_a_digit() -> None:
    names = found("It listed Trigron Lojistik, RA Havacilik and 3G Lojistik for the deals.")
    assert ("3G Lojistik", "organization") in names
    assert found("Their 5G networks were named.") == []


def test_a_two_letter_korean_surname_is_not_a_stopword() -> None:
    names = [n for n, _ in found("Pak Chun-san, So Tong-myong and Kim Il-su have worked for it.")]
    assert names == ["Pak Chun-san", "So Tong-myong", "Kim Il-su"]
    assert [n for n, _ in found("So Kim Jong-nam left.")] == ["Kim Jong-nam"]


def test_a_division_written_with_a_comma_is_one_firm() -> None:
    names = found(
        "The companies are General Dynamics Land Systems and Boeing Defense, Space & Security."
    )
    assert names[-1] == ("Boeing Defense, Space & Security", "organization")
    # a list member after a comma stays a member of its own
    assert [n for n, _ in found("It named Apple, Procter & Gamble.")] == [
        "Apple",
        "Procter & Gamble",
    ]


def test_a_title_with_a_portfolio_after_and_is_split_from_the_person() -> None:
    names = found("It listed Minister of Culture and Islamic Guidance Mohammad Mehdi Esmaili.")
    assert names[-1] == ("Mohammad Mehdi Esmaili", "person")


def test_the_place_of_a_post_is_not_part_of_the_name() -> None:
    names = found("It designated the group's representative to Iran Abdallah Safi-Al-Din.")
    assert names == [("Abdallah Safi-Al-Din", "person")]
    assert ("Iran Air", "organization") in found("Flights to Iran Air were cut.")


def test_a_short_ship_name_after_its_flag() -> None:
    assert found("Among them, the Marshall Islands-flagged JAYA carried oil.") == [
        ("JAYA", "vessel")
    ]
    assert found("The IRGC funds it.") == []


def test_a_legal_form_after_a_comma_stays_in_the_name() -> None:
    assert found("The UK listed Xiangrui Shipping Co., Ltd., which runs the ship.") == [
        ("Xiangrui Shipping Co., Ltd.", "organization")
    ]
    assert found("It named Patisen, S.A. and Acme Trading, Inc. on Friday.") == [
        ("Patisen, S.A.", "organization"),
        ("Acme Trading, Inc.", "organization"),
    ]


def test_a_bare_acronym_is_a_name_only_beside_one_in_a_list() -> None:
    assert found("It hit two insurers, Alfastrakhovanie and VSK, on Friday.") == [
        ("Alfastrakhovanie", "organization"),
        ("VSK", "organization"),
    ]
    assert found("The Russia-backed RTC trains police.") == []
    assert found("It hit the IRGC network and Alfastrakhovanie.") == [
        ("Alfastrakhovanie", "organization")
    ]


def test_a_two_letter_acronym_keeps_its_head_word() -> None:
    assert found("The EU designates state broadcaster Press TV for its role.") == [
        ("Press TV", "organization")
    ]
    assert found("Also VTB was hit.") == []


def test_sentence_adverbs_do_not_start_a_name() -> None:
    assert found("Lastly the EU also designated Ahmad Vahidi.") == [("Ahmad Vahidi", "person")]
    assert found("Separately, the bloc hit Yevgeny Prigozhin.") == [("Yevgeny Prigozhin", "person")]


def test_a_unit_after_a_person_is_not_part_of_the_name() -> None:
    names = find_names("Sanctions hit Hossein Salami of the Islamic Revolutionary Guard Corps.")
    first = names[0]
    assert (first.text, first.kind, first.descriptor) == ("Hossein Salami", "person", False)
    assert names[1].descriptor
    # an organisation's own "of" stays: "Bank of Kunlun", "Ministry of Defense"
    assert found("It hit the Agricultural Bank of Kunlun Holdings.") == [
        ("Agricultural Bank of Kunlun Holdings", "organization")
    ]


def test_a_byline_of_many_people_is_no_name() -> None:
    assert found("Brian J. Egan Alessio D. Evangelista Eytan J. Fisch Jessie K. Liu") == []


def test_after_a_vessel_word_a_capitalised_word_is_the_ship_s_own() -> None:
    assert found("The LNG carrier New Energy (85,600 dwt) loaded a cargo.") == [
        ("New Energy", "vessel")
    ]
    assert found("New sanctions hit Rosneft.") == [("Rosneft", "organization")]


TOKEN_TEXTS = [
    "The Treasury designated Kharkiv-based Alfa Co. and the Institute for Oil Research.",
    "Ivan Petrov’s firm, A&B Trading_LLC (U.S.-listed) -- said\tno _ more.",
    "LONDON - The Bank for Investment, a lender, and Hong Kong-\nbased 7 Seas Marine Co.",
    "__ \u00a0 ‘Sea Bird’ ... x_y & z",
]


def test_name_tokens_stand_where_the_token_pattern_finds_them() -> None:
    """`tokens` places each token by its text (`find`), not by a match object: each
    must stand where the token pattern matched, and hold the text it is given."""
    for text in TOKEN_TEXTS:
        starts = {m.start() for m in names_module.TOKEN.finditer(text)}
        toks = [t for t in names_module.tokens(text) if t is not names_module.BREAK]
        assert toks
        for tok in toks:
            assert tok.start in starts
            assert text[tok.start : tok.end] == tok.text
    toks = names_module.tokens(TOKEN_TEXTS[1])
    assert [(t.start, t.text) for t in toks[:2]] == [(0, "Ivan"), (5, "Petrov’s")]
