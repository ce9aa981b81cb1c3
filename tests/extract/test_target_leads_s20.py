"""Target leads of session 20 (first look on w1000-w1019): ranks of the Russian navy,
plants named by their number, a name that only qualifies a noun phrase, aliases in single
quotes and after "a.k.a.", entries written as sanctions lists write them, an entry's
"Linked To:" party, and look-alikes that the sentence says are no targets; each rule tested
with sentences written for these tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract.document import Doc, Name
from sanctionwatch.extract.pipeline import run
from sanctionwatch.extract.targets import bystander
from sanctionwatch.model import Article
from tests.extract.helpers import names, rules_news, shipped_news

PUBLISHED = date(2026, 11, 27)  # a Friday


def rules(text: str) -> dict[str, list[str]]:
    return rules_news(text, PUBLISHED)


def shipped(text: str) -> dict[str, list[str]]:
    return shipped_news(text, PUBLISHED)


def sentences(text: str) -> list[str]:
    doc = run(Doc(Article(id="t", text=text)), ("clean", "published", "sentences"))
    return [s.text for s in doc.sentences]


def test_a_naval_rank_is_no_part_of_the_name() -> None:
    text = (
        "The ministry listed Captain First Rank Pavel Gromov and Captain Second Rank "
        "Ilya Serov on Thursday."
    )
    assert names(text) == ["Pavel Gromov", "Ilya Serov"]
    # the unit after the ranked name is where he serves, not part of his name
    text = "Japan listed Captain First Rank Pavel Gromov of the Northern Fleet."
    assert names(text) == ["Pavel Gromov"]


def test_a_plant_named_by_its_number_keeps_the_number() -> None:
    text = (
        "The Council listed the 312 Armoured Repair Plant in Minsk and the 75 Arsenal, "
        "as well as Gomel Tool Works."
    )
    assert names(text)[:2] == ["312 Armoured Repair Plant", "75 Arsenal"]
    # a plural after the number is a count, not a name
    assert "Repair Plants" in names("Treasury also listed 4 Repair Plants in Belarus.")


def test_a_plant_named_by_its_number_is_a_target() -> None:
    text = "The EU on Thursday sanctioned the 312 Armoured Repair Plant and Belmash Export OOO."
    assert rules(text) == {"EU": ["312 Armoured Repair Plant", "Belmash Export OOO"]}


def test_a_name_between_a_and_its_noun_only_qualifies_it() -> None:
    text = (
        "The US Treasury on Thursday sanctioned a Hezbollah procurement network and its "
        "Beirut front, Cedar Line Trading SAL."
    )
    assert rules(text) == {"US": ["Cedar Line Trading SAL"]}
    assert shipped(text) == {"US": ["Cedar Line Trading SAL"]}


def test_a_name_after_a_with_a_verb_after_it_stays() -> None:
    # "a X based in": a participle, no noun the name qualifies
    text = "The US Treasury on Thursday sanctioned Orion Freight LLC, a firm based in Dubai."
    assert rules(text) == {"US": ["Orion Freight LLC"]}


def test_an_alias_in_single_quotes_is_no_target_of_its_own() -> None:
    text = (
        "The US Treasury on Thursday sanctioned Karim Nasser al-Dhahabi, alias 'Zorro', "
        "a trader based in Aden."
    )
    assert names(text) == ["Karim Nasser al-Dhahabi", "Aden"]
    assert "Zorro" not in str(shipped(text))


def test_aka_does_not_end_a_sentence() -> None:
    text = "OFAC listed KAMA ROTOR JSC (a.k.a. KAMA ROTOR AO), Kazan, Russia."
    assert len(sentences(text)) == 1


def test_a_list_style_entry_is_one_person() -> None:
    text = (
        "OFAC designated:\n"
        "- BELOV, Anton Sergeyevich (DOB 12 Jan 1980), Russia.\n"
        "- KOROVIN, Oleg [RUSSIA-EO14024]."
    )
    assert names(text)[-2:] == ["BELOV, Anton Sergeyevich", "KOROVIN, Oleg"]
    # a comma between a capitalised firm and another name in a list stays a break
    assert names("OFAC listed ROSNEFT, Gazprom and Lukoil.") == ["ROSNEFT", "Gazprom", "Lukoil"]


def test_an_entrys_linked_party_is_no_target() -> None:
    text = (
        "On November 26, 2026, OFAC added the following entities to the SDN List:\n\n"
        "- KAMA ROTOR JSC, Kazan, Russia [RUSSIA-EO14024]. Linked To: UNITED ENGINE CORPORATION.\n"
        "- ORIENT PEAK TRADING LIMITED, Hong Kong [RUSSIA-EO14024].\n"
    )
    assert rules(text) == {"US": ["KAMA ROTOR JSC", "ORIENT PEAK TRADING LIMITED"]}


def test_names_the_sentence_says_are_no_targets() -> None:
    text = (
        "The US Treasury on Thursday sanctioned Vega Gold SA. Gold buyers named in the "
        "release - among them the Swiss refiner Alpor and the Miami firm Sunline Bullion - "
        "are not targets. Lenders such as Banco Sur and Banco Lago were not accused of "
        "wrongdoing. Makers such as Kestrel Tools are referenced in the release only as "
        "original suppliers."
    )
    assert rules(text) == {"US": ["Vega Gold SA"]}
    assert shipped(text) == {"US": ["Vega Gold SA"]}


def test_a_relative_clause_about_another_party_does_not_spare_the_name() -> None:
    text = "Orion Freight LLC, whose partner Sunline Bullion was not sanctioned, ships gold."
    orion = Name(0, len("Orion Freight LLC"), "Orion Freight LLC", "organization")
    assert not bystander(text, orion)
    text = "Orion Freight LLC and Sunline Bullion were not accused of wrongdoing."
    assert bystander(text, orion)


def test_examples_of_those_the_targets_financed_are_no_targets() -> None:
    text = (
        "Canada on Friday imposed sanctions on two Haitians it accuses of financing and "
        "arming gangs such as Gran Grif and Kraze Baryè. It named them as Jean Morel and "
        "Paul Vixamar."
    )
    assert "Gran Grif" not in str(rules(text))


def test_platforms_given_as_examples_are_no_targets() -> None:
    text = (
        "South Korea on Friday blacklisted Pyongyang Star IT Company. Its workers posed as "
        "freelancers on platforms such as Upwork and Fiverr, the ministry said."
    )
    assert rules(text) == {"KR": ["Pyongyang Star IT Company"]}


def test_buyers_and_sellers_the_targets_dealt_with_are_no_targets() -> None:
    text = (
        "The EU on Thursday listed Delta Shipping Ltd, which sold crude oil to refiners "
        "such as Nayara Energy and Tupras."
    )
    assert rules(text) == {"EU": ["Delta Shipping Ltd"]}
    text = (
        "The US Treasury on Thursday sanctioned Orion Freight LLC, a Hong Kong company that "
        "bought parts from manufacturers such as Texas Instruments and Analog Devices."
    )
    assert rules(text) == {"US": ["Orion Freight LLC"]}


def test_sanctions_extended_to_examples_still_hit_them() -> None:
    # no verb of trade before "to": the examples are the ones listed
    text = (
        "The EU on Thursday extended its asset freeze to companies such as Delta Shipping "
        "Ltd and Orion Freight LLC."
    )
    assert rules(text) == {"EU": ["Delta Shipping Ltd", "Orion Freight LLC"]}


def test_a_body_that_only_qualifies_a_role_noun_is_no_target() -> None:
    # "X successor Y", "X figures, including Y": X says whom Y follows or belongs to
    text = (
        "The US Treasury on Thursday sanctioned Wagner Group successor Africa Corps and its "
        "commander, Lt. Gen. Yunus-Bek Yevkurov."
    )
    assert rules(text) == {"US": ["Africa Corps", "Yunus-Bek Yevkurov"]}
    text = (
        "Ukraine's NSDC on Thursday sanctioned Russian Orthodox Church figures, including "
        "Metropolitan Tikhon Shevkunov, the Pskov bishop."
    )
    assert rules(text) == {"UA": ["Tikhon Shevkunov"]}


def test_victims_named_before_the_event_are_no_targets() -> None:
    text = "Australia on Thursday sanctioned Dmitry Volkov over the Medibank and Optus breaches."
    assert rules(text) == {"AU": ["Dmitry Volkov"]}
    assert shipped(text) == {"AU": ["Dmitry Volkov"]}
    # a name after "and" that opens a new item keeps the one before it a target
    text = "Russia on Thursday sanctioned Ivan Petrov and BBC journalist Steve Rosenberg."
    assert rules(text) == {"RU": ["Ivan Petrov", "Steve Rosenberg"]}


def test_a_counted_group_a_colon_opens_after_a_role_is_hit() -> None:
    # the party the count's "linked to" names is a role; the colon returns to the count
    text = (
        "The US Treasury on Thursday sanctioned two Sudanese firms linked to the Rapid "
        "Support Forces (RSF): Capital Tap Holding and Al Zumoroud Gold."
    )
    assert rules(text) == {"US": ["Capital Tap Holding", "Al Zumoroud Gold"]}
