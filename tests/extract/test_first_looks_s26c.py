"""Session 26 (fix round 2): misses of the first looks at w1300-w1339: a market lede's
trading day, a day told of another authority's listing inside a relative clause, the
body whose officers are listed, a place before "estate", a party ships are tied to, and
"No." before a word."""

from datetime import date

from sanctionwatch.extract import cleaning, extract, sentences
from sanctionwatch.extract.document import Doc
from sanctionwatch.model import Article
from tests.extract.helpers import imposed_days, rules_actions

WEDNESDAY = date(2026, 12, 2)


def imposed(text: str, published: date = WEDNESDAY) -> list[tuple[str, str | None]]:
    return imposed_days(text, published)


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


def target_names(text: str, published: date = WEDNESDAY, rules: bool = True) -> set[str]:
    if rules:
        found = rules_actions(text, published)
    else:
        found = extract(Article(id="t", text=text, published=published)).actions
    return {t.name for a in found for t in a.targets}


def test_the_body_whose_officers_are_listed_is_not_hit() -> None:
    text = (
        "Australia on Tuesday imposed sanctions on 7 people and 3 entities. Foreign "
        "Minister Penny Wong said on Wednesday the listings included officers of the "
        "Islamic Revolutionary Guard Corps' Quds Force, among them Sardar Ammar Hosseini "
        "and Mohammad Reza Ansari, and the Tehran front company Pars Navid Commercial "
        "Services."
    )
    assert target_names(text) == {
        "Sardar Ammar Hosseini",
        "Mohammad Reza Ansari",
        "Pars Navid Commercial Services",
    }


def test_a_place_before_estate_or_district_is_not_hit() -> None:
    text = (
        "The United States on Tuesday imposed sanctions on three men and three companies it "
        "accuses of raising and moving money for the Somali militant group Al-Shabaab "
        "through businesses in Mombasa, Nairobi's Eastleigh estate and Kismayo."
    )
    assert "Eastleigh" not in target_names(text)


def test_the_carrier_ships_are_tied_to_is_not_hit() -> None:
    text = (
        "Britain on Tuesday sanctioned 26 tankers and a Hong Kong ship manager. The Foreign "
        "Office said on Tuesday that the listed ships include the Aframaxes POLAR ROCK (IMO "
        "9116632) and LINDA (IMO 9256858), both long tied to Russian state carrier "
        "Sovcomflot, and two tankers that have changed names three times this year: "
        "CASPIAN HERON (IMO 9245184) and NORDIC LARK (IMO 9150638)."
    )
    names = target_names(text, rules=False)
    assert {"POLAR ROCK", "LINDA", "CASPIAN HERON", "NORDIC LARK"} <= names
    assert "Sovcomflot" not in names


def test_a_no_before_a_word_ends_its_sentence() -> None:
    text = "Were any firms sanctioned? No. No Indian refiner was named. See Order No. 14024."
    doc = Doc(Article(id="t", text=text))
    doc = sentences.sentences(cleaning.clean(doc))
    assert [s.text for s in doc.sentences] == [
        "Were any firms sanctioned?",
        "No.",
        "No Indian refiner was named.",
        "See Order No. 14024.",
    ]


def test_a_standing_listing_whose_year_runs_past_the_window_is_background() -> None:
    text = (
        "The United States on Tuesday imposed sanctions on three men and three companies "
        "that move money for Al-Shabaab. Al-Shabaab was designated a Foreign Terrorist "
        "Organization by the United States in 2008 and remains active in East Africa."
    )
    news = [a for a in rules_actions(text, WEDNESDAY) if not a.background]
    assert "Al-Shabaab" not in {t.name for a in news for t in a.targets}
    # an aside after a comma dates its own verb, not the trigger's
    aside = (
        "In a separate decision the same day, the Federal Council added 2 individuals to "
        "the list, both of them Russian military officers named by the EU in 2023."
    )
    assert [a.background for a in rules_actions(aside, WEDNESDAY)] == [False]
