"""Sentences of sanctions news that the target-boundary rules of session 14 misread
(issue 11): a reason after "Company for", a month before a firm, a person's initials
read as a Latin American legal form, another list "of" something, and a quoted name
that qualifies a noun after it. Sentences written for these tests."""

from .helpers import authorities, names


def test_a_reason_after_company_for_is_no_part_of_the_name() -> None:
    assert authorities("The EU sanctioned Rostec Corporation for Russia's war effort.") == {
        "EU": {"Rostec Corporation"}
    }
    text = "OFAC sanctioned Acme Shipping Company for North Korea sanctions evasion."
    assert names(text) == ["Acme Shipping Company"]
    text = "The UK sanctioned Rosoboronexport Company for Russian arms exports."
    assert names(text) == ["Rosoboronexport Company"]
    text = "OFAC sanctioned Acme Company for Hezbollah financing."
    assert names(text) == ["Acme Company", "Hezbollah"]
    # a name of its own after "for" still joins
    text = "The US sanctioned the Agency for International Development of Ruritania."
    assert names(text) == ["Agency for International Development of Ruritania"]


def test_a_month_inside_a_sentence_stays_out_of_a_firm_name() -> None:
    text = "The EU said last March Rosneft Trading SA was sanctioned."
    assert names(text) == ["Rosneft Trading SA"]


def test_initials_after_a_person_are_no_legal_form() -> None:
    text = "The Treasury sanctioned Juan Perez, C.A. Lopez and Maria Gomez."
    assert names(text) == ["Juan Perez", "C.A. Lopez", "Maria Gomez"]


def test_being_on_a_list_of_something_else_lists_nothing() -> None:
    for tail in (
        "Gazprom is on the list of firms the EU may target next.",
        "Gazprom is also on the list of companies still trading in Europe.",
        "Gazprom is on the list being prepared by Brussels.",
        "Gazprom is also on the list the EU is drafting.",
        "Gazprom is on the waiting list for licences.",
    ):
        text = "The US on Monday sanctioned Rosneft. " + tail
        assert authorities(text) == {"US": {"Rosneft"}}
    text = "The US on Monday sanctioned Rosneft. Gazprom is on the list of sanctioned firms."
    assert authorities(text) == {"US": {"Rosneft", "Gazprom"}}


def test_a_quoted_name_before_a_kind_noun_is_its_own() -> None:
    text = 'OFAC sanctioned the Sinaloa Cartel "Los Chapitos" faction and Ivan Guzman.'
    assert names(text)[:2] == ["Sinaloa Cartel", "Los Chapitos"]


def test_a_firm_before_planes_or_drones_is_a_party() -> None:
    text = "OFAC sanctioned Iran Air, Mahan Air and Caspian Airlines planes flying to Syria."
    assert names(text) == ["Iran Air", "Mahan Air", "Caspian Airlines"]
    text = "The EU sanctioned Safa Trading and Qods Aviation Industries drones."
    assert names(text)[-1] == "Qods Aviation Industries"
    # a make or model still is none
    assert names("The EU sanctioned three of its Il-76TD aircraft.") == []


def test_not_including_sets_a_name_aside_though_including_is_a_cue() -> None:
    text = "The EU sanctioned Acme Ltd and Beta LLC, not including Gamma Co."
    assert authorities(text) == {"EU": {"Acme Ltd", "Beta LLC"}}


def test_a_name_a_noun_describes_after_a_ship_is_no_ship() -> None:
    text = "OFAC sanctioned the tanker Ocean Star and Sinaloa Cartel members on Monday."
    assert authorities(text) == {"US": {"Ocean Star"}}
    text = "The UK sanctioned the vessels Sea Pilot and Ice Pilot, and Hezbollah financiers."
    assert authorities(text) == {"GB": {"Sea Pilot", "Ice Pilot"}}
