"""Kinds of failure of the session-23 first look on w1140-w1159 (outlets and regimes the
written set had least of: Ukrainian, Turkish, Indian, Pakistani, Gulf, Latin American,
African, Balkan and Asian press): an earlier act dated by a part of a month, counts of
people by demonym and counts of a part "among" the whole, family firms joined by "and
Sons", a law's title after "Law ... on", a nationality before a legal form, the Saudi
designating body, and "preparing similar measures"; each rule tested with sentences
written for these tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract.counts import find_counts
from tests.extract.helpers import names, rules_actions

PUBLISHED = date(2026, 12, 4)  # a Friday


def counted(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


def test_an_act_dated_by_a_part_of_a_month_is_background() -> None:
    for when in ("In late October", "In early October", "In mid-October", "At the end of October"):
        text = (
            "Beijing on Thursday barred four American lawmakers from entering China."
            f" {when}, the State Department sanctioned six officials, including Tam Wing-kit."
        )
        found = {(a.authority, a.background) for a in rules_actions(text, PUBLISHED)}
        assert found == {("CN", False), ("US", True)}, when


def test_a_demonym_counts_people_and_its_parts_in_apposition_add_nothing() -> None:
    assert counted("sanctions on three Haitians, two former senators and a gang boss") == [
        ("person", 3)
    ]
    assert counted("Ottawa barred five Pakistanis and two Guatemalans") == [("person", 7)]
    assert counted("it listed 11 people, seven officials and four traders, and two firms") == [
        ("person", 11),
        ("organization", 2),
    ]
    # parts side by side with no whole before them still add up
    assert counted("it listed three banks, two insurers and 12 individuals") == [
        ("organization", 5),
        ("person", 12),
    ]


def test_a_count_of_a_part_among_the_whole_gives_the_whole() -> None:
    text = "Treasury blacklisted three Mumbai firms among 22 entities and nine individuals."
    assert counted(text) == [("organization", 22), ("person", 9)]


def test_a_family_firm_with_and_sons_is_one_name() -> None:
    text = (
        "OFAC designated Qureshi and Sons Private Limited, Delta Impex and Ortega and Partners LLP."
    )
    assert names(text) == [
        "Qureshi and Sons Private Limited",
        "Delta Impex",
        "Ortega and Partners LLP",
    ]


def test_the_title_of_a_law_after_law_on_is_no_target() -> None:
    text = (
        "Ankara on Friday froze the assets of Selim Oktay Kaya under Law No. 7262 on the"
        " Prevention of the Financing of Weapons of Mass Destruction."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert [t.name for t in action.targets] == ["Selim Oktay Kaya"]


def test_a_nationality_before_a_legal_form_is_no_part_of_the_name() -> None:
    text = (
        "Kyiv on Friday imposed sanctions on the Belarusian OAO Minsk Gearworks and the"
        ' Russian JSC "Orlovsky Priborostroitel".'
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert [t.name for t in action.targets] == ["OAO Minsk Gearworks", "Orlovsky Priborostroitel"]


def test_the_saudi_presidency_of_state_security_acts() -> None:
    text = (
        "The Presidency of State Security in Riyadh on Thursday designated two"
        " individuals and a money exchange for financing the Houthis."
    )
    assert [(a.authority, a.status) for a in rules_actions(text, PUBLISHED)] == [("SA", "imposed")]


def test_preparing_similar_measures_is_a_threat() -> None:
    text = (
        "Britain on Thursday sanctioned three militia commanders. Diplomats said the EU"
        " is preparing similar measures against the militia's leaders."
    )
    found = [(a.authority, a.status) for a in rules_actions(text, PUBLISHED)]
    assert found == [("GB", "imposed"), ("EU", "threatened")]


def test_a_participle_after_the_news_day_is_news_though_its_object_is_dated() -> None:
    for when in ("in May", "in late May"):
        text = (
            "Liechtenstein will freeze the assets of 40 more individuals, the government"
            " decided on Wednesday, aligning its measures with the package the European"
            f" Union agreed {when}."
        )
        actions = rules_actions(text, PUBLISHED)
        assert [(a.authority, a.date) for a in actions if not a.background] == [
            ("LI", date(2026, 12, 2))
        ], when
    # an act made by a named agent and dated after the participle stays that agent's
    text = (
        "The Liechtenstein government on Wednesday listed 12 individuals, adopting listings"
        " made by the European Union in October."
    )
    found = {(a.authority, a.background) for a in rules_actions(text, PUBLISHED)}
    assert ("EU", False) not in found


def test_a_sentence_that_lists_targets_keeps_the_list_open() -> None:
    text = (
        "President Zelensky on Thursday signed a decree imposing sanctions on 30 individuals"
        " and 9 companies from Russia and Belarus.\n\n"
        "The decree was published on Friday.\n\n"
        "According to the document, the restrictions apply for ten years.\n\n"
        "They include blocking of assets and a ban on trade.\n\n"
        "Under sanctions were included the Belarusian OAO Vitebsk Tractor Parts and Russian"
        " firm Kama Armour LLC.\n\n"
        "Among the individuals, there are Russian blogger Pavel Gromykin and Belarusian"
        " judge Olga Tsvirko."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert [t.name for t in action.targets] == [
        "OAO Vitebsk Tractor Parts",
        "Kama Armour LLC",
        "Pavel Gromykin",
        "Olga Tsvirko",
    ]
