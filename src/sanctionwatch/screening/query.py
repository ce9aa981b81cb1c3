"""`Query`: what is screened, from explicit fields or an FtM entity dict.

The same class holds a listed entity once it is prepared, so the scorer compares like
with like and the index precomputes everything the scorer reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from sanctionwatch.names import ORG_TYPES
from sanctionwatch.screening.script import (
    burmese_han,
    cantonese,
    foreign_han_readings,
    korean_han,
    other_reading,
    russian_of_belarusian,
    wade_giles,
)
from sanctionwatch.screening.text import (
    ANY,
    GENERIC,
    OBJECT,
    ORG,
    PERSON,
    NameForm,
    arabic_latin,
    han_cantonese,
    han_renderings,
    name_form,
    russian_latin,
    russian_renderings,
    split_names,
)

# Words that are no name alone: legal forms and generic organisation words.
_UNNAMED = ORG_TYPES | GENERIC
_NAME_PROPS = ("name", "alias", "previousName", "weakAlias", "abbreviation")
_COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "mainCountry", "flag")
_ID_PROPS = (
    "idNumber",
    "passportNumber",
    "taxNumber",
    "registrationNumber",
    "innCode",
    "ogrnCode",
    "leiCode",
    "swiftBic",
    "vatCode",
    "okpoCode",
    "mmsi",
    "callSign",
    "registrationNumber",
)
_SCHEMA_KIND = {
    "Person": PERSON,
    "Organization": ORG,
    "Company": ORG,
    "PublicBody": ORG,
    "Vessel": OBJECT,
    "Airplane": OBJECT,
    "Vehicle": OBJECT,
}
_NOT_ALNUM = re.compile(r"[^0-9A-Z]+")
_IMO = re.compile(r"(?:IMO)?\s*(\d{7})")
# An IMO number written into a name: 'OCEAN STAR (IMO 9123456)', 'IMO:9123456 OCEAN STAR',
# or a bare seven-digit number whose check digit holds ('OCEAN STAR 9123456').
_IMO_IN_NAME = re.compile(r"[(\[]?\s*\bIMO\b\W*(?:NO\b\.?\W*)?(\d{7})\b\s*[)\]]?", re.I)
_SEVEN_DIGITS = re.compile(r"(?<![\d-])\b(\d{7})\b(?![\d-])")


def imo_valid(number: str) -> bool:
    """The IMO check digit: the first six digits weighted 7..2, summed, last digit equal."""
    if len(number) != 7 or not number.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:6], range(7, 1, -1), strict=True))
    return total % 10 == int(number[6])


_MMSI_IN_NAME = re.compile(r"[(\[]?\s*\bMMSI\b\W*(\d{9})\b\s*[)\]]?", re.I)
_CALL_SIGN_IN_NAME = re.compile(r"[(\[]?\s*\bcall\s*sign\b\W*([A-Z0-9]{3,9})\b\s*[)\]]?", re.I)
_SEVEN_RUN = re.compile(r"\d{7}")  # what `_SEVEN_DIGITS` needs, found faster


def _may_hold(name: str, word: str) -> bool:
    """Whether a pattern above that reads `word` (lower case) in any case may match in
    `name`; false only where it cannot, so that most names skip its slower search. An
    ASCII name by its lower case; any other name is searched, as `re` folds some
    non-ASCII letters to ASCII ones ('İ' matches 'i', the Kelvin sign 'k')."""
    return word in name.lower() or not name.isascii()


def _without_codes(name: str) -> str:
    """`name` without the MMSI and call sign written in it."""
    if _may_hold(name, "mmsi"):
        name = _MMSI_IN_NAME.sub(" ", name)
    if _may_hold(name, "call"):
        name = _CALL_SIGN_IN_NAME.sub(" ", name)
    return name


def split_imo(name: str, bare_numbers: bool = True) -> tuple[str, list[str]]:
    """The name without the IMO numbers written in it, and those numbers. `bare_numbers`:
    take a seven-digit number with a valid check digit for one (vessels)."""
    found: list[str] = []
    if _may_hold(name, "imo"):
        found = [m[1] for m in _IMO_IN_NAME.finditer(name)]
        name = _IMO_IN_NAME.sub(" ", name)
    bare: list[str] = []
    if bare_numbers and _SEVEN_RUN.search(name):
        bare = [m[1] for m in _SEVEN_DIGITS.finditer(name) if imo_valid(m[1])]
    for number in bare:
        name = name.replace(number, " ")
    if not (found or bare):
        return name, []
    return " ".join(name.replace(" - ", " ").split()).strip(" -,:;"), found + bare


def schema_kind(schema: str | None) -> str:
    """person, org, object, or any for LegalEntity/Thing/unknown schemata."""
    return _SCHEMA_KIND.get(schema or "", ANY)


def clean_identifier(value: str) -> str | None:
    """Upper-case alphanumerics, at least six (shorter ones collide): 'ab-123 456' -> 'AB123456'."""
    key = _NOT_ALNUM.sub("", value.upper())
    return key if len(key) >= 6 else None


def clean_imo(value: str) -> str | None:
    found = _IMO.search(value.upper())
    return found.group(1) if found else None


def _full_name(props: Mapping[str, list[str]]) -> list[str]:
    parts = [props.get(p, [None])[0] for p in ("firstName", "middleName", "lastName")]
    joined = " ".join(p for p in parts if p)
    return [joined] if joined and not props.get("name") else []


def _read_from(han: str, form: NameForm) -> NameForm:
    """`form`, a reading of the name `han` in Han (Wade-Giles, Cantonese), with `han` its
    original, as its pinyin reading has: what the comparison reads exactly, syllable for
    syllable (`names.read_from_han`), and what the explanation quotes."""
    return replace(form, original=han)


@dataclass(eq=False)
class Query:
    """A party to screen: names plus whatever confirms or contradicts them.

    >>> Query(names=["Kim Jong Un"], schema="Person", birth_dates=["1984-01-08"]).kind
    'person'
    """

    names: list[str]
    schema: str | None = None
    birth_dates: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    imo: list[str] = field(default_factory=list)  # a single string is taken as one value
    identifiers: list[str] = field(default_factory=list)
    id: str | None = None

    def __post_init__(self) -> None:
        # A single value where a list is expected ('imo="9123456"') is that one value.
        for attr in ("names", "birth_dates", "countries", "imo", "identifiers"):
            value = getattr(self, attr)
            if isinstance(value, str):
                setattr(self, attr, [value])

    @classmethod
    def from_entity(cls, entity: Mapping[str, Any]) -> Query:
        """From an FtM entity dict ({"id", "schema", "properties": {...}})."""
        props: Mapping[str, list[str]] = entity.get("properties") or {}
        names = [n for p in _NAME_PROPS for n in props.get(p, [])] + _full_name(props)
        return cls(
            names=names,
            schema=entity.get("schema"),
            birth_dates=list(props.get("birthDate", [])) + list(props.get("incorporationDate", [])),
            countries=[c for p in _COUNTRY_PROPS for c in props.get(p, [])],
            imo=list(props.get("imoNumber", [])),
            identifiers=[i for p in _ID_PROPS for i in props.get(p, [])],
            id=entity.get("id"),
        )

    @cached_property
    def kind(self) -> str:
        return schema_kind(self.schema)

    @cached_property
    def forms(self) -> tuple[NameForm, ...]:
        """Distinct normalised names; aliases that normalise alike are compared once. The
        `rendered` ones last."""
        named, rendered = self._readings()
        return named + rendered

    @cached_property
    def rendered(self) -> int:
        """How many of `forms`, the last ones, read an organisation's Han or Russian words
        in their other renderings (`han_renderings`: '汽车' Motor; `russian_renderings`:
        'морской' Sea, Maritime): the index retrieves candidates for each apart, as their
        common words ('science', 'tech') summed with the name's would crowd out the name's
        own candidates ('保利科技' Poly Technologies). A count, not the forms: an index file
        keeps a listed entity's attributes as plain values."""
        if self.kind != ORG or all(name.isascii() for name in self.names):
            return 0
        return len(self._readings()[1])

    def _readings(self) -> tuple[tuple[NameForm, ...], tuple[NameForm, ...]]:
        seen: dict[tuple[str, ...], NameForm] = {}
        rendered: dict[tuple[str, ...], NameForm] = {}
        for written in self.names:
            full = written
            if self.kind in (OBJECT, ANY):
                full = _without_codes(written)
                full = split_imo(full, self.kind == OBJECT)[0]
            parts = split_names(full)
            for name in [full, *parts] if len(parts) > 1 else [full]:
                form = name_form(name, self.kind)
                if name is not full and form.tokens and _UNNAMED.issuperset(form.tokens):
                    # '(АО)', '(LLC)' after a name: a legal form, no name of its own, which
                    # would equal every listed name that has one apart ('Gazprombank
                    # (Joint Stock Company)'); so is a generic word ('Jiangnan Shipyard
                    # (Group)', '(集团)').
                    continue
                if form.tokens and form.tokens not in seen:
                    seen[form.tokens] = form
                if other_reading(name):  # Arabic script: also letter by letter
                    form = name_form(name, self.kind, table=False)
                    if form.tokens and form.tokens not in seen:
                        seen[form.tokens] = form
                if self.kind == PERSON and (latin := wade_giles(name)):  # Han: Taiwan's
                    form = _read_from(name, name_form(latin, self.kind))
                    if form.tokens and form.tokens not in seen:
                        seen[form.tokens] = form
                    # ... and Hong Kong's spelling of Cantonese ('譚耀宗' Tam Yiu-chung)
                    form = _read_from(name, name_form(cantonese(name) or "", self.kind))
                    if form.tokens and form.tokens not in seen:
                        seen[form.tokens] = form
                    # ... and a Korean name's Sino-Korean reading ('金正恩' Kim Jong Un)
                    form = _read_from(name, name_form(korean_han(name) or "", self.kind))
                    if form.tokens and form.tokens not in seen:
                        seen[form.tokens] = form
                    # ... and a foreign name's transliteration ('吐尼亚孜' Tuniyaz), a
                    # Burmese name's ('敏昂莱' Min Aung Hlaing): spellings of sounds, not
                    # syllables read exactly as a Chinese name's (`names.read_from_han`),
                    # compared as the Latin names they are ('mujetaba' Mojtaba)
                    for spelt in (*foreign_han_readings(name), *burmese_han(name)):
                        form = name_form(spelt, self.kind)
                        if form.tokens and form.tokens not in seen:
                            seen[form.tokens] = form
                if self.kind == ORG:  # words English names render otherwise ('汽车' Motor,
                    # 'морской' Sea)
                    for rendering in han_renderings(name) or russian_renderings(name):
                        form = _read_from(name, name_form(rendering, self.kind))
                        if form.tokens:
                            rendered.setdefault(form.tokens, form)
                    # ... and Hong Kong's Cantonese ('順威' Shuen Wai, not Shunwei)
                    if (read := han_cantonese(name)) is not None:
                        form = _read_from(name, name_form(read, self.kind))
                        if form.tokens:
                            rendered.setdefault(form.tokens, form)
                if self.kind == ORG and (latin := russian_latin(name)) is not None:
                    # ... and a Latin name's Russian words in English ('Finansovye
                    # Informatsionnye Sistemy' Financial Information Systems)
                    form = name_form(latin, self.kind)
                    if form.tokens and form.tokens not in seen:
                        seen[form.tokens] = form
                if self.kind == ORG and (arabic := arabic_latin(name)) is not None:
                    # ... and its Arabic and Persian words in English ('Jund al-Aqsa'
                    # Soldiers of Aqsa)
                    form = name_form(arabic, self.kind)
                    if form.tokens and form.tokens not in seen:
                        seen[form.tokens] = form
                if (russian := russian_of_belarusian(name)) is not None:  # 'Эйбатаў' Eibatov
                    form = name_form(russian, self.kind)
                    if form.tokens and form.tokens not in seen:
                        seen[form.tokens] = form

        others = tuple(f for tokens, f in rendered.items() if tokens not in seen)
        return tuple(seen.values()), others

    @cached_property
    def form_keys(self) -> frozenset[tuple[str, ...]]:
        return frozenset(f.key for f in self.forms)

    @cached_property
    def hook_sets(self) -> tuple[frozenset[str], ...]:
        """Each form's `hooks` as a set, in the order of `forms`: what the scorer tests
        each candidate's forms against. Made for a query, not for every listed entity
        (`prepare` leaves it out): a set per name would be most of the index's memory."""
        return tuple(frozenset(f.hooks) for f in self.forms)

    @cached_property
    def years(self) -> frozenset[int]:
        return frozenset(int(d[:4]) for d in self.birth_dates if d[:4].isdigit())

    @cached_property
    def dates(self) -> frozenset[str]:
        return frozenset(d[:10] for d in self.birth_dates if len(d) >= 10)

    @cached_property
    def country_set(self) -> frozenset[str]:
        return frozenset(c.strip().lower()[:2] for c in self.countries if c.strip())

    @cached_property
    def imo_set(self) -> frozenset[str]:
        found = {clean_imo(v) for v in self.imo}
        if self.kind in (OBJECT, ANY):  # 'OCEAN STAR IMO 9123456': the number is no name
            bare = self.kind == OBJECT
            found.update(i for name in self.names for i in split_imo(name, bare)[1])
        return frozenset(filter(None, found))

    @cached_property
    def identifier_set(self) -> frozenset[str]:
        found = {clean_identifier(v) for v in self.identifiers}
        if self.kind in (OBJECT, ANY):  # 'OCEAN STAR MMSI 123456789'
            for name in self.names:
                if _may_hold(name, "mmsi"):
                    found.update(m[1] for m in _MMSI_IN_NAME.finditer(name))
                if _may_hold(name, "call"):
                    found.update(clean_identifier(m[1]) for m in _CALL_SIGN_IN_NAME.finditer(name))
        return frozenset(filter(None, found))


def prepare(entity: Query | Mapping[str, Any]) -> Query:
    """A `Query` with its normalised forms computed, from a Query or an FtM dict."""
    query = entity if isinstance(entity, Query) else Query.from_entity(entity)
    for attr in (
        "forms",
        "form_keys",
        "years",
        "dates",
        "country_set",
        "imo_set",
        "identifier_set",
    ):
        getattr(query, attr)
    return query


def prepare_all(entities: Iterable[Query | Mapping[str, Any]]) -> Iterable[Query]:
    return (prepare(e) for e in entities)
