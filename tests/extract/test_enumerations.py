"""Members of a list beside a target: plain lists only, one case style, no phrases."""

from sanctionwatch.extract import extract
from sanctionwatch.extract.enumerations import siblings
from sanctionwatch.model import Article


def members(text: str, seed: str) -> list[str]:
    start = text.index(seed)
    return [m.text for m in siblings(text, start, start + len(seed))]


def test_a_vessel_list_in_capitals_is_read_to_its_end() -> None:
    text = "Designated vessels include SEA LARK, OSPREY, KITE II, LONG WAVE 7, and REED."
    assert members(text, "SEA LARK") == ["OSPREY", "KITE II", "LONG WAVE 7", "REED"]


def test_members_on_both_sides_and_a_list_that_ends_at_a_description() -> None:
    text = "Han Do-yun, Ri Sol-mi, Pak Chun-gil and Jo Myong-su worked for the firm."
    assert members(text, "Ri Sol-mi") == ["Han Do-yun", "Pak Chun-gil", "Jo Myong-su"]
    text = "Ri Sol-mi, a diplomat, and Jo Myong-su were listed."
    assert members(text, "Ri Sol-mi") == []
    text = "Ri Sol-mi and Jo Myong-su, and four entities were listed."
    assert members(text, "Ri Sol-mi") == ["Jo Myong-su"]


def test_phrases_titles_places_and_other_case_styles_are_no_members() -> None:
    assert members("In 2023, Alpha Trading and Beta Shipping were listed.", "Beta Shipping") == [
        "Alpha Trading"
    ]
    assert members("It listed Ivan Dorn, Deputy Minister of Energy, and others.", "Ivan Dorn") == []
    assert members("It listed Orion Ltd, Iran and Syria.", "Orion Ltd") == []
    assert members("It listed SEA LARK and Orion Shipping Ltd.", "SEA LARK") == []


def test_the_extractor_adds_the_rest_of_a_list_it_holds_one_member_of() -> None:
    text = (
        "Washington, March 3 2025 - The US Treasury on Monday sanctioned nine tankers.\n"
        "Designated vessels include SEA LARK, OSPREY, KITE II and REED."
    )
    names = {t.name for a in extract(Article(id="t", text=text)).actions for t in a.targets}
    assert {"SEA LARK", "OSPREY", "KITE II", "REED"} <= names


def test_a_comma_and_after_a_clause_is_no_list_of_two() -> None:
    text = "Oslo sanctioned Fjord Ocean Ltd, which manages the tanker Sea Gull, and Nord Kraft AS."
    assert members(text, "Nord Kraft AS") == []
    assert members("Oslo sanctioned Fjord Ocean Ltd and Nord Kraft AS.", "Nord Kraft AS") == [
        "Fjord Ocean Ltd"
    ]


def test_bullet_lines_of_registrations_far_below_the_action_are_its_assets() -> None:
    text = (
        "Caracas, March 3 2025 - The US Treasury on Monday sanctioned the airline Aerolinea "
        "Sur and 12 of its aircraft.\n"
        "The airline flies officials abroad.\nIt has done so for years.\n"
        "Officials deny it.\nThe airline called the move unlawful.\n"
        "Critics disagree.\nOnly two jets are in private use. They are:\n"
        "  • YV3101 [Airbus A319]\n"
        "  • YV3222 [Embraer 190]\n"
        "Flights continue.\n"
    )
    names = {t.name for a in extract(Article(id="t", text=text)).actions for t in a.targets}
    assert {"YV3101", "YV3222"} <= names


def test_a_vessels_number_does_not_end_the_list() -> None:
    text = (
        "The tankers named are NORD LARK (IMO 9123456), FJELL (IMO 9234567)"
        " and ODIN STAR (IMO 9345678)."
    )
    for seed in ("NORD LARK", "FJELL", "ODIN STAR"):
        a = text.index(seed)
        found = [m.text for m in siblings(text, a, a + len(seed))]
        assert found == [s for s in ("NORD LARK", "FJELL", "ODIN STAR") if s != seed]
        assert all(text[m.start : m.end] == m.text for m in siblings(text, a, a + len(seed)))
