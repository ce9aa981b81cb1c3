"""Kinds of failure of the session-28 first look on w1460-w1479 (status mixtures in one
story): a list of states after "The warning came a day after" acts and is dated from the
step told before it, a condition after two named targets with their titles still makes a
will-trigger a threat, and a condition of a later verb of its own does not; tested with
sentences written for these tests (no corpus text)."""

from datetime import date

from tests.extract.helpers import rules_actions

PUBLISHED = date(2025, 6, 4)  # a Wednesday


def news(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (a.authority, a.status, str(a.date) if a.date else None)
        for a in rules_actions(text, PUBLISHED)
        if not a.background
    ]


def test_a_list_of_states_after_the_warning_came_a_day_after_acts() -> None:
    text = (
        "The Netherlands said on Tuesday it would sanction the Serbian police chief if the"
        " beatings went on. The warning came a day after Poland, Czechia and Slovakia"
        " announced entry bans on nine Serbian officials each.\n"
    )
    acts = news(text)
    assert ("NL", "threatened", "2025-06-03") in acts
    for state in ("PL", "CZ", "SK"):
        assert (state, "imposed", "2025-06-02") in acts


def test_the_noun_warning_before_a_verb_of_sequence_is_no_threat() -> None:
    text = "The warning came two days after Estonia barred nine Serbian officials from entry.\n"
    assert [(a, s) for a, s, _ in news(text)] == [("EE", "imposed")]


def test_a_verb_of_warning_still_threatens() -> None:
    text = "Britain warned on Monday that it would impose sanctions on the officials.\n"
    assert news(text) == [("GB", "threatened", "2025-06-02")]


def test_a_condition_after_two_named_targets_with_titles_threatens() -> None:
    text = (
        "Canada has told the Serbian government it will impose sanctions on Interior"
        " Minister Milan Petrovic and the commander of the Special Police Brigade, Dragan"
        " Ilic, if the crackdown on student protests continues.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("CA", "threatened")]


def test_a_condition_of_a_later_verb_leaves_the_first_reported() -> None:
    text = (
        "Ottawa said it would impose tariffs on Russian steel processed in third countries,"
        " and that it would lower the price cap if G7 partners agree.\n"
    )
    assert sorted((a, s) for a, s, _ in news(text)) == [("CA", "imposed"), ("CA", "threatened")]
