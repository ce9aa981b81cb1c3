"""Target spans and roles of phrasings met on new written articles (issue 11, session
13): a title and its body before the holder, reacting officials, speakers who write,
exceptions, time phrases, a size class before a ship, nationalities before a firm's
seat, legal forms that carry a full stop, page furniture, dash lists, "and" inside a
firm's name, semicolon lists that go on after a post. Sentences written for these tests;
the names are invented."""

from datetime import date

from sanctionwatch.extract import extract
from sanctionwatch.extract.furniture import furniture_lines
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.extract.names import find_names, menu
from sanctionwatch.extract.sentences import split_sentences
from sanctionwatch.extract.targets import select
from sanctionwatch.model import Article

from .helpers import PUBLISHED, authorities


def rule_targets(text: str) -> dict[str, set[str]]:
    """authority -> targets of its imposed actions, by the rules alone (no model adds)."""
    report = extract(Article(id="t", text=text, published=PUBLISHED), models=Models.empty())
    out: dict[str, set[str]] = {}
    for a in report.actions:
        if a.status == "imposed":
            out.setdefault(a.authority, set()).update(t.name for t in a.targets)
    return out


def hit(text: str, trigger: str = "sanctioned") -> list[str]:
    scope = text.index(trigger) + len(trigger)
    return [n.text for n in select(text, find_names(text), scope, 0, len(text))]


def test_a_post_of_a_republic_before_its_holder_is_no_part_of_the_name() -> None:
    text = "Oslo sanctioned Head of the Ruritanian Republic Arkady Volkov and two aides."
    assert hit(text) == ["Arkady Volkov"]


def test_deputy_head_of_mission_is_a_post_before_the_person() -> None:
    text = "Oslo on Monday sanctioned Deputy Head of Mission Oleg Varin over the plot."
    assert hit(text) == ["Oleg Varin"]


def test_a_post_holder_who_speaks_is_no_target() -> None:
    text = (
        "Norway on Monday sanctioned Nordic Ore Trading. Deputy Head of Mission Oleg Varin"
        " said the measures were unjustified."
    )
    assert authorities(text) == {"NO": {"Nordic Ore Trading"}}


def test_a_managing_director_is_named_without_the_title() -> None:
    text = "Oslo sanctioned Fjord Metals and its Managing Director Ivan Berg on Monday."
    assert hit(text) == ["Fjord Metals", "Ivan Berg"]


def test_an_official_a_participle_moves_to_react_is_no_target() -> None:
    text = (
        "Oslo sanctioned Nordic Ore Trading, prompting Ruritanian Foreign Minister"
        " Pavel Dorn to vow retaliation."
    )
    assert hit(text) == ["Nordic Ore Trading"]


def test_a_speaker_who_writes_is_no_target() -> None:
    text = (
        "Kyiv sanctioned Fjord Metals and its owners, wrote Presidential Commissioner for"
        " Sanctions Policy Taras Holub in a Telegram post."
    )
    assert hit(text) == ["Fjord Metals"]


def test_the_one_excepted_is_no_target() -> None:
    text = (
        "Oslo sanctioned Fjord Metals and three of the four men - all but Kim Song Ho - on Friday."
    )
    assert hit(text) == ["Fjord Metals"]


def test_a_name_after_a_time_phrase_is_no_list_item() -> None:
    text = (
        "Oslo sanctioned 14 officials, including Elvis Marrero, the day after Carlos"
        " Ventura was sworn in."
    )
    assert hit(text) == ["Elvis Marrero"]


def test_an_earlier_listing_with_its_year_is_no_new_target() -> None:
    text = "Oslo sanctioned financiers such as Omar Tahir, who was designated in 2021."
    assert hit(text) == []


def test_a_size_class_before_a_ship_is_no_part_of_its_name() -> None:
    names = {
        n.text: n.kind
        for n in find_names("The list names the Suezmax KORINA and the Aframax SEA LARK.")
    }
    assert names == {"KORINA": "vessel", "SEA LARK": "vessel"}


def test_a_nationality_before_a_firms_seat_is_dropped() -> None:
    text = (
        "Entities include the Chinese Shenzhen Jinlong Microchip Co., Ltd. and Iranian"
        " Tanker Company."
    )
    assert [n.text for n in find_names(text)] == [
        "Shenzhen Jinlong Microchip Co., Ltd.",
        "Iranian Tanker Company",  # an org word after the nationality: its own name
    ]


def test_a_polish_legal_form_in_capitals_ends_the_name() -> None:
    text = "Among them are transport company Bug-Trans Sp. z o.o. and Podlasie Wood S.A."
    assert [n.text for n in find_names(text)] == ["Bug-Trans Sp. z o.o.", "Podlasie Wood S.A."]


def test_pte_ltd_does_not_end_the_sentence() -> None:
    text = (
        "Japan on Friday sanctioned two firms. The firms are Haeju Shipping Company and"
        " Singapore-registered Orchid Bunker Services Pte. Ltd. Among the individuals is"
        " Jang Myong Sok."
    )
    assert authorities(text)["JP"] >= {"Orchid Bunker Services Pte. Ltd.", "Jang Myong Sok"}


def test_labelled_page_furniture_names_no_party() -> None:
    assert menu("Related: Oil rises on sanctions talk | Varin meets Senate leaders")
    assert menu("Tags: Ruritania | sanctions | Baltics")
    assert menu("Toolbox | Attribution | Sanctions | NIS2 | Events")
    assert not menu("SEA LARK | 9502788 | Cameroon | Harbour Ltd")  # a vessel table row


