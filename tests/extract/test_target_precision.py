"""False targets of kinds seen on unseen text (session 12): posts read as names, a
gang or employer before a role noun, a designation programme, an announcer, an
employer or parent body named with the one hit, a firm named in a vessel's role.
Each sentence is our own and each fix is for the kind, not for a name."""

from sanctionwatch.extract.learn import stage
from sanctionwatch.extract.names import find_names
from sanctionwatch.extract.targets import select


def hit(text: str, trigger: str = "sanctioned") -> list[str]:
    """The names the rules hit after (or, passive, before) `trigger`."""
    scope = text.index(trigger) + len(trigger)
    return [n.text for n in select(text, find_names(text), scope, 0, len(text))]


def parties(text: str) -> list[str]:
    return [n.text for n in find_names(text) if not n.descriptor]


def test_a_post_of_several_words_is_no_party() -> None:
    text = (
        "Ottawa sanctioned Deputy Commander Hamid Rostami, the Chief Financial Officer of"
        " Talan Trading, and the company's Managing Director."
    )
    assert hit(text) == ["Hamid Rostami"]
    # a body whose name ends in such a word holds a firm word; a ship's is in capitals
    assert parties("It listed the Office of the Supreme Leader.") == [
        "Office of the Supreme Leader"
    ]
    assert parties("It listed the tanker OCEAN LEADER (IMO 9123456).") == ["OCEAN LEADER"]


def test_the_brief_of_a_post_after_for_is_no_party() -> None:
    text = (
        "Washington sanctioned Rwanda's Minister of State for Regional Integration,"
        " retired General Jean-Baptiste Karekezi, for his role in the conflict."
    )
    assert hit(text) == ["Jean-Baptiste Karekezi"]
    text = "London sanctioned the Commissioner for Border Affairs, Omar Haidari."
    assert hit(text) == ["Omar Haidari"]


def test_a_gang_or_employer_before_a_role_noun_only_says_whom_they_serve() -> None:
    text = "The Treasury sanctioned Barrio Azul leaders Hector Guerrero Flores and Jose Marcano."
    assert hit(text) == ["Hector Guerrero Flores", "Jose Marcano"]
    text = (
        "The list includes Daily Courier commentator Ken Sato, Nagoya University researcher"
        " Emi Ota and Tokai Bank analyst Kenji Mori."
    )
    assert hit(text, "includes") == ["Ken Sato", "Emi Ota", "Kenji Mori"]


def test_a_designation_programme_is_no_party() -> None:
    text = (
        "Treasury sanctioned Victor Banda and Grace Phiri under the Global Magnitsky"
        " program for corruption."
    )
    assert hit(text) == ["Victor Banda", "Grace Phiri"]
    # a category's name set off as the name's apposition is no party either
    text = "OFAC sanctioned Ahmed Nur, a Specially Designated Global Terrorist, and Hawala Express."
    assert hit(text) == ["Ahmed Nur", "Hawala Express"]
    # the learned stage drops a target named only by a sanctions category
    assert stage.no_party("Specially Designated Global Terrorists")


def test_an_announcer_named_after_said_with_a_post_in_lower_case_is_no_target() -> None:
    text = (
        'The EU sanctioned Viktor Orlov. "There is no impunity," said EU foreign policy'
        " chief Anna Berg."
    )
    assert hit(text) == ["Viktor Orlov"]
    # a verb in between makes the name after it an object again
    text = "Brussels said it sanctioned army chief Pavel Lenko."
    assert hit(text) == ["Pavel Lenko"]


