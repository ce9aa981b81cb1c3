"""Every setting in one place: a prefixed environment variable, a default and one line of help.

`sanctionwatch settings` prints this table; tests check that the README documents each one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

PREFIX = "SANCTIONWATCH_"


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        return PREFIX + self.name

    def value(self) -> str:
        return os.environ.get(self.env, self.default)


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "DB",
            "sqlite:///sanctionwatch.db",
            "SQLAlchemy URL of the store (SQLite file or PostgreSQL).",
        ),
        Setting(
            "MAX_ARTICLE_BYTES",
            str(10 * 1024 * 1024),
            "Largest article (a file, or a JSONL line) read, in bytes; larger ones are refused.",
        ),
        Setting(
            "LOG_LEVEL", "WARNING", "Log level of messages on stderr (DEBUG, INFO, WARNING, ERROR)."
        ),
        Setting(
            "LIST_SOURCES",
            "",
            "JSON file of sources (name, url or urls) for `lists update`; empty: official URLs.",
        ),
        Setting(
            "LIST_MAX_BYTES",
            str(500 * 1024 * 1024),
            "Largest list file downloaded, and largest CSV list read (unpacked), in bytes.",
        ),
        Setting("HTTP_TIMEOUT", "60", "Seconds to wait on a list download before giving up."),
        Setting(
            "LOAD_NICENESS",
            "10",
            "Niceness `lists load` and `lists update` add to their work (Linux), and that "
            "the server's own index builder runs at: a server on this host answers first; "
            "0 loads at full priority.",
        ),
        Setting(
            "LIST_MIN_RATIO",
            "0.5",
            "A load with fewer than this share of the current version's entities needs --force.",
        ),
        Setting(
            "API_MAX_LIMIT",
            "500",
            "Largest `limit` a /match or /search request may ask for; more is a 400.",
        ),
        Setting("API_MAX_BATCH", "100", "Most queries in one /match request; more is a 400."),
        Setting(
            "API_MAX_BODY_BYTES",
            str(256 * 1024),
            "Largest request body the API reads, in bytes; a larger one is a 413.",
        ),
        Setting(
            "API_MAX_NAME_CHARS",
            "500",
            "Longest value (a name or any other) in a /match query, and longest /search q.",
        ),
        Setting(
            "API_MAX_NAMES",
            "50",
            "Most names (name, alias and the like together) in one /match query, and most "
            "values of any other property.",
        ),
        Setting("API_MAX_TOKENS", "30", "Most words in one name of a /match query or /search q."),
        Setting(
            "API_WORKERS",
            "2",
            "Threads that score /search requests (and /match when API_PROCESSES is 1), "
            "off the event loop.",
        ),
        Setting(
            "API_PROCESSES",
            "auto",
            "Processes that score /match requests for `serve` (auto: one per core; 1: "
            "threads of the server process).",
        ),
        Setting(
            "API_QUEUE",
            "64",
            "Most requests waiting for a scoring thread; more get a 503 asking to retry.",
        ),
        Setting(
            "API_REQUEST_SECONDS",
            "10",
            "Time budget of one /match or /search request; past it the request gets a 503.",
        ),
        Setting(
            "API_KEYS",
            "",
            "Comma-separated API keys; state-changing endpoints (POST /updatez) need one.",
        ),
        Setting(
            "API_KEYS_FOR_READS",
            "false",
            "true: every endpoint but /healthz and /readyz needs an API key too.",
        ),
        Setting(
            "API_CORS_ORIGINS",
            "",
            "Comma-separated origins allowed to call the API from a browser; empty: none.",
        ),
        Setting(
            "API_REFRESH_SECONDS",
            "10",
            "How often the API server checks the store for new list versions and re-indexes.",
        ),
        Setting(
            "INDEX_DIR",
            "",
            "Folder for screening index files; empty: beside a SQLite store, else the user's "
            "cache folder; off: never kept on disk.",
        ),
        Setting(
            "PATTERN_CACHE",
            "",
            "Folder for the extractor's compiled patterns, kept between runs; empty: the "
            "user's cache folder; off: compiled in every process.",
        ),
        Setting(
            "SPARK_LOCAL_JVM",
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1",
            "JVM options of a local-mode Spark session (C1 and the serial collector: about "
            "half the start-up CPU); empty: Spark's own.",
        ),
    )
}


def get(name: str) -> str:
    """The current value of a setting, from the environment or its default."""
    return SETTINGS[name].value()


def get_int(name: str) -> int:
    raw = get(name)
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{SETTINGS[name].env}={raw!r} is not an integer") from None


def get_list(name: str) -> list[str]:
    """A comma-separated setting as its non-empty items."""
    return [item.strip() for item in get(name).split(",") if item.strip()]


def get_bool(name: str) -> bool:
    raw = get(name).strip().lower()
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("", "0", "false", "no", "off"):
        return False
    raise ValueError(f"{SETTINGS[name].env}={raw!r} is not true or false")
