from sanctionwatch.extract.mentions import find_mentions


def codes(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.code, m.form) for m in find_mentions(text)]


def test_names_adjectives_and_capitals() -> None:
    found = codes("Tokyo and the Dutch government acted against Iranian firms.")
    assert found == [
        ("Tokyo", "JP", "name"),
        ("Dutch", "NL", "adjective"),
        ("Iranian", "IR", "adjective"),
    ]


def test_agency_takes_country_written_before_it() -> None:
    (m,) = find_mentions("Mexico's Foreign Ministry said so.")
    assert (m.code, m.form, m.department) == ("MX", "agency", "foreign")


def test_agency_takes_country_written_after_it() -> None:
    (m,) = find_mentions("The Ministry of Foreign Affairs of the Republic of Korea said so.")
    assert m.code == "KR"


def test_fixed_agencies_and_lowercase_pronoun() -> None:
    found = codes("OFAC told us that the Foreign Office agreed.")
    assert found == [("OFAC", "US", "agency"), ("Foreign Office", "GB", "agency")]
