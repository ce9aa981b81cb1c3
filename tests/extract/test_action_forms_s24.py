"""Who acts, status and dates in forms of session 24's first look (w1160-w1179: end
dates of renewals and wind-downs, correction notices, morning briefs, acts taken "in
coordination with" another authority's unit, annexes printed under kind labels).
Short texts written for these tests."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

THURSDAY = date(2026, 12, 3)


def news(text: str, published: date = THURSDAY) -> list[Action]:
    return [a for a in rules_actions(text, published) if not a.background]


def dated(found: list[Action]) -> set[tuple[str, str, date | None]]:
    return {(a.authority, a.status, a.date) for a in found}


# -- dates: a day after the page is when an act ends or takes effect


def test_the_end_date_of_a_renewal_dates_no_act() -> None:
    text = (
        "BRUSSELS (Eurowire) - EU governments on Thursday extended the bloc's measures on "
        "Venezuela by a further 12 months, to 10 January 2028, and took two former "
        "officials off the list."
    )
    assert all(a.date is None or a.date <= THURSDAY for a in rules_actions(text, THURSDAY))
    assert ("EU", "lifted", THURSDAY) in dated(news(text))


def test_a_wind_down_deadline_dates_no_act() -> None:
    text = (
        "WASHINGTON (Oil Wire) - The US Treasury on Tuesday designated two Dubai traders "
        "of Russian crude, Kama Energy DMCC and Ob River Trading FZE. A general license "
        "issued alongside the designations authorises the wind-down of transactions with "
        "the two firms until January 5, 2027."
    )
    found = rules_actions(text, THURSDAY)
    assert found and all(a.date is None or a.date <= THURSDAY for a in found)
    assert ("US", "imposed", date(2026, 12, 1)) in dated(news(text))


def test_overnight_in_a_morning_brief_is_the_night_before() -> None:
    text = (
        "Morning Brief\n\n"
        "Overnight, the US Treasury sanctioned five companies in Iran and China that buy "
        "engines for drones."
    )
    assert dated(news(text)) == {("US", "imposed", date(2026, 12, 2))}


def test_overnight_strikes_date_nothing() -> None:
    text = (
        "LONDON (Wire) - Britain sanctioned four Russian commanders over the overnight "
        "strikes on Kyiv, the Foreign Office said."
    )
    assert {a.date for a in news(text)} == {None}


# -- a correction retells what did not happen


def test_a_correction_notice_states_no_act() -> None:
    text = (
        "LONDON (City Wire) - Britain on Thursday froze the assets of Altyn Crest Bank, a "
        "lender in Almaty, over payments for Russian importers.\n\n"
        "Correction: An earlier version of this story said the European Union had also "
        "sanctioned Altyn Crest Bank on Thursday."
    )
    assert dated(news(text)) == {("GB", "imposed", THURSDAY)}


# -- two authorities, one set of targets


def test_a_relative_clause_after_a_short_form_in_brackets_is_that_unit_s_act() -> None:
    text = (
        "MEXICO CITY (Ledger) - The US Treasury Department on Wednesday sanctioned two "
        "people and one business in Tijuana for laundering cartel money, acting in "
        "coordination with Mexico's Financial Intelligence Unit (UIF), which placed the "
        "same targets on its List of Blocked Persons the same day.\n\n"
        "They are the accountant Aurelio Benitez Soto, his brother Julio Benitez Soto and "
        "their exchange house, Cambios Frontera Azul."
    )
    found = {a.authority: a for a in news(text, date(2026, 11, 12))}
    assert set(found) == {"US", "MX"}
    us, mx = ({t.name for t in found[k].targets} for k in ("US", "MX"))
    assert us == mx and "Cambios Frontera Azul" in us
    assert found["MX"].counts["person"] == found["US"].counts["person"] == 2


# -- background


def test_an_act_the_time_is_counted_since_is_background() -> None:
    text = (
        "WASHINGTON (Wire) - The US Treasury on Wednesday sanctioned four people in "
        "Culiacan.\n\n"
        "Both governments have stepped up such actions since Washington designated the "
        "cartel as a terrorist organization."
    )
    found = rules_actions(text, date(2026, 11, 12))
    assert [a.background for a in found if a.authority == "US"] == [False, True]


def test_a_corp_before_its_short_name_keeps_the_reach_of_put_on_the_list() -> None:
    text = (
        "TAIPEI (Ledger) - The Ministry of Economic Affairs yesterday added eight Russian "
        "firms to its Entity List for Strategic High-Tech Commodities.\n\n"
        "Taiwan in June last year put Semiconductor Manufacturing International "
        "Corp. (SMIC) on the same list."
    )
    found = rules_actions(text, date(2026, 11, 11))
    assert [(a.authority, a.background) for a in found] == [("TW", False), ("TW", True)]
    assert [t.name for t in found[1].targets] == ["Semiconductor Manufacturing International Corp."]


def test_a_coordinated_verb_keeps_the_day_the_clause_opened_on() -> None:
    text = (
        "WASHINGTON (Tanker Wire) - OFAC on Thursday amended the entries of two tankers "
        "that have been on its list since 2012, and designated one further vessel."
    )
    assert dated(news(text, date(2026, 11, 13))) == {("US", "imposed", date(2026, 11, 12))}


# -- an annex under kind labels


def test_names_after_a_kind_label_are_targets_of_that_kind() -> None:
    text = (
        "TOKYO (Wire) - The Government of Japan decided on Friday to freeze the assets of "
        "2 individuals and 2 entities.\n\n"
        "Annex (excerpt)\n"
        "Individuals: PETROV Ilya Sergeyevich; KIM Chol-ung\n"
        "Entities: Baikal Avionika JSC; Pacific Rim Components Co., Limited\n"
    )
    (action,) = news(text, date(2026, 11, 27))
    kinds = {t.name: t.kind for t in action.targets}
    assert kinds == {
        "PETROV Ilya Sergeyevich": "person",
        "KIM Chol-ung": "person",
        "Baikal Avionika JSC": "organization",
        "Pacific Rim Components Co., Limited": "organization",
    }


# -- status: weighing the same step is an intention


def test_looking_at_doing_the_same_is_a_threat() -> None:
    text = (
        "VILNIUS (Baltic Wire) - Lithuania on Thursday barred 12 Belarusian officials from "
        "entering the country.\n\n"
        'Latvia\'s foreign minister wrote on X that Riga "is looking at doing the same".'
    )
    found = {(a.authority, a.status) for a in rules_actions(text, date(2026, 11, 19))}
    assert found == {("LT", "imposed"), ("LV", "threatened")}
