"""Properties issue 9 found already held, kept as tests: SQL injection gets nothing, path
traversal gets nothing, bombs are refused, the previous list serves after a refused load."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
import pytest

from sanctionwatch.lists import ListFormatError, read_list
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import list_status

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE list_entities; --",
    '" OR 1=1 --',
    "1 UNION SELECT data FROM list_entities",
    "%' --",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_sql_injection_finds_nothing_and_changes_nothing(client: httpx.Client, text: str) -> None:
    before = client.get("/catalog").json()["datasets"]
    search = client.get("/search/default", params={"q": text})
    assert search.status_code == 200
    assert all(text.split()[0].strip("'\"%") in str(r) for r in search.json()["results"])
    assert client.get(f"/entities/{text}").status_code == 404
    assert client.get("/web/events", params={"q": text}).status_code == 200
    assert client.get("/watch/changes", params={"party": text}).status_code == 400
    assert client.get("/catalog").json()["datasets"] == before


TRAVERSALS = [
    "/web/static/../../settings.py",
    "/web/static/..%2f..%2fsettings.py",
    "/web/static/%2e%2e/%2e%2e/settings.py",
    "/web/static/%2e%2e%2f%2e%2e%2fsettings.py",
    "/web/static/....//....//settings.py",
    "/web/static/..%5c..%5csettings.py",
    "/web/static/%252e%252e/%252e%252e/settings.py",
    "/web/static//etc/passwd",
    "/web/static/%2fetc%2fpasswd",
    "/web/static/..%00/settings.py",
    "/web/static/app.css/../../../settings.py",
    "/web/static/..;/..;/settings.py",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_gets_nothing(live_url: str, path: str) -> None:
    # Raw paths, sent as written (a client library would normalise some of them).
    with httpx.Client(base_url=live_url) as http:
        response = http.send(http.build_request("GET", live_url + path))
    assert response.status_code in (400, 404)
    assert "SANCTIONWATCH_" not in response.text and "root:" not in response.text


def test_a_gzip_bomb_list_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Starts like an OFAC CSV, then unpacks far past the limit (scaled down from 4 GB).
    monkeypatch.setenv("SANCTIONWATCH_LIST_MAX_BYTES", str(5_000_000))
    path = tmp_path / "sdn.csv.gz"
    row = b'36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
    with gzip.open(path, "wb") as fh:
        fh.write(row)
        for _ in range(20):
            fh.write(b" " * 1_000_000)
    with pytest.raises(ListFormatError, match=r"unpacks to more than 5,000,000 bytes"):
        list(read_list(path).entities())


def test_a_whitespace_flood_in_xml_is_refused_or_empty(tmp_path: Path) -> None:
    path = tmp_path / "un.xml.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(
            b'<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-01-01"><INDIVIDUALS>'
        )
        fh.write(b"<INDIVIDUAL><FIRST_NAME>")
        for _ in range(30):
            fh.write(b" " * 1_000_000)
        fh.write(b"</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")
    with pytest.raises(ListFormatError, match=r"un\.xml\.gz"):
        list(read_list(path).entities())


def test_a_refused_load_leaves_the_previous_version_serving(tmp_path: Path) -> None:
    from sanctionwatch.exc import SanctionWatchError
    from sanctionwatch.loading import load_source
    from tests.conftest import LISTS

    engine = get_engine(f"sqlite:///{tmp_path / 's.db'}")
    load_source(engine, str(LISTS / "ftm" / "yente-zala" / "entities.ftm.json"), name="zala")
    before = list_status(engine)
    broken = tmp_path / "entities.ftm.json"
    broken.write_bytes(b'{"id": "x", "schema": "Person", "properties": {"name": ["X"]}}\n')
    with pytest.raises(SanctionWatchError, match="refusing to replace it"):
        load_source(engine, str(broken), name="zala")
    assert list_status(engine) == before
