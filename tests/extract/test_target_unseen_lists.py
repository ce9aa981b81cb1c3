"""Target lists and name boundaries of kinds seen on unseen sanctions news (issue 11):
names set aside from a list, firm names that open on a sentence adverb, lists resumed
after a relative clause, quoted nicknames, Romance connectors and vessels named like
posts. Sentences written for these tests."""

from sanctionwatch.extract.names import find_names
from sanctionwatch.extract.targets import select

from .helpers import authorities, names


def hit(text: str, trigger: str = "sanctioned") -> list[str]:
    scope = text.index(trigger) + len(trigger)
    return [n.text for n in select(text, find_names(text), scope, 0, len(text))]


def test_a_name_set_aside_from_a_list_spares_it_but_the_list_goes_on() -> None:
    text = "The UK on Tuesday sanctioned 20 individuals, excluding Roman Ostrov, and Evraz Steel."
    assert hit(text) == ["Evraz Steel"]
    assert authorities(text) == {"GB": {"Evraz Steel"}}


def test_but_not_sets_one_name_aside_without_negating_the_clause() -> None:
    text = (
        "Japan on Friday froze the assets of 11 individuals, including Viktor Petrov, "
        "but not Igor Sechin, and Rosneft."
    )
    assert authorities(text) == {"JP": {"Viktor Petrov", "Rosneft"}}


def test_a_name_after_comma_not_is_set_aside() -> None:
    text = "The EU sanctioned Acme Ltd, not Volga Bank, and Kama Oil on Monday."
    assert hit(text) == ["Acme Ltd", "Kama Oil"]


def test_except_keeps_the_names_after_it_out() -> None:
    text = "The EU sanctioned all Russian banks except Sberbank and VTB."
    assert hit(text) == []


def test_a_negated_clause_still_spares_its_names() -> None:
    text = "The EU did not sanction Sberbank, and VTB was spared too."
    assert hit(text, "sanction") == []


def test_a_sentence_adverb_inside_a_sentence_opens_a_firm_name() -> None:
    text = "The US Treasury on Monday sanctioned Any Bank and Further Holdings Ltd over Iran."
    assert names(text) == ["Any Bank", "Further Holdings Ltd"]
    text = "The US sanctioned New Energy Ltd and Key Capital Ltd on Monday."
    assert names(text) == ["New Energy Ltd", "Key Capital Ltd"]


def test_a_sentence_adverb_that_opens_the_sentence_stays_out() -> None:
    assert names("Further, the Treasury sanctioned Acme Ltd on Monday.") == ["Acme Ltd"]
    assert names("Further Acme Ltd was sanctioned.") == ["Acme Ltd"]
    # a date before a firm is no part of it
    assert names("It was announced on Monday Acme Ltd had been sanctioned.") == ["Acme Ltd"]


def test_a_list_resumes_after_a_relative_clause_with_a_date() -> None:
    text = (
        "China on Friday sanctioned two Japanese groups and a lawmaker. The decision names "
        "Takeshi Morimoto, who visited Taipei in October, and the Pacific Security "
        "Research Institute."
    )
    assert authorities(text) == {"CN": {"Takeshi Morimoto", "Pacific Security Research Institute"}}


def test_an_item_set_off_by_commas_before_the_rejoining_and_is_listed() -> None:
    text = (
        "New Zealand on Monday sanctioned 14 individuals and entities. Among those listed "
        "are Yekaterina Lantratova, who runs camps in occupied Luhansk, the Izhevsk "
        "Electromechanical Plant, and Arkhangelsk Shipyard Services LLC."
    )
    assert authorities(text) == {
        "NZ": {
            "Yekaterina Lantratova",
            "Izhevsk Electromechanical Plant",
            "Arkhangelsk Shipyard Services LLC",
        }
    }


