"""The one country normaliser (API /match, CLI `screen`, screen-file, name splitting):
FtM's answers, without building FtM's (rigour's) full territory-name table."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest
from followthemoney.types import registry
from typer.testing import CliRunner

from sanctionwatch.countries import country_code, is_country, name_key

# Common ways to write the countries sanctions are about, and every country value the
# tests and benches send (codes in any case, names, demonyms, aliases, other scripts).
VARIANTS = [
    *("Russia", "RU", "ru", "RUS", "Russian Federation", "russian", "Russian", "  ru "),
    *("DPRK", "North Korea", "Korea, North", "North Korean", "Korea (North)", "KP", "kp"),
    *("Korea, Democratic People's Republic of", "South Korea", "Korea", "Korean"),
    *("Iran", "iranian", "Iran (Islamic Republic of)", "Islamic Republic of Iran", "IR"),
    *("UK", "United Kingdom", "Great Britain", "Britain", "British", "England", "GB", "GBR"),
    *("USA", "US", "United States", "United States of America", "American"),
    *("Syria", "Syrian", "Belarus", "Belarusian", "China", "Chinese", "Cuba", "Venezuela"),
    *("Myanmar", "Burma", "Türkiye", "Turkey", "Côte d'Ivoire", "Ivory Coast", "UAE", "AE"),
    *("Emirati", "Soviet Union", "EU", "Crimea", "Ukraine", "Ukrainian", "Kosovo", "XK"),
    *("Afghanistan", "Afghan", "Iraq", "Iraqi", "Libya", "Lebanon", "Yemen", "Georgia"),
    *("Moscow", "Tehran", "Pyongyang", "Germany", "German", "Holland", "Hong Kong", "Taiwan"),
    *("Россия", "Росія", "Deutschland", "Czechia", "Czech Republic", "Rusia", "Russian Fed."),
    *("Nationality", "Narnia", "x", "Kim Yong Bok", "Running Brook, LLC", "LLC", "Acme"),
]
EXPECTED = {
    "Russia": "ru",
    "russian": "ru",
    "Russian Federation": "ru",
    "DPRK": "kp",
    "North Korea": "kp",
    "Iran": "ir",
    "UK": "gb",
    "United Kingdom": "gb",
    "Россия": "ru",
    "Türkiye": "tr",
    "Narnia": None,
}


def _ftm(value: str, fuzzy: bool) -> str | None:
    return registry.country.clean_text(value, fuzzy=fuzzy)


@pytest.mark.parametrize("value", VARIANTS)
def test_common_values_answer_as_ftm_does(value: str) -> None:
    assert country_code(value, fuzzy=True) == _ftm(value, fuzzy=True)
    assert country_code(value) == _ftm(value, fuzzy=False)
    if value in EXPECTED:
        assert country_code(value, fuzzy=True) == EXPECTED[value]


def _territory_names() -> list[str]:
    from rigour.territories.lookup import _load_territory_names

    names = {n for _, *tiers in _load_territory_names() for tier in tiers for n in tier}
    return sorted(names)


@pytest.mark.slow
def test_every_territory_name_answers_as_ftm_does() -> None:
    """All 29,000 names, demonyms and places of rigour's table, in every script."""
    from rigour.territories.util import normalize_territory_name

    names = _territory_names()
    assert len(names) > 20_000
    differ = [n for n in names if country_code(n, fuzzy=True) != _ftm(n, fuzzy=True)]
    assert differ == []
    # ASCII names: the key is rigour's own, so exact lookups agree too
    ascii_names = [n for n in names if n.isascii()]
    assert [n for n in ascii_names if name_key(n) != normalize_territory_name(n)] == []
    assert [n for n in ascii_names if country_code(n) != _ftm(n, fuzzy=False)] == []


@pytest.mark.slow
def test_misspelt_names_answer_as_ftm_fuzzy_cleaning_does() -> None:
    """A letter dropped or added in 600 names in Latin letters: the same nearest country.
    (A misspelt name in another script may differ: FtM compares it transliterated.)"""
    from sanctionwatch.countries import _unaccented

    rng = random.Random(5)
    names = [n for n in _territory_names() if len(n) >= 5 and _unaccented(n).isascii()]
    probes = []
    for name in rng.sample(names, 300):
        at = rng.randrange(len(name))
        probes += [name[:at] + name[at + 1 :], name[:at] + "q" + name[at:]]
    differ = [p for p in probes if country_code(p, fuzzy=True) != _ftm(p, fuzzy=True)]
    assert differ == []


def test_exact_lookups_name_no_country_for_other_words() -> None:
    assert is_country("USA") and is_country("Russia") and is_country("Россия")
    assert not is_country("Running Brook, LLC") and not is_country("Kim Yong Bok")
    assert country_code("") is None and country_code("   ") is None


def test_no_request_or_command_builds_the_full_name_table() -> None:
    """/match's cleaning, the CLI's and name splitting answer without rigour's table,
    which costs seconds of CPU to build (the server warmed it up before it was ready)."""
    probe = """
import json
from rigour.territories.lookup import _get_territory_names
from sanctionwatch.api.models import EntityExample
from sanctionwatch.api.querying import clean_example
from sanctionwatch.screening.text import split_names
from sanctionwatch.screenfile import row_query
props = {"name": ["Kim"], "nationality": ["North Korea", "DPRK", "russian", "UK", "Россия"]}
cleaned = clean_example("q", EntityExample(schema="Person", properties=props))
parts = split_names("Running Brook, LLC (USA)")
row = row_query({"n": "Kim", "c": "Iran"}, {"name": "n", "country": "c"})
print(json.dumps([cleaned["properties"]["nationality"], parts, row.countries,
                  _get_territory_names.cache_info().currsize]))
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    codes, parts, row, built = json.loads(done.stdout.splitlines()[-1])
    assert codes == ["kp", "ru", "gb"]
    assert parts == ["Running Brook, LLC"]
    assert row == ["ir"]
    assert built == 0


def test_screen_takes_a_country_name_as_its_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sanctionwatch.cli import app
    from tests.api.conftest import demo_store

    db = f"sqlite:///{tmp_path / 's.db'}"
    demo_store(db)
    runner = CliRunner()
    answers = []
    for country in ("KP", "North Korea", "DPRK"):
        args = ["screen", "Kim Yong Bok", "--country", country, "--db", db, "--format", "json"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        answers.append([json.loads(line) for line in result.stdout.splitlines()])
    assert answers[0] == answers[1] == answers[2]
    kim = next(a for a in answers[1] if a["id"] == "demo-kim")
    assert any(f["name"] == "country_match" for f in kim["features"])
    wrong = runner.invoke(app, ["screen", "Kim", "--country", "Narnia", "--db", db])
    assert wrong.exit_code == 2 and "'Narnia' is no country" in wrong.output
