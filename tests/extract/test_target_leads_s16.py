"""Target precision and boundaries, session 16: each rule tested with sentences written
for these tests (no corpus text)."""

from sanctionwatch.extract.learn.roles import after_word
from sanctionwatch.extract.learn.stage import legislature, named_weapon, no_party
from sanctionwatch.model import Target
from tests.extract.helpers import names, rules_actions


def targets(text: str) -> list[str]:
    return [t.name for a in rules_actions(text) for t in a.targets]


def test_as_well_as_goes_on_with_the_list() -> None:
    # "as" of "as well as" is no relational "as" ("served as X")
    found = targets("Japan sanctioned Alpha Trading LLC as well as Gamma Holdings.")
    assert found == ["Alpha Trading LLC", "Gamma Holdings"]
    found = targets("Seoul designated Orion Marine and Kestrel Shipping as well as Dolmen Oil.")
    assert found == ["Orion Marine", "Kestrel Shipping", "Dolmen Oil"]


def test_as_well_as_after_a_role_stays_a_role() -> None:
    # the list after "to" names buyers; "as well as" goes on with them, not with the hit
    found = targets(
        "Japan sanctioned Alpha Trading LLC for selling drones to Beta Corp as well as "
        "Gamma Holdings."
    )
    assert found == ["Alpha Trading LLC"]
    # a plain "as" still makes a role: "acting as X"
    found = targets("Ottawa sanctioned Ivan Petrov, acting as Rostec Corp on the deal.")
    assert "Rostec Corp" not in found


def test_a_time_after_a_name_is_one_feature_for_the_target_judge() -> None:
    # the day of the news ("on Monday") apart from a month or year, which often dates
    # an earlier listing ("X, designated in March 2020")
    assert after_word(["on", "Monday"]) == "@day"
    assert after_word(["this", "week"]) == "@day"
    assert after_word(["in", "March"]) == "@date"
    assert after_word(["in", "2024"]) == "@date"
    # other words after "on" / "in" stay as they are: a relation, a place
    assert after_word(["on", "behalf"]) == "on"
    assert after_word(["in", "Dubai"]) == "in"
    assert after_word(["said"]) == "said"


def test_a_name_written_before_a_weapons_kind_is_a_weapon() -> None:
    text = "Britain listed Orlan and Vega Tech. Orlan drones were found in Kharkiv."
    assert named_weapon(text, Target("Orlan", "organization"))
    assert not named_weapon(text, Target("Vega Tech", "organization"))
    text = "The EU hit Zircon and Burevestnik hypersonic missile systems."
    assert named_weapon(text, Target("Burevestnik", "organization"))
    # a maker named by what it makes is a firm: "Almaz-Antey missile maker"
    text = "Canada sanctioned the Almaz-Antey missile maker and its unit."
    assert not named_weapon(text, Target("Almaz-Antey", "organization"))
    # a firm's name holding a weapon word, before its products, stays a firm
    text = "Ottawa hit Tactical Missiles Corporation, whose Tactical Missiles Corporation missiles"
    assert not named_weapon(text, Target("Tactical Missiles Corporation", "organization"))
    # a ship is no weapon; only whole names count ("Orlando" is no "Orlan")
    assert not named_weapon("the tanker Lancet missiles", Target("Lancet", "vessel"))
    assert not named_weapon("Orlando drones", Target("Orlan", "organization"))


def test_a_bare_legislature_is_no_party() -> None:
    assert legislature("Parliament")
    assert legislature("Iranian Majlis")
    assert legislature("Verkhovna Rada")
    assert no_party("Knesset")
    # a named body, a firm or a person with such a word is a party
    assert not legislature("State Duma")
    assert not legislature("Parliament Street Holdings")
    assert not no_party("Senate Investments Ltd")


def test_a_titles_body_word_is_no_part_of_the_holders_name() -> None:
    found = names("New Zealand banned Chief of General Staff Valery Gerasimov from entry.")
    assert "Valery Gerasimov" in found
    assert not any(n.startswith("Staff") for n in found)
    found = names("Oslo listed Commander of Airborne Forces Mikhail Teplinsky.")
    assert "Mikhail Teplinsky" in found
    # a firm whose name opens with a rank and the word stays whole
    assert names("The US sanctioned General Staff Holdings LLC.") == ["General Staff Holdings LLC"]


def test_a_name_before_a_plural_trade_noun_only_qualifies_the_firms() -> None:
    # "Rosneft suppliers": firms named by whom they supply; the cue's examples are hit
    found = targets("Kyiv sanctioned Rosneft suppliers, including Vantor Logistics LLC.")
    assert found == ["Vantor Logistics LLC"]
    found = targets("Ottawa listed Kalibr makers and Orsk Machine Works.")
    assert found == ["Orsk Machine Works"]
    # a singular trade noun after a name is the firm's own word, or a role of the next name
    found = targets("Kyiv sanctioned the drone maker Vantor Logistics LLC and Rosneft.")
    assert found == ["Vantor Logistics LLC", "Rosneft"]


def test_the_owner_of_frozen_accounts_or_funds_is_hit() -> None:
    # "froze Rosneft's bank accounts": "bank" names what is frozen, Rosneft is no bank kind
    found = targets("Britain froze Volga Petrochem's bank accounts under its Russia sanctions.")
    assert found == ["Volga Petrochem"]
    found = targets("Japan froze the bank accounts of Ivan Sorokin as part of new sanctions.")
    assert found == ["Ivan Sorokin"]
    found = targets(
        "Bern froze the funds and economic resources of Oleg Brusnikin under its sanctions."
    )
    assert found == ["Oleg Brusnikin"]
    # a name before a bank word that is no holding still only qualifies it
    found = targets("Tokyo sanctioned Rosneft banks, including Orsk Credit Bank.")
    assert found == ["Orsk Credit Bank"]
