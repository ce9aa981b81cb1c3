"""Target leads of session 19 (first look on w960-w979): the entries of a printed
sanctions list, a person's business partner, and firms given as examples of those who
speak about the measures; each rule tested with sentences written for these tests (no
corpus text)."""

from datetime import date

from tests.extract.helpers import rules_news, shipped_news

PUBLISHED = date(2026, 12, 4)  # a Friday


def rules(text: str) -> dict[str, list[str]]:
    return rules_news(text, PUBLISHED)


def shipped(text: str) -> dict[str, list[str]]:
    return shipped_news(text, PUBLISHED)


ENTRIES = (
    "On 3 December 2026, the Security Council Committee pursuant to resolution 1518 (2003) "
    "approved the addition of the entries below to its sanctions list.\n\n"
    "A. Individuals\n"
    "IQi.090 Name: Karim Salman Dawood. Title: Colonel. Designation: former head of the "
    "Special Security Organization. Date of birth: 1961.\n"
    "IQi.091 Name: Faris Ahmed Jabbar. Designation: financier of the Baath Party network.\n\n"
    "B. Entities\n"
    "IQe.212 Name: Rafidain Horizon Trading. Address: Amman, Jordan.\n"
)


def test_entries_of_a_printed_list_are_targets() -> None:
    # the name after each entry's label; the fields after it (a title, a body the
    # person served, an address) are no targets
    expected = {"UN": ["Karim Salman Dawood", "Faris Ahmed Jabbar", "Rafidain Horizon Trading"]}
    assert rules(ENTRIES) == expected
    assert shipped(ENTRIES) == expected


def test_entry_labels_outside_an_action_name_no_target() -> None:
    text = (
        "The ministry published its annual report on Monday.\n\n"
        "Name: Karim Salman Dawood. Title: Colonel.\n"
    )
    assert rules(text) == {}


def test_a_business_partner_after_his_is_a_target() -> None:
    text = (
        "The Treasury on Thursday designated gold trader Omar Hilal Nasser and his business "
        "partner Yasin Abdalla Korti for financing the militia."
    )
    assert rules(text) == {"US": ["Omar Hilal Nasser", "Yasin Abdalla Korti"]}
    # a firm's partner is a trade role still
    text = "OFAC on Thursday designated Coral Reach Shipping and its partner Tidewell Marine Ltd."
    assert rules(text) == {"US": ["Coral Reach Shipping"]}


def test_examples_who_speak_about_the_measures_are_no_targets() -> None:
    text = (
        "Britain on Wednesday sanctioned Marib Fuel Import Co. and Salif Port Services. Omani "
        "banks such as Bank Dhofar and Ahli Bank said they were reviewing accounts."
    )
    expected = {"GB": ["Marib Fuel Import Co.", "Salif Port Services"]}
    assert rules(text) == expected
    assert shipped(text) == expected
    # set off by dashes, and the speech mentioning the listed firms
    text = (
        "SECO on Monday listed six entities, among them Zagros Rotor Works. Swiss machine "
        "suppliers - among them Bucher and Schindler - said they had no business with the "
        "listed firms."
    )
    assert rules(text) == {"CH": ["Zagros Rotor Works"]}
    # the objects of the act keep their place, whoever speaks after them
    text = "The EU on Friday sanctioned Russian banks such as Sberbank and VTB, officials said."
    assert rules(text) == {"EU": ["Sberbank", "VTB"]}


def test_a_group_before_a_hyphenated_rank_only_qualifies_the_person() -> None:
    # "sub-leader", "co-founder": a prefix joined to the role word
    text = (
        "The Treasury on Thursday designated Abu Sayyaf sub-leader Jumali Tahil Asmad and "
        "Dawlah Islamiyah financier Norhana Macapaar."
    )
    assert rules(text) == {"US": ["Jumali Tahil Asmad", "Norhana Macapaar"]}
    text = "Britain on Tuesday sanctioned Wagner Group co-founder Dmitry Utkin."
    assert rules(text) == {"GB": ["Dmitry Utkin"]}
