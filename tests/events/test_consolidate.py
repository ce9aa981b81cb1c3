"""Which reported actions are one decision."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from sanctionwatch.events.consolidate import Member, cluster, event_id, same_decision

_pk = iter(range(1, 10_000))


def m(
    article: int,
    authority: str = "EU",
    status: str = "imposed",
    day: int | None = 16,
    program: str | None = None,
    counts: tuple[tuple[str, int], ...] = (),
    targets: tuple[str, ...] = (),
) -> Member:
    return Member(
        action_pk=next(_pk),
        article_pk=article,
        article_key=f"hash{article}",
        seq=0,
        authority=authority,
        status=status,
        date=date(2024, 12, day) if day else None,
        program=program,
        counts=counts,
        names=targets,
    )


CASES = [
    # (a, b, same decision?)
    (m(1, targets=("No Kwang Chol",)), m(2, day=17, targets=("Kwang Chol No",)), True),
    (m(1, program="15th package"), m(2, day=17, program="15th  Package"), True),
    (m(1, program="EO 13818"), m(2, day=None, program="EO 13818"), False),  # undated: a regime
    (m(1, counts=(("person", 54),)), m(2, day=17, counts=(("person", 54),)), True),
    (m(1, counts=(("person", 54),)), m(2, day=18, counts=(("person", 54),)), False),
    (
        m(1, counts=(("person", 54), ("vessel", 1))),
        m(2, counts=(("person", 54), ("vessel", 2))),
        False,
    ),
    (m(1, day=None, counts=(("person", 54),)), m(2, counts=(("person", 54),)), False),
    (m(1, targets=("Ro Kwang Chol",)), m(2, day=30, targets=("Ro Kwang Chol",)), False),
    (m(1, targets=("A Co",)), m(2, authority="GB", targets=("A Co",)), False),
    (m(1, targets=("A Co",)), m(2, status="proposed", targets=("A Co",)), False),
    (m(1, targets=("A Co",)), m(1, day=17, targets=("A Co",)), False),  # one article: split
    (m(1, program="P"), m(1, program="P"), False),  # one article, one day, no shared party
    # One article, one day, one party under two spellings: the extractor read it twice.
    (m(1, targets=("Rosneft",)), m(1, targets=("Rosneft Oil Company", "Lukoil")), True),
    (m(1, targets=("Rosneft",)), m(2, day=None, targets=("Rosneft Oil Company",)), False),
    (m(1), m(2), False),  # nothing in common but the day
]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_same_decision(a: Member, b: Member, expected: bool) -> None:
    assert same_decision(a, b) is expected
    assert same_decision(b, a) is expected


def test_a_later_report_bridges_two_groups() -> None:
    first = m(1, targets=("Alpha Trading",))
    second = m(2, day=17, program="15th package")
    assert len(cluster([first, second])) == 2
    bridge = m(3, day=17, program="15th package", targets=("Alpha Trading LLC", "Alpha Trading"))
    [group] = cluster([first, second, bridge])
    assert {x.article_pk for x in group} == {1, 2, 3}


def test_event_ids_do_not_depend_on_order() -> None:
    group = [m(1, targets=("X",)), m(2, targets=("X",))]
    assert event_id(group) == event_id(list(reversed(group)))


def test_clustering_is_near_linear_on_many_actions() -> None:
    many = [m(i, day=1 + i % 28, targets=(f"Firm{i}",)) for i in range(1, 5001)]
    assert len(cluster(many)) == 5000  # distinct targets: 5,000 separate events, quickly


def test_a_programme_reported_for_years_is_no_quadratic_block() -> None:
    # 3,000 reports of one programme, one every day or so for years: a block on the
    # programme alone would pair them all (4.5 million pairs); within the window, few.
    from datetime import timedelta

    from sanctionwatch.events.consolidate import candidate_pairs

    start = date(2015, 1, 1)
    many = [
        dataclasses.replace(
            m(i, program="EO 14024", counts=(("person", i % 7 + 1),)),
            date=start + timedelta(days=i),
        )
        for i in range(1, 3001)
    ]
    pairs = sum(1 for _ in candidate_pairs(many))
    assert len(many) < pairs < 10 * len(many)


def _on(article: int, day: date | None, *names: str, published: date | None = None) -> Member:
    return dataclasses.replace(
        m(article, targets=names), date=day, published=published, action_pk=1000 + article
    )


def _articles(groups: list[list[Member]]) -> set[frozenset[int]]:
    return {frozenset(x.article_pk for x in g) for g in groups}


def test_an_undated_report_never_joins_decisions_years_apart() -> None:
    early = _on(1, date(2019, 3, 4), "Volga Shipping")
    late = _on(2, date(2023, 6, 1), "Volga Shipping")
    undated = _on(3, None, "Volga Shipping")
    # Without a publication date it joins the most recent decision.
    assert _articles(cluster([early, late, undated])) == {frozenset({1}), frozenset({2, 3})}
    # An article published in 2020 can only report the 2019 action.
    then = dataclasses.replace(undated, published=date(2020, 1, 10))
    assert _articles(cluster([early, late, then])) == {frozenset({1, 3}), frozenset({2})}
    # Published before either (a date the extractor could not trust): the earliest.
    before = dataclasses.replace(undated, published=date(2018, 1, 1))
    assert _articles(cluster([late, before, early])) == {frozenset({1, 3}), frozenset({2})}


def test_an_undated_report_still_bridges_dated_reports_within_the_window() -> None:
    alpha = _on(1, date(2024, 12, 16), "Alpha Trading")
    beta = _on(2, date(2024, 12, 18), "Beta Shipping")
    both = _on(3, None, "Alpha Trading", "Beta Shipping")
    assert _articles(cluster([alpha, beta, both])) == {frozenset({1, 2, 3})}
    # Chained through a third within the window of each: still one set of dates.
    gamma = _on(4, date(2024, 12, 21), "Gamma Oil")
    three = _on(5, None, "Alpha Trading", "Beta Shipping", "Gamma Oil")
    assert _articles(cluster([alpha, beta, gamma, three])) == {frozenset({1, 2, 4, 5})}
    # Two undated reports sharing a name choose together: the decision naming most of
    # their targets (Alpha and Beta), not the more recent one naming Beta alone.
    far = _on(6, date(2025, 12, 16), "Beta Shipping")
    other = _on(7, None, "Alpha Trading")
    groups = _articles(cluster([alpha, beta, both, far, other]))
    assert groups == {frozenset({1, 2, 3, 7}), frozenset({6})}
    # Naming only Beta, they join the most recent.
    only = _on(8, None, "Beta Shipping")
    groups = _articles(cluster([alpha, beta, far, only]))
    assert groups == {frozenset({1}), frozenset({2}), frozenset({6, 8})}


@pytest.mark.parametrize("seed", range(5))
def test_the_groups_do_not_depend_on_the_order_of_the_reports(seed: int) -> None:
    import random

    reports = [
        _on(1, date(2019, 3, 4), "Volga Shipping"),
        _on(2, date(2019, 3, 6), "Volga Shipping", "Kama Trade"),
        _on(3, date(2023, 6, 1), "Volga Shipping"),
        _on(4, None, "Volga Shipping"),
        _on(5, None, "Kama Trade", published=date(2019, 5, 1)),
        _on(6, None, "Kama Trade", "Oka Oil"),
        _on(7, date(2021, 1, 1), "Oka Oil"),
    ]
    expected = _articles(cluster(reports))
    shuffled = reports[:]
    random.Random(seed).shuffle(shuffled)
    assert _articles(cluster(shuffled)) == expected
