"""Session 26 (fix round 2): misses of the first looks at w1300-w1339: a market lede's
trading day, a day told of another authority's listing inside a relative clause, ..."""

from datetime import date

from tests.extract.helpers import rules_actions

WEDNESDAY = date(2026, 12, 2)


def imposed(text: str, published: date = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [
        (a.authority, a.date.isoformat() if a.date else None)
        for a in rules_actions(text, published)
        if a.status == "imposed" and not a.background
    ]


def test_a_market_ledes_trading_day_splits_no_action() -> None:
    text = (
        "Shares of Hong Kong-listed Orchid Lens Holdings fell as much as 12% on Tuesday "
        "after Washington put the company's main subsidiary on a trade blacklist.\n\n"
        "The US Commerce Department late on Monday added 14 entities to its Entity List, "
        "including Orchid Lens Optoelectronics Co., Ltd."
    )
    assert imposed(text) == [("US", "2026-11-30")]
    # with an aside between commas
    aside = text.replace("on Tuesday ", "on Tuesday, their worst day since 2019, ")
    assert imposed(aside) == [("US", "2026-11-30")]


def test_a_market_ledes_day_dates_an_act_told_nowhere_else() -> None:
    text = (
        "Oil prices rose 3% on Tuesday after the US Treasury imposed sanctions on the "
        "shipping arm of a state oil company and eight tankers."
    )
    assert imposed(text) == [("US", "2026-12-01")]


def test_an_act_in_the_main_clause_keeps_its_day() -> None:
    text = (
        "Norway froze the assets of two businessmen on Tuesday, the government said, "
        "after both were named on the EU sanctions list. The EU listed the two men on "
        "12 November."
    )
    assert ("NO", "2026-12-01") in imposed(text)


def test_the_day_another_authority_listed_them_is_not_the_freezes() -> None:
    text = (
        "The Federal Department of Economic Affairs, Education and Research (EAER) on "
        "Tuesday added the 12 individuals and three entities that the European Union "
        "listed on November 20 to the Swiss sanctions list, freezing any assets they hold "
        "in Switzerland."
    )
    # one Swiss act, not a second one (background) on the EU's day
    assert [(a.authority, a.date) for a in rules_actions(text, WEDNESDAY)] == [
        ("CH", date(2026, 12, 1))
    ]