def test_the_object_of_a_relative_clause_is_still_no_item() -> None:
    text = (
        "Britain on Monday sanctioned two firms. They are Volga Star Ltd, which manages "
        "the tanker Ocean Pearl, and Kama Trading LLC."
    )
    assert authorities(text) == {"GB": {"Volga Star Ltd", "Kama Trading LLC"}}


def test_a_quoted_nickname_is_an_alias_of_the_person() -> None:
    found = find_names('The US sanctioned Ismael "El Mayo" Zambada Garcia and Ovidio Guzman.')
    assert [(n.text, n.kind, n.aliases) for n in found] == [
        ("Ismael Zambada Garcia", "person", ["El Mayo", 'Ismael "El Mayo" Zambada Garcia']),
        ("Ovidio Guzman", "person", []),
    ]
    text = 'The UN on Friday sanctioned Jimmy "Barbecue" Cherizier, who leads the G9 gang.'
    assert authorities(text) == {"UN": {"Jimmy Cherizier"}}


def test_a_quoted_word_in_a_firm_name_makes_no_person() -> None:
    found = find_names('The EU sanctioned Acme "Star" Trading Co on Monday.')
    assert all(n.kind != "person" for n in found)


def test_romance_connectors_join_a_firm_name() -> None:
    text = "The EU sanctioned Banco do Brasil and the Compagnie des Bauxites de Guinee."
    assert [(n.text, n.kind) for n in find_names(text)] == [
        ("Banco do Brasil", "organization"),
        ("Compagnie des Bauxites de Guinee", "organization"),
    ]


def test_a_ship_named_like_a_post_in_a_list_of_ships_is_a_ship() -> None:
    text = "The US sanctioned the tankers NS Champion and NS Commander on Thursday."
    assert hit(text) == ["NS Champion", "NS Commander"]
    # a post with its holder after it still describes the holder
    text = "The US sanctioned the tanker Ocean Star and IRGC Navy Commander Alireza Tangsiri."
    assert hit(text) == ["Ocean Star", "Alireza Tangsiri"]


def test_a_make_or_model_before_aircraft_is_no_party() -> None:
    text = (
        "The EU on Monday added the cargo airline Minsk Avia Cargo JSC and three of its "
        "Il-76TD aircraft, registered EW-455PA and EW-546PO, to its list."
    )
    assert hit(text, "added") == ["Minsk Avia Cargo JSC", "EW-455PA", "EW-546PO"]


def test_a_part_of_a_continent_is_a_place() -> None:
    text = "The UN sanctioned two groups operating in Sub-Saharan Africa and Eastern Europe."
    assert names(text) == []
    # a firm named after one keeps its name
    assert names("The EU sanctioned West Africa Bank.") == ["West Africa Bank"]


def test_an_unquoted_alias_keeps_its_particle() -> None:
    found = find_names(
        "The US sanctioned Mohamed Ould Sidi, alias Abu Talha al-Mauritani, on Friday."
    )
    assert [(n.text, n.aliases) for n in found] == [
        ("Mohamed Ould Sidi", ["Abu Talha al-Mauritani"])
    ]


def test_a_firm_keeps_a_long_trade_word_before_its_head() -> None:
    assert names("- Sepehr Digital Monitoring Group") == ["Sepehr Digital Monitoring Group"]
    assert names("The US sanctioned Gulf Freight Forwarding LLC.") == [
        "Gulf Freight Forwarding LLC"
    ]
    # an order's title is still no party
    assert names("the Sanctions Regulations on Persons Destabilizing Sudan") == []


def test_on_the_list_after_a_name_lists_it() -> None:
    text = (
        "Ukraine on Friday imposed sanctions on Iran's Mahan Air. The airline's director "
        "general Mehdi Rostami is also on the list."
    )
    assert authorities(text) == {"UA": {"Mahan Air", "Mehdi Rostami"}}
    # another authority's list is not this action's
    text = (
        "Ukraine on Friday imposed sanctions on Iran's Mahan Air. Its owner Ali Rezai is on "
        "the EU sanctions list too."
    )
    assert authorities(text) == {"UA": {"Mahan Air"}}