def test_the_owner_of_a_post_is_no_target_even_after_against() -> None:
    text = "Beijing imposed sanctions against Northrop Avionics's vice president, Tom Hale."
    assert hit(text, "sanctions") == ["Tom Hale"]
    assert hit("Beijing imposed sanctions against Northrop Avionics.", "sanctions") == [
        "Northrop Avionics"
    ]
    text = (
        "The Treasury sanctioned Ali Reza, the Ministry of Intelligence and Security's"
        " deputy head, and Hassan Karimi."
    )
    assert hit(text) == ["Ali Reza", "Hassan Karimi"]
    # with no post after it, the body itself is hit
    assert hit("The Treasury sanctioned the Ministry of Intelligence and Security.") == [
        "Ministry of Intelligence and Security"
    ]


def test_a_numbered_unit_is_hit_without_its_parent_body() -> None:
    text = (
        "The Treasury sanctioned the 2nd Directorate of Russia's Main Intelligence"
        " Directorate and Unit 840 of the Quds Force."
    )
    assert hit(text) == ["2nd Directorate", "Unit 840"]
    # an institution named with its country keeps it
    assert hit("The Treasury sanctioned the Central Bank of Syria.") == ["Central Bank of Syria"]


def test_a_firm_named_in_a_vessels_role_is_no_target() -> None:
    text = (
        "Britain sanctioned the tanker SEA BREEZE, managed by Apex Ship Management and"
        " owned by Coral Bay Holdings Ltd."
    )
    assert hit(text) == ["SEA BREEZE"]


def test_an_alias_after_its_cue_in_a_parenthesis_or_formerly_named_is_no_second_party() -> None:
    (person,) = find_names("- Musa al-Kidali (alias: Hamid Ould Tayeb), a commander")[:1]
    assert (person.text, person.aliases) == ("Musa al-Kidali", ["Hamid Ould Tayeb"])
    (ship,) = find_names("It listed the GREY HERON (IMO 9077886), formerly named SILVER GULL.")
    assert (ship.text, ship.aliases) == ("GREY HERON", ["SILVER GULL"])


def test_a_place_or_firm_before_a_trade_noun_and_a_name_is_no_party() -> None:
    text = (
        "Tokyo sanctioned the Kazan drone maker Volga Avia and the Izmir logistics firm Ege"
        " Lojistik."
    )
    assert hit(text) == ["Volga Avia", "Ege Lojistik"]


def test_a_name_said_to_be_listed_before_is_not_this_actions_target() -> None:
    text = (
        "The Treasury sanctioned Luis Soto and the financier Marco Pena, who was already"
        " sanctioned in 2019."
    )
    assert hit(text) == ["Luis Soto"]
    text = "The Treasury sanctioned Marco Pena, who runs the network, and Luis Soto."
    assert hit(text) == ["Marco Pena", "Luis Soto"]
    # listed before by another authority: this action is the name's own new listing
    text = (
        "The US Treasury on Tuesday sanctioned Alexei Mordashov, who was already sanctioned"
        " by the EU."
    )
    assert hit(text) == ["Alexei Mordashov"]


def test_a_group_the_targets_finance_is_no_target() -> None:
    text = "Seoul froze the assets of three men who finance the armed group Jaish al-Nasr."
    assert hit(text, "froze") == []
    text = "Seoul sanctioned Finance Minister Omar Said and the firm Delta Remit."
    assert hit(text) == ["Omar Said", "Delta Remit"]


def test_a_holder_named_after_a_posts_brief_after_for_is_hit() -> None:
    # the brief ends in a portfolio word; the person's name after it is the target
    text = "The EU on Monday sanctioned Vice President for Operations Ivan Petrov."
    assert hit(text) == ["Ivan Petrov"]
    text = "Russia on Friday sanctioned Ukraine's Minister for Sanctions Policy Vladyslav Vlasiuk."
    assert hit(text) == ["Vladyslav Vlasiuk"]


def test_a_firm_named_after_its_trade_as_supplier_is_hit() -> None:
    # "supplier" labels the object itself; "a supplier to X" still makes X a buyer
    text = (
        "The US Treasury on Tuesday sanctioned the Iranian drone supplier Qods Aviation Industries."
    )
    assert hit(text) == ["Qods Aviation Industries"]
