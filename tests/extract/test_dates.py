from datetime import date

import pytest

from sanctionwatch.extract.dates import find_dates, publication_date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Lima acted on Wednesday.", date(2024, 4, 12), date(2024, 4, 10)),  # a Friday
        ("Lima acted on Friday.", date(2024, 4, 12), date(2024, 4, 12)),
        ("Lima acted yesterday.", date(2024, 4, 12), date(2024, 4, 11)),
        ("Lima acted today.", date(2024, 4, 12), date(2024, 4, 12)),
        ("Lima acted on 3 March 2021.", None, date(2021, 3, 3)),
        ("Lima acted on Nov. 30.", date(2024, 1, 9), date(2023, 11, 30)),
        ("Lima acted on the 8th.", date(2024, 4, 12), date(2024, 4, 8)),
        ("The cabinet on 9th approved the list.", date(2024, 4, 12), date(2024, 4, 9)),
        ("Lima met on 10th, and acted.", date(2024, 4, 12), date(2024, 4, 10)),
    ],
)
def test_dates_resolve_against_publication(
    text: str, published: date | None, expected: date
) -> None:
    assert find_dates(text, published)[0].value == expected


def test_relative_dates_without_publication_stay_unknown() -> None:
    assert find_dates("Lima acted on Monday.", None)[0].value is None
    assert find_dates("Lima acted on 4 May.", None)[0].value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2022-02-03 Quito acted.", date(2022, 2, 3)),
        ("Headline\n\nPublished : Mar. 4, 2020 - 10:10\n\nBody.", date(2020, 3, 4)),
        ("Headline\nWednesday, 5 Jun 2019\nBody text follows.", date(2019, 6, 5)),
        ("Headline\nby A Writer July 7, 2018 9:00 AM\nBody.", date(2018, 7, 7)),
    ],
)
def test_publication_date_from_page_furniture(text: str, expected: date) -> None:
    assert publication_date(text) == expected


def test_event_date_in_prose_is_not_publication() -> None:
    assert publication_date("On 2 May 2023, the council listed four banks.") is None


def test_dateline_with_year_is_publication() -> None:
    assert publication_date("Head\nOSLO, June 2, 2022 - Norway acted.") == date(2022, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("on 1.2.2023", date(2023, 2, 1)), ("on 2023/02/01", date(2023, 2, 1))],
)
def test_numeric_dates(text: str, expected: date) -> None:
    assert find_dates(text, None)[0].value == expected


def test_a_bare_ordinal_before_a_noun_is_no_day() -> None:
    assert find_dates("Lima agreed on 21st package.", date(2024, 4, 22)) == []
    assert find_dates("Lima agreed on the 21st package.", date(2024, 4, 22)) == []


def later_days(text: str, published: date | None) -> list[date | None]:
    from sanctionwatch.extract.dates import sentence_dates
    from sanctionwatch.extract.document import Doc
    from sanctionwatch.extract.pipeline import run
    from sanctionwatch.model import Article

    doc = run(
        Doc(Article(id="t", text=text, published=published)), ("clean", "published", "sentences")
    )
    last = len(doc.sentences) - 1
    return [d.value for d in sentence_dates(doc, last)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day told from the date written before it, not from the publication date
        ("Oslo acted on 3 March. A day later, Bern followed.", date(2024, 3, 4)),
        ("Oslo acted on 3 March. Two days later, Bern followed.", date(2024, 3, 5)),
        ("Oslo acted on Monday. Hours later Bern followed.", date(2024, 4, 8)),
        ("Oslo acted on 3 March. The next day Bern followed.", date(2024, 3, 4)),
    ],
)
def test_a_day_later_counts_from_the_date_before(text: str, expected: date) -> None:
    assert later_days(text, date(2024, 4, 12)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day told back from the date written before it
        ("Quito protested on Tuesday over fines Oslo imposed the day before.", date(2024, 4, 8)),
        ("Lima spoke on 3 March. Bern had acted the previous day.", date(2024, 3, 2)),
    ],
)
def test_the_day_before_counts_back_from_the_date_before(text: str, expected: date) -> None:
    assert expected in later_days(text, date(2024, 4, 12))


def test_the_day_before_an_event_is_no_day_back() -> None:
    days = later_days("Oslo acted on 3 March, the day before the vote.", date(2024, 4, 12))
    assert days == [date(2024, 3, 3)]


def test_a_day_later_without_a_date_before_stays_unknown() -> None:
    assert later_days("Oslo acted. A day later, Bern followed.", date(2024, 4, 12)) == [None]
    assert later_days("Oslo acted on Monday. A day later, Bern followed.", None) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline stamps the page; the weekday tells the day of the act
        ("OSLO, June 20 — The cabinet acted on Wednesday.", [date(2025, 6, 18)]),
        ("OSLO, June 20 — The cabinet acted on 17 June.", [date(2025, 6, 17)]),
        # "today" adds nothing to the stamp, and a lone dateline stays
        ("OSLO, June 19 — Today the cabinet acted.", [date(2025, 6, 19), date(2025, 6, 20)]),
        ("OSLO, June 19 — The cabinet acted.", [date(2025, 6, 19)]),
        # no dateline: both dates stay
        (
            "On June 19 the cabinet met, and acted on Friday.",
            [date(2025, 6, 19), date(2025, 6, 20)],
        ),
    ],
)
def test_a_dateline_gives_way_to_the_day_in_the_text(text: str, expected: list[date]) -> None:
    assert [d.value for d in find_dates(text, date(2025, 6, 20))] == expected