def test_a_capitalised_determiner_is_no_name() -> None:
    assert find_names("Any assets he holds in Norway are frozen.") == []


def test_dash_lines_are_list_items() -> None:
    text = (
        "The UN committee on Tuesday added four commanders to its list.\n\n"
        "The four are:\n\n"
        "– Abdel Karim Hamdan Musa, the group's deputy commander;\n"
        "— Gado Hamid Ahmed, its commander in the north.\n"
    )
    items = [s for s in split_sentences(text, []) if s.item]
    assert [s.text.split(",")[0] for s in items] == ["Abdel Karim Hamdan Musa", "Gado Hamid Ahmed"]
    assert authorities(text)["UN"] == {"Abdel Karim Hamdan Musa", "Gado Hamid Ahmed"}


def test_a_line_opening_a_bullet_list_is_no_furniture() -> None:
    lines = [
        "GOV NEWS DIGEST › United Kingdom › Foreign affairs",
        "UK sanctions drone suppliers of the Russian military",
        "Published 9 May 2025",
        "The UK has announced further measures against suppliers of Russia's military.",
        "The Foreign Secretary announced the measures on Friday. Four entities were sanctioned.",
        "The companies include:",
        "• Asia Harbour Links Limited, a Hong Kong-based supplier of drone engines;",
        "• Omega Trade Routes FZE, a UAE-based freight forwarder.",
        "Share this page",
        "Print | Email",
    ]
    furniture = furniture_lines(lines)
    assert furniture[5] is False  # the model alone calls it furniture
    assert furniture[-2:] == [True, True]
    report = authorities("\n\n".join(lines), published=date(2025, 5, 9))
    assert report["GB"] == {"Asia Harbour Links Limited", "Omega Trade Routes FZE"}


def test_and_between_sector_words_keeps_one_firm() -> None:
    text = (
        "They include Joint Stock Company Research and Production Enterprise Kvant and"
        " Future Bay Fuel and Petrochemical Trading L.L.C."
    )
    assert [n.text for n in find_names(text)] == [
        "Joint Stock Company Research and Production Enterprise Kvant",
        "Future Bay Fuel and Petrochemical Trading L.L.C.",
    ]


def test_a_language_compound_is_no_name() -> None:
    names = [n.text for n in find_names("— The Persian-language channel Iran Horizon")]
    assert names == ["Iran Horizon"]


def test_a_semicolon_list_goes_on_after_a_possessive_post() -> None:
    text = (
        "The United Kingdom on Thursday sanctioned five Ruritanian officials, including"
        " Interior Minister Vakho Gomeli. The others are Mirzo Kezeli, head of the Special"
        " Tasks Department of the interior ministry; his deputy, Zurab Kharadze, known as"
        ' "Khareba"; Tbilisi police chief Vazha Sidze; and Aleko Darakeli, first deputy'
        " interior minister."
    )
    assert rule_targets(text)["GB"] == {
        "Vakho Gomeli",
        "Mirzo Kezeli",
        "Zurab Kharadze",
        "Vazha Sidze",
        "Aleko Darakeli",
    }


def test_example_cues_open_a_list() -> None:
    text = (
        "Among the captains are citizens of Russia and India, in particular Captain Andrei"
        " Merkov and Captain Rajiv Kumar Sethi."
    )
    assert hit(text, " are") == ["Andrei Merkov", "Rajiv Kumar Sethi"]


def test_numbered_lines_are_list_items() -> None:
    text = "The tankers are:\n\n 1. CARIBA (IMO 9540895)\n 2. SABANETO (IMO 9667813)\n"
    items = [(s.text, s.item) for s in split_sentences(text, []) if "IMO" in s.text]
    assert items == [("CARIBA (IMO 9540895)", True), ("SABANETO (IMO 9667813)", True)]
    heading = [(s.text, s.item) for s in split_sentences("1.\n\nRuritania\n", [])]
    assert heading == [("1.", False), ("Ruritania", False)]  # a section number, no item


def test_numbered_headlines_of_a_reading_list_are_no_list_items() -> None:
    # no line ending in a colon opens them: other stories' headlines, not a list of parties
    text = (
        "Most read\n1. Zelensky meets Trump in Washington\n2. Putin says Russia will respond\n"
        "Brussels, 23 October - The EU sanctioned Gazprom Neft on Thursday.\n"
    )
    lines = [(s.text, s.item, s.headline) for s in split_sentences(text, []) if "says" in s.text]
    assert lines == [("Putin says Russia will respond", False, True)]
    assert [
        (a.authority, a.status)
        for a in extract(Article(id="t", text=text, published=PUBLISHED)).actions
    ] == [("EU", "imposed")]


def test_a_year_of_an_earlier_listing_leaves_a_direct_object_hit() -> None:
    # the verb's own object, listed again under a new programme: this action's target
    text = (
        "Oslo sanctioned Omar Tahir, who was designated in 2020 under a different program,"
        " for his role in the new scheme."
    )
    assert hit(text) == ["Omar Tahir"]


def test_leading_before_a_name_is_an_adjective_not_a_participle() -> None:
    text = "Oslo sanctioned Sberbank, leading Russian lender VTB and Gazprombank on Thursday."
    assert hit(text) == ["Sberbank", "VTB", "Gazprombank"]


def test_sector_words_outside_a_known_pair_leave_two_firms() -> None:
    text = "The Treasury sanctioned Sepehr Energy and Petrochemical Commercial Company, two firms."
    assert [n.text for n in find_names(text)][-2:] == [
        "Sepehr Energy",
        "Petrochemical Commercial Company",
    ]
