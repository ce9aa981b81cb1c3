"""Action precision on unseen text: issue 11 leads of session 33 (extras of the first
looks w1860-w1999: an option under review, more sanctions "on the table", a condition
that opens the sentence, the measures another state aligns with). Short texts written
for these tests."""

from datetime import date

from tests.extract.helpers import rules_actions

WEDNESDAY = date(2026, 5, 6)


def found(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [
        (a.authority, a.status, a.date.isoformat() if a.date else None, a.background)
        for a in rules_actions(text, WEDNESDAY)
    ]


# -- an option under review is spoken of, not made


def test_reviewing_own_sanctions_is_an_option_weighed() -> None:
    text = (
        "Japan's Foreign Ministry said Monday it is reviewing independent sanctions on "
        "the hackers and their brokers, days after the United States blacklisted a "
        "trading company and three individuals."
    )
    # the review is Japan's; the day it was said is not the day of the US listing
    assert found(text) == [
        ("JP", "threatened", "2026-05-04", False),
        ("US", "imposed", None, False),
    ]


def test_reviewing_further_sanctions_is_a_threat() -> None:
    text = (
        "Canberra is reviewing further sanctions against the junta's leaders, "
        "Australia's foreign minister said on Tuesday."
    )
    assert [(a, s) for a, s, _, _ in found(text)] == [("AU", "threatened")]


def test_reviewing_a_regime_in_force_is_no_act() -> None:
    text = (
        "The European Union is reviewing its sanctions regime on Syria, officials said on Tuesday."
    )
    assert found(text) == []


# -- more sanctions "on the table": a possibility, however long their object


def test_more_sanctions_on_a_long_object_on_the_table_are_a_threat() -> None:
    text = (
        "Britain has cut its imports from the refinery, and UK Finance Minister Jane Doe "
        'said on Tuesday that further sanctions on buyers of Iranian crude were "on the table".'
    )
    assert [(a, s) for a, s, _, _ in found(text)] == [("GB", "threatened")]


def test_new_sanctions_imposed_on_the_same_buyers_are_made() -> None:
    text = "Britain on Tuesday imposed new sanctions on buyers of Iranian crude."
    assert [(a, s) for a, s, _, _ in found(text)] == [("GB", "imposed")]


# -- a condition that opens the sentence governs a future act far after it


def test_a_long_opening_condition_makes_the_act_a_warning() -> None:
    text = (
        "If the junta does not free the prisoners by Friday, Canada will freeze the "
        "assets of its leaders and ban their entry, the minister said on Tuesday."
    )
    assert [(a, s) for a, s, _, _ in found(text)] == [("CA", "threatened")]


def test_an_opening_condition_before_a_reported_decision_is_still_a_warning() -> None:
    text = (
        "If Russia keeps attacking ports, the UK said on Tuesday it would sanction the "
        "shipping firms involved."
    )
    assert [(a, s) for a, s, _, _ in found(text)] == [("GB", "threatened")]


def test_a_reported_decision_without_a_condition_is_made() -> None:
    text = "The UK said on Tuesday it would sanction the shipping firms involved."
    assert [(a, s) for a, s, _, _ in found(text)] == [("GB", "imposed")]


# -- the measures a state aligns with are another's earlier act


def test_restrictions_a_state_aligns_with_are_background() -> None:
    text = (
        "Moldova on Tuesday synchronized its sanctions with the restrictions imposed by "
        "Britain against 40 tankers."
    )
    assert found(text) == [("MD", "imposed", "2026-05-05", False), ("GB", "imposed", None, True)]


def test_a_decree_aligning_with_restrictions_keeps_only_its_own_act_as_news() -> None:
    text = (
        "Moldovan President Maia Sandu on Tuesday signed a decree aligning Moldova's "
        "sanctions with restrictions imposed by the European Union on 40 tankers."
    )
    assert found(text) == [("MD", "imposed", "2026-05-05", False), ("EU", "imposed", None, True)]


def test_a_second_state_acting_the_same_day_is_news() -> None:
    text = (
        "Moldova on Tuesday imposed sanctions on 40 tankers, and Britain imposed "
        "restrictions on three firms."
    )
    assert found(text) == [
        ("MD", "imposed", "2026-05-05", False),
        ("GB", "imposed", "2026-05-05", False),
    ]


# -- a past month that closes a long clause dates its verb


def test_a_designation_closed_by_a_past_month_is_background() -> None:
    text = (
        "The State Department designated the Gulf Cartel and the Sinaloa Cartel as "
        "foreign terrorist organizations in February, which exposes anyone who gives "
        "them material support to prosecution."
    )
    assert found(text) == [("US", "imposed", None, True)]


def test_the_month_of_a_reason_does_not_date_the_designation() -> None:
    text = (
        "The Treasury on Tuesday designated two hackers over the theft of crypto assets "
        "from a Singapore exchange in August."
    )
    assert found(text) == [("US", "imposed", "2026-05-05", False)]


def test_an_extension_of_measures_expiring_in_a_month_is_news() -> None:
    text = (
        "Ukraine's president extended sanctions against 212 individuals and legal "
        "entities whose restrictions were expiring in November, the decree published "
        "on Tuesday says."
    )
    assert [(a, s, bg) for a, s, _, bg in found(text)] == [("UA", "imposed", False)]


# -- a licence issued with its day before what it allows is relief


def test_a_licence_with_its_day_before_what_it_allows_is_relief() -> None:
    text = (
        "The U.S. Treasury's Office of Foreign Assets Control issued a new licence on "
        "Monday allowing transactions with the Acme Refinery for another month."
    )
    assert found(text) == [("US", "lifted", "2026-05-04", False)]
