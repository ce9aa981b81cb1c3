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
