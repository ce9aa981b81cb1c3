"""Session 26 (second round): misses of the first look at w1320-w1339, scraped pages of
many outlets: bylines and bios, "N other" counts, export bans told after, ship classes in
the plural, removals from an annex, a failed agreement, hard-wrapped page headers."""

from datetime import date

from sanctionwatch.extract import extract
from sanctionwatch.extract.counts import find_counts
from sanctionwatch.extract.sentences import menu_lines_apart
from sanctionwatch.extract.targets import authors
from sanctionwatch.model import Article
from tests.extract.helpers import rules_actions


def test_writer_of_a_bio_line_and_a_byline() -> None:
    page = (
        "MARITIME LEDGER\n"
        "Lena Hartmann, London | 12 September 2025 14:22 BST | Updated 15:05 BST\n\n"
        "The UK sanctioned 26 tankers.\n"
        "Lena Hartmann is sanctions correspondent at Maritime Ledger.\n"
    )
    assert authors(page) == ["Lena Hartmann", "Lena Hartmann"]
    assert authors("Nadia Karimi is a research fellow in the Forum's program.\n") == [
        "Nadia Karimi"
    ]
    assert authors("By Jane Doe\nThe EU listed X.") == ["Jane Doe"]


def test_a_table_row_or_a_party_described_is_no_writer() -> None:
    # a name and a date of birth in a list table, far down the page; a director of a firm
    rows = "\n".join(f"Line {i}." for i in range(20))
    assert authors(rows + "\nKirill Dmitrievich NAZAROV | 02 Sep 1988 | Russia\n") == []
    assert authors("Leung Ka-ho is a director of Sea Crest Shipmanagement.\n") == []


def test_a_table_row_is_no_byline_but_a_byline_under_a_menu_is() -> None:
    table = (
        "Name | DOB | Nationality\n"
        "Pavel Gorin | 12 Mar 1970 | Russia\n"
        "Irina Savina | 02 Sep 1981 | Russia\n"
    )
    assert authors(table) == []
    menu = "News | Markets | Sanctions\nBy Anna Berg | 27 November 2026 | 4 min read\n"
    assert authors(menu) == ["Anna Berg"]
    stamp = "Sanctions\nAnna Berg | 27 November 2026 | Foreign policy\n\nThe EU ...\n"
    assert authors(stamp) == ["Anna Berg"]


def test_the_writer_is_never_a_target() -> None:
    text = (
        "Nadia Karimi | 15 September 2026 | Foreign policy\n\n"
        "Australia imposed sanctions on Fararu Digital Security Company and Reza "
        "Mohammadi-Nejad on Friday.\n\n"
        "Nadia Karimi is a research fellow in the Southern Policy Forum's West Asia program.\n"
    )
    report = extract(Article(id="t", text=text, published=date(2026, 9, 15)))
    names = {t.name for a in report.actions for t in a.targets}
    assert "Nadia Karimi" not in names
    assert "Fararu Digital Security Company" in names


def test_a_count_and_other_ones_of_its_kind_add_up() -> None:
    found = find_counts(
        "Treasury designated the five Istanbul-based firms together with 37 other companies."
    )
    assert [(c.kind, c.value, c.other) for c in found] == [("organization", 42, False)]


def test_an_export_ban_told_after_adds_to_the_count() -> None:
    text = (
        "Tokyo adds 14 people, 31 groups to Russia asset freeze list\n\n"
        "The government on Friday approved sanctions against Russia, freezing the assets of "
        "14 individuals and 31 organizations. Among the individuals is Sergei Voltsov, whom "
        "the Foreign Ministry described as the head of a procurement network. Tokyo also "
        "banned exports to 22 entities in third countries and added 11 tankers to its list."
    )
    (action,) = [a for a in rules_actions(text) if not a.background]
    assert action.counts["organization"] == 53
    assert action.counts["vessel"] == 11


def test_a_ship_class_in_the_plural_is_no_part_of_the_name() -> None:
    text = (
        "The UK sanctioned 26 tankers on Thursday, including the Aframaxes POLAR ROCK "
        "(IMO 9116632) and LINDA (IMO 9256858)."
    )
    names = {t.name for a in rules_actions(text) for t in a.targets}
    assert "POLAR ROCK" in names
    assert not any("Aframax" in n for n in names)


def test_a_vessel_identified_as_blocked_property_is_a_target() -> None:
    text = (
        "OFAC on Thursday sanctioned Al Wadiah Marine Trading LLC. The vessel AL RAZIQ "
        "(IMO 9317420), a general cargo ship flagged in Comoros, was identified as blocked "
        "property."
    )
    names = {t.name for a in rules_actions(text) for t in a.targets}
    assert "AL RAZIQ" in names


def test_removed_from_the_annex_is_a_lifting() -> None:
    text = (
        "Switzerland's EAER added on Wednesday 41 individuals to the annex of its Ukraine "
        "ordinance. At the same time, the EAER removed two businessmen, Vadim Orlovsky and "
        "Konstantin Belyaev, from the annex."
    )
    by_status = {a.status: {t.name for t in a.targets} for a in rules_actions(text)}
    assert by_status.get("lifted") == {"Vadim Orlovsky", "Konstantin Belyaev"}
    assert not by_status.get("imposed", set()) & {"Vadim Orlovsky", "Konstantin Belyaev"}


def test_failing_to_agree_on_a_package_is_no_imposition() -> None:
    text = "- EU ambassadors fail to agree on new sanctions package\n"
    assert not [a for a in rules_actions(text) if a.status == "imposed"]


def test_menu_and_stamp_lines_stand_apart_in_a_wrapped_block() -> None:
    text = (
        "TB NEWS | Estonia | World\n"
        "Estonia bans entry to 19 Russian officials\n"
        "News | 05.06.2025 | 12:07\n"
        "more words\n"
        "and more"
    )
    parts = [text[a:b] for a, b in menu_lines_apart(text, 0, len(text))]
    assert parts == [
        "TB NEWS | Estonia | World",
        "Estonia bans entry to 19 Russian officials",
        "News | 05.06.2025 | 12:07",
        "more words\nand more",
    ]


def test_a_wrapped_day_is_the_action_day_not_the_page_stamp() -> None:
    text = (
        "TB NEWS | Estonia | World | Business\n"
        "Estonia bans entry to 19 Russian officials over deported children\n"
        "News | 05.06.2025 | 12:07\n\n"
        "Interior Minister Igor Taro signed a decree on Wednesday\n"
        "banning 19 Russian citizens from entering Estonia for\n"
        "an indefinite period over their role in the deportation and forced\n"
        "adoption of Ukrainian children.\n\n"
        "The list includes Russian\n"
        "children's rights commissioner Maria Lvova-Belova and others, the\n"
        "ministry said in a statement on its website.\n"
    )
    actions = rules_actions(text, published=date(2025, 6, 5))
    assert [(a.authority, a.date) for a in actions if not a.background] == [
        ("EE", date(2025, 6, 4))
    ]
