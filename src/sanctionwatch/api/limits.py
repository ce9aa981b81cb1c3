"""Bounds on the work one request may ask for, each with a 400 that names the setting.

Screening cost grows with the number of names, their length and their words, so
each is capped before anything is scored; the settings say how far.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sanctionwatch import settings
from sanctionwatch.api.errors import BadRequest, ErrorItem

# FtM name-type properties of a query: each value is a name to screen.
NAME_PROPS = frozenset(
    (
        "name",
        "alias",
        "previousName",
        "weakAlias",
        "abbreviation",
        "firstName",
        "middleName",
        "lastName",
        "fatherName",
        "motherName",
        "secondName",
    )
)


@dataclass(frozen=True)
class Limits:
    name_chars: int
    names: int
    tokens: int
    body_bytes: int

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            name_chars=settings.get_int("API_MAX_NAME_CHARS"),
            names=settings.get_int("API_MAX_NAMES"),
            tokens=settings.get_int("API_MAX_TOKENS"),
            body_bytes=settings.get_int("API_MAX_BODY_BYTES"),
        )

    def check_text(self, loc: str, text: str, *, words: bool) -> None:
        """One value: at most `name_chars` characters and, for a name, `tokens` words."""
        if len(text) > self.name_chars:
            raise _over(
                loc,
                f"{len(text):,} characters, over the limit of {self.name_chars:,} "
                "(SANCTIONWATCH_API_MAX_NAME_CHARS)",
            )
        if words:
            count = len(text.split())
            if count > self.tokens:
                raise _over(
                    loc,
                    f"{count:,} words, over the limit of {self.tokens} "
                    "(SANCTIONWATCH_API_MAX_TOKENS)",
                )

    def check_properties(self, key: str, properties: dict[str, Any]) -> None:
        """A /match query's properties: counts of names and values, then each value."""
        names = 0
        for prop, raw in properties.items():
            values = raw if isinstance(raw, list) else [raw]
            loc = f"queries.{key}.properties.{prop}"
            if prop in NAME_PROPS:
                names += len(values)
            if len(values) > self.names or names > self.names:
                what = "names" if prop in NAME_PROPS else f"values of {prop}"
                count = names if prop in NAME_PROPS else len(values)
                raise _over(
                    loc,
                    f"{count:,} {what} or more, over the limit of {self.names} "
                    "(SANCTIONWATCH_API_MAX_NAMES)",
                )
            for value in values:
                self.check_text(loc, str(value), words=prop in NAME_PROPS)


def _over(loc: str, msg: str) -> BadRequest:
    return BadRequest(f"{loc}: {msg}", [ErrorItem(loc=loc, msg=msg)])
