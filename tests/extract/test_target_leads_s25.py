"""Target leads of session 25 (first look on w1240-w1259, targets in ordinary news prose):
a firm's or a ship's former or trading name ("formerly known as", "f/k/a", "d/b/a", "now
trades as", "ex-" inside the IMO parentheses, at the end of an appositive), read as the
party's alias and not as a party of its own; a dotted legal form before a parenthesis
that does not end the sentence; firm names with "for" (Arab firm names), a bracketed
seat before "Co., Limited", the Lebanese "SAL (offshore)", Mexico's "S.C."; ", or
"nickname"" after a person; a relative clause "which was also sanctioned" after a name
in a role; and a tail number after an aircraft's maker and model. Each rule is tested
with sentences written for these tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract.names import find_names
from tests.extract.helpers import names, rules_actions, rules_news

PUBLISHED = date(2026, 12, 4)  # a Friday


def rules(text: str) -> dict[str, list[str]]:
    return rules_news(text, PUBLISHED)


def aliases(text: str) -> dict[str, list[str]]:
    return {n.text: n.aliases for n in find_names(text) if not n.descriptor}


def test_a_former_or_trading_name_is_the_alias_of_the_party_before_it() -> None:
    text = (
        "The Treasury on Thursday designated Orinoco Metals Holdings, C.A. (f/k/a Orinoco"
        " Comercial, C.A.) and Llanos Fuel S.A.S. (d/b/a Llanofuel)."
    )
    assert rules(text) == {"US": ["Orinoco Metals Holdings, C.A.", "Llanos Fuel S.A.S."]}
    assert aliases(text) == {
        "Orinoco Metals Holdings, C.A.": ["Orinoco Comercial, C.A."],
        "Llanos Fuel S.A.S.": ["Llanofuel"],
    }
    ship = (
        "Britain on Thursday sanctioned the tanker Corvus Bay (IMO 9411070), a 2004-built"
        " aframax formerly named Ionian Pride, and the Vela (ex-Sun Harbour, IMO 9288368)."
    )
    assert rules(ship) == {"GB": ["Corvus Bay", "Vela"]}
    assert aliases(ship) == {"Corvus Bay": ["Ionian Pride"], "Vela": ["Sun Harbour"]}
    renamed = (
        "The EU on Thursday listed the Baltic Rose, which now trades as Kola Spirit (IMO 9153903)."
    )
    assert aliases(renamed) == {"Baltic Rose": ["Kola Spirit"]}
    assert rules(renamed) == {"EU": ["Baltic Rose"]}


def test_an_unquoted_alias_stays_on_its_line() -> None:
    text = (
        "Britain on Thursday sanctioned Ridgeline Tankers S.A., formerly known as Ridgeline"
        " Marine S.A.\nThe U.S. Treasury on Thursday designated Caspian Arc LLC."
    )
    assert aliases(text)["Ridgeline Tankers S.A."] == ["Ridgeline Marine S.A"]
    assert rules(text) == {"GB": ["Ridgeline Tankers S.A."], "US": ["Caspian Arc LLC"]}


def test_a_dotted_form_before_a_parenthesis_does_not_end_the_sentence() -> None:
    text = (
        "The Treasury on Thursday designated Minera del Sur, C.A. (formerly Minera Andina,"
        " C.A.) and Cobre Austral Ltd."
    )
    assert rules(text) == {"US": ["Minera del Sur, C.A.", "Cobre Austral Ltd."]}


def test_firm_names_with_for_a_bracketed_seat_and_offshore() -> None:
    text = (
        "The EU on Thursday listed Al Rawda for General Trading Co Ltd, Pearl River Metals"
        " (HK) Co., Limited and Cedar Crest Holding SAL (offshore)."
    )
    assert rules(text) == {
        "EU": [
            "Al Rawda for General Trading Co Ltd",
            "Pearl River Metals (HK) Co., Limited",
            "Cedar Crest Holding SAL (offshore)",
        ]
    }
    # a firm after "for" with no trade word first is another party
    assert names("The EU on Thursday sanctioned Oleg Rudin for Vega Trading LLC sales.") == [
        "Oleg Rudin",
        "Vega Trading LLC",
    ]
    mexico = "OFAC on Thursday designated Asesores Playa Norte, S.C., a Cancún firm."
    assert rules(mexico) == {"US": ["Asesores Playa Norte, S.C."]}


def test_a_nickname_after_a_comma_and_or() -> None:
    text = 'Ottawa on Thursday sanctioned Frantz Belizaire, or "Ti Kouto", who runs the port gang.'
    assert aliases(text) == {"Frantz Belizaire": ["Ti Kouto"]}
    assert rules(text) == {"CA": ["Frantz Belizaire"]}


def test_a_relative_clause_says_a_name_in_a_role_is_hit_too() -> None:
    text = (
        "The US on Thursday designated a refinery in Hebei, much of whose crude came through"
        " the Qinhuang Bay Oil Terminal Co., Ltd., which was also sanctioned."
    )
    assert rules(text) == {"US": ["Qinhuang Bay Oil Terminal Co., Ltd."]}
    earlier = (
        "The US on Thursday designated a refinery in Hebei, much of whose crude came through"
        " the Qinhuang Bay Oil Terminal Co., Ltd., which was also sanctioned in 2021."
    )
    assert rules(earlier) == {"US": []}


def test_a_tail_number_after_the_maker_and_model() -> None:
    text = (
        "OFAC on Thursday designated four aircraft, including the Ilyushin Il-76TDs EP-QAB"
        " and EP-QAC, flown by Saba Cargo, and the Antonov An-12BK EP-QAD."
    )
    assert rules(text) == {"US": ["EP-QAB", "EP-QAC", "EP-QAD"]}


def test_names_left_off_the_list_are_no_targets() -> None:
    text = (
        "The U.S. on Thursday designated four tankers. Brokers said the Zhoushan traders that"
        " bought the cargoes, such as Zhoushan Haiyun Petrochemical, were left off the list."
    )
    assert rules(text) == {"US": []}


def test_the_body_a_person_heads_is_no_target() -> None:
    text = (
        "Ottawa on Thursday sanctioned Roland Mercier, the former customs officer who heads"
        " the Kraze Baryè alliance, and Dieula Joseph."
    )
    assert rules(text) == {"CA": ["Roland Mercier", "Dieula Joseph"]}


def test_a_colon_list_in_a_later_sentence_may_open_on_the() -> None:
    text = (
        "The UK added 14 ships to its list on Thursday. The list includes three product"
        " tankers: the Onega Dawn, Pechora Light and Svir Trader."
    )
    assert rules(text) == {"GB": ["Onega Dawn", "Pechora Light", "Svir Trader"]}


def test_sanctions_that_apply_to_a_number_count_it() -> None:
    text = (
        "Wellington sanctioned a network of oil traders on Thursday. The sanctions apply to"
        " seven individuals and 11 entities, the minister said."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert (action.counts["person"], action.counts["organization"]) == (7, 11)


def test_a_press_release_on_a_day_dates_the_action_before_it() -> None:
    text = (
        "The UN Security Council committee on Libya has added two smugglers to its list.\n\n"
        "In a press release on Tuesday the committee named them as Salem Abukra and Omar Tebu."
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert action.date == date(2026, 12, 1)
