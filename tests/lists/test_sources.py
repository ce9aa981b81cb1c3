"""The official sources table: every list the readers handle has an address to update from."""

from __future__ import annotations

from urllib.parse import urlsplit

from sanctionwatch.lists import READERS
from sanctionwatch.lists.sources import official_sources, source_urls


def test_every_source_is_complete_and_uses_https() -> None:
    sources = official_sources()
    assert len({s["name"] for s in sources}) == len(sources)
    for source in sources:
        assert source["authority"] and source["format"], source
        assert ("url" in source) != ("urls" in source), source
        for url in source_urls(source):
            assert urlsplit(url).scheme == "https", url


def test_source_formats_have_readers_unless_noted() -> None:
    for source in official_sources():
        assert source["format"] in READERS or source.get("note"), source


def test_ofac_csv_sets_list_all_four_files() -> None:
    sdn = next(s for s in official_sources() if s["name"] == "us_ofac_sdn")
    names = [url.rsplit("/", 1)[-1] for url in source_urls(sdn)]
    assert names == ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]


def test_callers_cannot_alter_the_table() -> None:
    first = official_sources()[0]
    source_urls(first)  # a copy too
    first.setdefault("urls", []).append("https://evil.example/")
    assert "https://evil.example/" not in source_urls(official_sources()[0])
