"""`download()` against a local HTTP server over the shared list files (never the internet)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sanctionwatch.lists import READERS, ListFormatError, read_list
from sanctionwatch.lists.fetch import download, download_source, file_name
from sanctionwatch.lists.sources import official_sources

LISTS = Path(__file__).resolve().parents[2].parent / "shared" / "lists"
HTML = b"<!DOCTYPE html>\n<html><body><h1>503 Service Unavailable</h1></body></html>\n"


class Handler(SimpleHTTPRequestHandler):
    """Serves the shared lists, plus a few canned bad answers."""

    def do_GET(self) -> None:
        if self.path.startswith("/html-error"):
            self._send(200, "text/html; charset=utf-8", HTML)
        elif self.path.startswith("/html-untyped"):
            self._send(200, "application/octet-stream", HTML)
        elif self.path.startswith("/empty"):
            self._send(200, "application/xml", b"")
        elif self.path.startswith("/attached"):
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Disposition", 'attachment; filename="../20200415-FULL.xml"')
            self.end_headers()
            self.wfile.write((LISTS / "eu/deriv-2020-04/sample_eu_sanctions.xml").read_bytes())
        else:
            super().do_GET()

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


class Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that stops reading at the size cap breaks the pipe: expected


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    handler = functools.partial(Handler, directory=str(LISTS))
    httpd = Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_download_saves_the_exact_bytes_under_the_url_name(server: str, tmp_path: Path) -> None:
    path = download(f"{server}/un/consolidated.xml", tmp_path, max_bytes=10_000_000, timeout=10)
    assert path == tmp_path / "consolidated.xml"
    assert path.read_bytes() == (LISTS / "un/consolidated.xml").read_bytes()
    assert read_list(path).format == "un_xml"
    assert [p.name for p in tmp_path.iterdir()] == ["consolidated.xml"]  # no temp file left


def test_download_of_a_csv_set_reads_as_one_list(server: str, tmp_path: Path) -> None:
    for name in ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"):
        download(f"{server}/ofac/{name}", tmp_path, max_bytes=10_000_000, timeout=10)
    read = read_list(tmp_path / "sdn.csv")
    assert len(read.paths) == 4


def test_content_disposition_name_is_used_without_its_directory(
    server: str, tmp_path: Path
) -> None:
    path = download(f"{server}/attached?token=x", tmp_path, max_bytes=100_000, timeout=10)
    assert path == tmp_path / "20200415-FULL.xml"


def test_an_explicit_name_wins(server: str, tmp_path: Path) -> None:
    path = download(
        f"{server}/un/consolidated.xml", tmp_path, max_bytes=10**7, timeout=10, name="un.xml"
    )
    assert path.name == "un.xml"


@pytest.mark.parametrize("route", ["/html-error", "/html-untyped"])
def test_an_html_page_is_refused_and_not_kept(server: str, tmp_path: Path, route: str) -> None:
    url = f"{server}{route}"
    with pytest.raises(ListFormatError, match="HTML page") as info:
        download(url, tmp_path, max_bytes=100_000, timeout=10)
    assert url in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_an_http_error_names_the_url_and_status(server: str, tmp_path: Path) -> None:
    url = f"{server}/un/no-such-file.xml"
    with pytest.raises(ListFormatError, match="HTTP 404") as info:
        download(url, tmp_path, max_bytes=100_000, timeout=10)
    assert url in str(info.value)


def test_a_body_over_the_cap_is_refused_and_removed(server: str, tmp_path: Path) -> None:
    url = f"{server}/un/consolidated.xml"
    with pytest.raises(ListFormatError, match="max_bytes=1000") as info:
        download(url, tmp_path, max_bytes=1000, timeout=10)
    assert url in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_body_is_refused(server: str, tmp_path: Path) -> None:
    with pytest.raises(ListFormatError, match="empty body"):
        download(f"{server}/empty", tmp_path, max_bytes=1000, timeout=10)


def test_an_unreachable_server_is_a_list_format_error(tmp_path: Path) -> None:
    with pytest.raises(ListFormatError, match=r"127\.0\.0\.1:9/"):
        download("http://127.0.0.1:9/sdn.csv", tmp_path, max_bytes=1000, timeout=2)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/sdn.csv"])
def test_only_http_urls_are_fetched(tmp_path: Path, url: str) -> None:
    with pytest.raises(ListFormatError, match="only http and https"):
        download(url, tmp_path, max_bytes=1000, timeout=2)


def test_file_name_falls_back_for_urls_without_a_name() -> None:
    assert file_name("https://example.org/") == "download"
    assert file_name("https://example.org/a/SDN.CSV?x=1") == "SDN.CSV"


def test_download_source_puts_a_file_set_in_its_own_folder(server: str, tmp_path: Path) -> None:
    names = ["cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"]
    source = {
        "name": "us_ofac_cons_csv",
        "urls": [f"{server}/ofac/consolidated/2025-12/{n}" for n in names],
    }
    folder = download_source(source, tmp_path, max_bytes=10**7, timeout=10)
    assert folder == tmp_path / "us_ofac_cons_csv"
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert read_list(folder).format == "ofac_csv"


def test_download_source_returns_a_single_file(server: str, tmp_path: Path) -> None:
    source = {"name": "un_sc", "url": f"{server}/un/consolidated.xml"}
    path = download_source(source, tmp_path, max_bytes=10**7, timeout=10)
    assert path == tmp_path / "consolidated.xml"


def test_the_built_in_sources_have_one_entry_per_list_each_in_a_read_format() -> None:
    # README: one entry per list, each in a format a reader handles (the UK list as the
    # FCDO's ODS); other formats of the same list are its `alternates`.
    sources = official_sources()
    names = [s["name"] for s in sources]
    assert len(names) == len(set(names)) and "us_ofac_cons" in names
    assert {s["name"]: s["format"] for s in sources if s["format"] not in READERS} == {}
    assert {s["name"]: s["format"] for s in sources}["gb_fcdo"] == "uk_fcdo_ods"
    for source in sources:
        assert all(a["format"] != source["format"] for a in source.get("alternates", []))