def test_registrations_after_an_aircraft_make_are_listed() -> None:
    text = (
        "The aircraft are an Airbus A320 registered EP-IEE, an ATR 72 registered EP-ITL, "
        "an A310 registered EP-IBN and a Boeing 727 registered EP-IRS."
    )
    assert hit(text, "are") == ["EP-IEE", "EP-ITL", "EP-IBN", "EP-IRS"]
    text = "The sanctioned aircraft are a Boeing 747 with registration EP-FQB and two Il-76s."
    assert hit(text, "are") == ["EP-FQB"]


def test_a_firm_named_in_quotes_after_its_head_is_one_firm() -> None:
    found = find_names('The EU sanctioned Minsk Electromechanical Plant "Tsentr" and Volga Ltd.')
    assert [(n.text, n.aliases) for n in found] == [
        ('Minsk Electromechanical Plant "Tsentr"', ["Tsentr"]),
        ("Volga Ltd.", []),
    ]
    # a quoted word after a plain noun is no part of a name
    assert names('the company "Alpha" said on Monday') == ["Alpha"]


def test_for_and_and_join_a_firm_name_after_its_head_or_sector() -> None:
    text = "The US sanctioned Al-Muhandis General Company for Oil Services on Monday."
    assert names(text) == ["Al-Muhandis General Company for Oil Services"]
    text = "The UAE listed Cambridge Education and Training Center Limited."
    assert names(text) == ["Cambridge Education and Training Center Limited"]
    # "for" before a lower-case word ends the name
    assert names("The US sanctioned Acme Company for supplying drones.") == ["Acme Company"]


def test_a_pronoun_that_is_a_surname_inside_a_sentence_is_kept() -> None:
    text = "Thailand deported She Zhijiang, whom Britain sanctioned in 2023, on Wednesday."
    assert names(text) == ["She Zhijiang"]
    assert names("The firm said She would appeal.") == []


def test_latin_american_legal_forms_end_a_firm_name() -> None:
    text = "The US sanctioned Dispersora Gael, S.A. de C.V. and Grupo Bravo S. de R.L. de C.V."
    assert names(text) == ["Dispersora Gael, S.A. de C.V.", "Grupo Bravo S. de R.L. de C.V."]
    text = "The US sanctioned Corporación Minera del Sur, C.A. on Monday."
    assert names(text) == ["Corporación Minera del Sur, C.A."]


def test_together_with_returns_to_the_list() -> None:
    text = (
        "The US Treasury on Wednesday designated three individuals, Ri Song Chol, Kang Myong "
        "Ho and Han Un Gyong, together with the Pyongyang-based Korea Namsan Computing Company."
    )
    assert authorities(text) == {
        "US": {"Ri Song Chol", "Kang Myong Ho", "Han Un Gyong", "Korea Namsan Computing Company"}
    }
    # inside a relative clause it is still a role
    text = "Britain on Monday sanctioned Acme Ltd, which trades together with Volga Bank."
    assert authorities(text) == {"GB": {"Acme Ltd"}}


def test_a_counted_group_opened_by_a_colon_goes_on_with_the_list() -> None:
    text = (
        "New Zealand on Tuesday imposed travel bans on five Israeli settlers. The five include "
        "Yinon Levi and Elisha Yered, as well as three members of the Hilltop Youth movement: "
        "Meir Ettinger, Ariel Dahari and Yosef Gabbai."
    )
    assert authorities(text) == {
        "NZ": {"Yinon Levi", "Elisha Yered", "Meir Ettinger", "Ariel Dahari", "Yosef Gabbai"}
    }
    # a group the target is only linked to is no part of the list
    text = "Britain on Monday sanctioned Acme Ltd, which is linked to three companies: Volga Bank."
    assert authorities(text) == {"GB": {"Acme Ltd"}}
