"""Fixture strategy: one small real store per module, built by `build_store`.

It holds the demo articles of examples/news (real ingest), two reports of one
Korean decision that disagree on counts and spellings (saved as Reports, with
evidence spans into their text), one undated news report (the timeline's undated
bucket), targets and list entities with hostile names
(script and attribute injections) that every page must render inert, two
versions of a small list (for the diff), and rows in `links` (written here
directly; the linker fills that table in production). Pages are read through
FastAPI's TestClient on a bare app with `sanctionwatch.web.mount`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from bs4 import BeautifulSoup
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert, select

from sanctionwatch import web
from sanctionwatch.batch import run_ingest
from sanctionwatch.model import Action, Article, Report, Span, Target
from sanctionwatch.store import get_engine, save_report
from sanctionwatch.store.events import rebuild_events
from sanctionwatch.store.lists import ListVersionInfo, store_list_version
from sanctionwatch.store.profiles import build_profiles
from sanctionwatch.store.tables import links, targets
from tests.conftest import EXAMPLES

SCRIPT = "<script>alert(1)</script>"
ATTR = '"><img src=x onerror=alert(1)>'
HOSTILE = (SCRIPT, ATTR)


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def _kr_report(ident: str, text: str, spelling: str, people: int) -> Report:
    sentence = text.split(". ")[0]
    names = [spelling, SCRIPT, ATTR]
    action = Action(
        authority="KR",
        status="imposed",
        agency="Ministry of Foreign Affairs",
        date=date(2024, 12, 17),
        targets=[Target(name=n, kind="person", evidence=[_span(text, n)]) for n in names],
        counts={"person": people, "organization": 15, "vessel": None, "aircraft": None},
        measures=["asset_freeze"],
        target_countries=["KP"],
        program="DPRK",
        evidence=[_span(text, sentence)],
    )
    article = Article(id=ident, text=text, title=f"Seoul sanctions ({ident})", source="wire")
    return Report(article, [action])


KR_TEXTS = {
    "kr-a": "Seoul on Tuesday blacklisted {n} people including Kim Yong-bok, {s} and {a}. "
    "The move follows missile tests.",
    "kr-b": "South Korea imposed sanctions on {n} North Koreans, naming Kim Yong Bok, {s} and "
    "{a}. Officials said more could follow.",
}


def _save_kr_reports(engine: Engine) -> None:
    for (ident, template), (spelling, people) in zip(
        KR_TEXTS.items(), [("Kim Yong-bok", 11), ("Kim Yong Bok", 12)], strict=True
    ):
        text = template.format(n=people, s=SCRIPT, a=ATTR)
        save_report(engine, _kr_report(ident, text, spelling, people), "test")


UNDATED_TEXT = "Norway has adopted the latest EU listings against Belarus, the ministry said."


def _save_undated_report(engine: Engine) -> None:
    """A news action the article does not date: the timeline's undated bucket has one
    on purpose, not through an extraction that happens to leave a date out."""
    action = Action(
        authority="NO",
        status="imposed",
        agency="Ministry of Foreign Affairs",
        date=None,
        targets=[],
        counts={"person": None, "organization": None, "vessel": None, "aircraft": None},
        measures=["asset_freeze"],
        target_countries=["BY"],
        evidence=[_span(UNDATED_TEXT, UNDATED_TEXT)],
    )
    article = Article(id="no-undated", text=UNDATED_TEXT, title="Norway adopts EU listings")
    save_report(engine, Report(article, [action]), "test")


def _entity(ident: str, schema: str, **props: list[str]) -> dict[str, Any]:
    return {"id": ident, "schema": schema, "properties": props}


LIST_V1 = [
    _entity("demo-kim", "Person", name=["Kim Yong Bok"], birthDate=["1961-03-02"]),
    _entity("demo-old", "Company", name=["Old Trading Co"]),
    _entity("demo-acme", "Company", name=["Acme Trading LLC"], country=["ru"]),
]
LIST_V2 = [
    _entity("demo-kim", "Person", name=["Kim Yong Bok"], birthDate=["1961-03-02"]),
    _entity("demo-acme", "Company", name=["Acme Trading LLC"], country=["ru", "ae"]),
    _entity("demo-evil", "Person", name=[SCRIPT], alias=[ATTR]),
    _entity("demo-rosneft", "Company", name=["Rosneft"], country=["ru"]),
    _entity("demo-kimsu", "Person", name=["Kim Yong Su"], birthDate=["1950-01-01"]),
    _entity(
        "demo-kim-sanction",
        "Sanction",
        entity=["demo-kim"],
        program=["DPRK3"],
        listingDate=["2024-12-20"],
        authority=["Demo Office"],
    ),
]


# A second list naming Kim Yong Bok with the same birth date: one profile with demo-kim.
OTHER_LIST = [
    _entity("other-kim", "Person", name=["KIM, Yong Bok"], birthDate=["1961-03-02"]),
    _entity(
        "other-kim-sanction",
        "Sanction",
        entity=["other-kim"],
        program=["UK DPRK"],
        listingDate=["2025-01-10"],
    ),
]


def _load_list(
    engine: Engine, entities: list[dict[str, Any]], sha: str, name: str = "demo"
) -> None:
    info = ListVersionInfo(
        name=name, format="ftm", source=f"{name}.json", sha256=sha, records=len(entities)
    )
    store_list_version(engine, info, entities, force=True)


def _target_pk(engine: Engine, name: str) -> int:
    with engine.connect() as conn:
        pk = conn.scalar(select(targets.c.pk).where(targets.c.name == name).limit(1))
    assert pk is not None, name
    return int(pk)


def _link(engine: Engine, target: str, entity_id: str, caption: str, score: float) -> None:
    features = {"name_match": score, "detail": f"{target} ~ {caption}"}
    row = {
        "target_pk": _target_pk(engine, target),
        "entity_id": entity_id,
        "list_name": "demo",
        "caption": caption,
        "score": score,
        "match": score >= 0.7,
        "features": json.dumps(features),
        "listed_on": date(2024, 12, 20),
    }
    with engine.begin() as conn:
        conn.execute(insert(links).values(**row))


def build_store(url: str) -> Engine:
    engine = get_engine(url)
    run_ingest([str(EXAMPLES / "news")], engine)
    _save_kr_reports(engine)
    _save_undated_report(engine)
    _load_list(engine, LIST_V1, "v1")
    _load_list(engine, LIST_V2, "v2")
    _load_list(engine, OTHER_LIST, "o1", name="other")
    build_profiles(engine)
    _link(engine, "Kim Yong-bok", "demo-kim", "Kim Yong Bok", 0.93)
    _link(engine, SCRIPT, "demo-evil", SCRIPT, 0.88)
    _link(engine, "Rosneft", "demo-rosneft", "Rosneft", 0.99)
    _link(engine, "Kim Yong-bok", "demo-kimsu", "Kim Yong Su", 0.57)  # a candidate, no match
    rebuild_events(engine)
    return engine


@pytest.fixture(scope="module")
def engine(module_store_url: str) -> Engine:
    return build_store(module_store_url)


def make_app(engine: Engine) -> FastAPI:
    app = FastAPI()
    web.mount(app, engine)
    return app


@pytest.fixture(scope="module")
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(make_app(engine)) as http:
        yield http


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def kr_event_id(client: TestClient) -> str:
    page = soup(client.get("/web/events", params={"authority": "KR", "q": "Kim"}).text)
    [link] = page.select("#events-table tbody a")
    return str(link["href"]).rsplit("/", 1)[1]
