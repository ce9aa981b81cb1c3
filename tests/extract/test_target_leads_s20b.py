"""Target leads of session 20 on the who-acts round (w980-w999): a list that goes on
"along with" a described name, a title over an indefinite complement before its holder,
and an alignment that takes over listings the article tells after it. Sentences written
for these tests (no corpus text)."""

from datetime import date

from tests.extract.helpers import rules_actions, rules_news

PUBLISHED = date(2026, 11, 27)  # a Friday


def rules(text: str) -> dict[str, list[str]]:
    return rules_news(text, PUBLISHED)


def test_along_with_joins_a_described_name_to_the_list() -> None:
    # "along with" joins the list as "and" does; its "with" is no relation
    text = (
        "Canada on Tuesday sanctioned Red River Fuels Ltd and Jade Harbour Logistics, "
        "along with the importers' owner, Maung Tin Oo."
    )
    assert rules(text) == {"CA": ["Red River Fuels Ltd", "Jade Harbour Logistics", "Maung Tin Oo"]}
    text = (
        "Canada on Tuesday sanctioned Red River Fuels Ltd, together with its director, "
        "Maung Tin Oo."
    )
    assert rules(text) == {"CA": ["Red River Fuels Ltd", "Maung Tin Oo"]}
    # a plain "with" still makes a role: the partner firm is not listed
    text = "Canada sanctioned Red River Fuels Ltd for trading with Jade Harbour Logistics."
    assert rules(text) == {"CA": ["Red River Fuels Ltd"]}


def test_a_title_over_an_indefinite_complement_belongs_to_the_name_after_it() -> None:
    text = (
        "Japan on Tuesday sanctioned 12 people. They include the warden of a Grodno "
        "remand prison, Oleg Kasperovich, and the state-owned Minsk Gear Works OJSC."
    )
    assert rules(text) == {"JP": ["Oleg Kasperovich", "Minsk Gear Works OJSC"]}


def test_an_alignment_takes_the_listings_the_article_tells_after_it() -> None:
    text = (
        "Iceland on Thursday aligned itself with the European Union's latest listings, "
        "freezing the assets of nine individuals. The listings, which the EU adopted on "
        "3 November, include Oleg Kasperovich and Minsk Gear Works OJSC."
    )
    found = {a.authority: [t.name for t in a.targets] for a in rules_actions(text, PUBLISHED)}
    assert found["IS"] == ["Oleg Kasperovich", "Minsk Gear Works OJSC"]


def test_the_name_after_a_described_role_is_what_the_phrase_describes() -> None:
    text = (
        "The European Union on Thursday listed two entities, among them Kobar Trading and a "
        "shipping agent working for the Houthis, Red Sea Maritime Services."
    )
    assert rules(text) == {"EU": ["Kobar Trading", "Red Sea Maritime Services"]}
    # the role's list going on is no apposition: the clients are not listed
    text = (
        "The European Union on Thursday listed Kobar Trading, a shipping agent working for "
        "Hamas, Hezbollah and the Houthis."
    )
    assert rules(text) == {"EU": ["Kobar Trading"]}


def test_a_person_among_members_of_bodies_is_one_of_the_members() -> None:
    text = (
        "Russia on Thursday barred 15 Canadian citizens from entry. The list includes "
        "reporters and members of provincial legislatures, among them the columnist "
        "Janet Pruitt and the retired general Alan Moffat."
    )
    assert rules(text) == {"RU": ["Janet Pruitt", "Alan Moffat"]}
    # the bodies the members serve stay roles
    text = (
        "Washington on Thursday sanctioned members of the judicial branch, including the "
        "Supreme Court of Justice."
    )
    assert "Supreme Court of Justice" not in rules(text).get("US", [])


def test_a_name_after_a_counted_item_and_a_long_description_is_listed() -> None:
    text = (
        "The European Commission on Tuesday proposed a new package of sanctions against "
        "Belarus that would blacklist 14 more state-owned potash wagons and the Minsk-based "
        "fertiliser broker Belaya Rus Export LLC."
    )
    found = {a.authority: [t.name for t in a.targets] for a in rules_actions(text, PUBLISHED)}
    assert found == {"EU": ["Belaya Rus Export LLC"]}
