"""Templates: one autoescaping Jinja2 environment and one way to render a page."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from sanctionwatch import __version__

TEMPLATES = Path(__file__).parent / "templates"

# No inline script is ever allowed: even a name that slipped past escaping could
# not run. Data for the charts travels in JSON <script> blocks, which are not
# executed. Inline styles are allowed because Cytoscape.js injects its own.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


@cache
def _labels() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        (Path(__file__).parent / "data" / "labels.json").read_text("utf-8")
    )
    return data


def feature_label(name: str) -> str:
    """A scorer feature as an analyst reads it: 'name_match' -> 'Same name'."""
    return _labels()["features"].get(name, name.replace("_", " ").capitalize())


def prop_label(field: str, schema: str = "Thing") -> str:
    """A list entity's field as the FtM model labels it ('birthDate' -> 'Birth date');
    a listing fact folded in from a Sanction by its own label."""
    if field in _labels()["listing"]:
        return _labels()["listing"][field]
    from followthemoney import model

    found = model.get(schema) or model.get("Thing")
    prop = found.get(field) if found is not None else None
    return str(prop.label) if prop is not None else field


def field_label(name: str) -> str:
    """A compared field of an event: 'count.vessel' -> 'Number of vessels';
    'target:kim yong bok' -> 'Spelling of a target'."""
    if name.startswith("target:"):
        return "Spelling of a target"
    return _labels()["fields"].get(name, name.replace("_", " ").replace(".", " ").capitalize())


_SPACE = re.compile(r"\s+")
HEAD_WORDS = 12


def article_label(article: dict[str, Any]) -> str:
    """An article's title; for an untitled one, its opening words (and where it came
    from), never its content hash."""
    title = (article.get("title") or "").strip()
    if title:
        return title
    text = _SPACE.sub(" ", article.get("text") or "").strip()
    words = text.split(" ")
    head = " ".join(words[:HEAD_WORDS]) + ("…" if len(words) > HEAD_WORDS else "")
    origin = ", ".join(str(v) for v in (article.get("source"), article.get("published")) if v)
    if head:
        return f"“{head}”" + (f" ({origin})" if origin else "")
    return f"Untitled article ({origin})" if origin else "Untitled article"


def is_web_url(value: object) -> bool:
    """Only http(s) URLs become links: a `javascript:` or `data:` URL stays text."""
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    env.filters["feature_label"] = feature_label
    env.filters["field_label"] = field_label
    env.filters["prop_label"] = prop_label
    env.filters["article_label"] = article_label
    env.tests["web_url"] = is_web_url
    return env


ENV = _environment()


def page_url(request: Request, route: str, query: dict[str, Any] | None = None, **path: Any) -> str:
    """The path of a named page route, with a query string from the non-empty values."""
    url = request.app.url_path_for(route, **path)
    url = request.scope.get("root_path", "").rstrip("/") + str(url)
    pairs = [(k, v) for k, v in (query or {}).items() if v not in (None, "", [])]
    flat = [(k, x) for k, v in pairs for x in (v if isinstance(v, list) else [v])]
    return f"{url}?{urlencode(flat)}" if flat else url


def render(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    def url(route: str, query: dict[str, Any] | None = None, **path: Any) -> str:
        return page_url(request, route, query, **path)

    html = ENV.get_template(template).render(request=request, url=url, **context)
    response = HTMLResponse(html, status_code=status_code)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def error_page(request: Request, status_code: int, title: str, messages: list[str]) -> HTMLResponse:
    """A page that says what went wrong and what to do, with a real HTTP status."""
    context = {"title": title, "messages": messages, "status": status_code}
    return render(request, "error.html", context, status_code)
