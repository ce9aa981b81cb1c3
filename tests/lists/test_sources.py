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


def test_every_source_has_a_reader() -> None:
    for source in official_sources():
        assert source["format"] in READERS, source  # `lists update` can read every one


def test_a_source_is_stored_under_the_name_a_load_of_its_file_gets() -> None:
    """`lists load` of a list's file and `lists update` store one list, never two."""
    from pathlib import Path

    from sanctionwatch.lists import ofac_csv
    from sanctionwatch.loading import _default_name

    for source in official_sources():
        reader = READERS[source["format"]]
        file = Path("/any/folder") / source_urls(source)[0].rsplit("/", 1)[-1]
        if source["format"] == "ofac_csv":
            files = ofac_csv.CsvSet(primary=file)
            cons = ofac_csv.is_cons(files)
            reader = ofac_csv.CONS_READER if cons else ofac_csv.SDN_READER
        elif source["format"] == "ftm_json":
            folder = source_urls(source)[0].rsplit("/", 2)[-2]  # .../<dataset>/entities.ftm.json
            file = Path("/any") / folder / "entities.ftm.json"
        assert _default_name(reader.default_name, reader.format, file) == source["name"], source


def test_ofac_csv_sets_list_all_four_files() -> None:
    sdn = next(s for s in official_sources() if s["name"] == "us_ofac_sdn")
    names = [url.rsplit("/", 1)[-1] for url in source_urls(sdn)]
    assert names == ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]


def test_callers_cannot_alter_the_table() -> None:
    first = official_sources()[0]
    source_urls(first)  # a copy too
    first.setdefault("urls", []).append("https://evil.example/")
    assert "https://evil.example/" not in source_urls(official_sources()[0])
