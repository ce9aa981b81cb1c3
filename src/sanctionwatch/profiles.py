"""One profile per real-world party: list entities of different lists that are the same
person, company, vessel or aircraft, grouped, with the evidence that joined them.

Evidence, strongest first (each is a key two entities share):

- the same entity id on two lists (OFAC's CSV and Enhanced XML both say `ofac-10391`);
- a cross-list reference: a UN reference number (`IRi.014`) that one list gives as
  its id and another quotes in its notes or listing, or the OFSI Group ID that the
  FCDO list gives for each designation;
- a shared identifier of six or more characters: IMO number, registration, tax, INN,
  OGRN, LEI, SWIFT/BIC, passport or national id number (for people and firms, only
  when their names share a word: two differently named people with one passport
  number is a question for an analyst);
- for people, the same name (any word order, any of their names) and the same full
  birth date, or, when the name has three or more words, the same birth year with
  dates that agree as far as both go (1952 and 1952-10-07, never 1952-10-07 and
  1952-03-01);
- for organisations, the same name of two or more words (12+ characters) and a
  shared country.

Two entities of the same list are never joined by evidence (a list has one entry
per party), a key that more than `MAX_SHARED` entities share is too common to
mean anything, and people, organisations, vessels and aircraft join only their
own kind. An analyst's stored judgement overrides all this: "same" joins two
entities, "different" keeps them apart whatever the evidence.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sanctionwatch.names import name_tokens

FAMILIES = {
    "Person": "person",
    "Organization": "org",
    "Company": "org",
    "LegalEntity": "org",
    "PublicBody": "org",
    "Vessel": "vessel",
    "Airplane": "aircraft",
}
IDENTIFIERS = (
    "imoNumber",
    "registrationNumber",
    "taxNumber",
    "innCode",
    "ogrnCode",
    "leiCode",
    "swiftBic",
    "passportNumber",
    "idNumber",
)
MAX_SHARED = 8  # a key shared by more entities than this is too common to join on
MIN_ID = 6  # shortest identifier compared
MIN_ORG_NAME = 12  # shortest organisation name (characters) joined on name and country
UN_REF = re.compile(r"\b([A-Z]{2}[ie]\.\d{3})\b")
OFSI_REF = re.compile(r"^OFSI Group ID (\d+)$")  # how the FCDO list names an OFSI entry
_ALNUM = re.compile(r"[^A-Z0-9]")

REASONS = {
    "same_id": "the same entity id on both lists",
    "unsc": "the same UN reference number",
    "ofsi": "the same OFSI Group ID",
    "identifier": "a shared identifier",
    "name_birth": "the same name and birth date",
    "name_year": "the same name and birth year",
    "name_country": "the same name and country",
    "judged_same": "an analyst judged them the same",
}


@dataclass
class Member:
    entity_id: str
    list_name: str
    schema: str
    caption: str
    keys: set[tuple[str, ...]] = field(default_factory=set)
    words: frozenset[str] = frozenset()  # every word of every name, for the identifier check
    births: frozenset[str] = frozenset()  # birth dates, for the birth-year check

    @property
    def ref(self) -> tuple[str, str]:
        return (self.list_name, self.entity_id)


@dataclass
class Profile:
    profile_id: str
    members: list[Member]
    reasons: dict[tuple[str, str], list[str]]  # member ref -> what joined it


def _name_key(name: str) -> str:
    return " ".join(sorted(name_tokens(name)))


def listing_keys(sanction: dict[str, Any]) -> set[tuple[str, ...]]:
    """Cross-list references a Sanction gives for the party it names: a UN reference
    number, an OFSI Group ID."""
    props: dict[str, list[str]] = sanction.get("properties") or {}
    keys: set[tuple[str, ...]] = {("unsc", ref) for ref in props.get("unscId", [])}
    for value in props.get("authorityId", []):
        if match := OFSI_REF.match(value):
            keys.add(("ofsi", match[1]))
    return keys


def name_words(entity: dict[str, Any]) -> frozenset[str]:
    """Every word of every name and alias of an entity."""
    props: dict[str, list[str]] = entity.get("properties") or {}
    names = [*props.get("name", []), *props.get("alias", []), *props.get("weakAlias", [])]
    return frozenset(w for n in names for w in name_tokens(n) if len(w) > 1)


def birth_dates(entity: dict[str, Any]) -> frozenset[str]:
    props: dict[str, list[str]] = entity.get("properties") or {}
    return frozenset(d[:10] for d in props.get("birthDate", []) if len(d) >= 4)


def keys_of(
    entity: dict[str, Any], listing: Iterable[tuple[str, ...]] = ()
) -> set[tuple[str, ...]]:
    """The evidence keys of one list entity (see the module's docstring); `listing`
    holds the keys its Sanctions give (`listing_keys`)."""
    family = FAMILIES.get(str(entity.get("schema")))
    if family is None:
        return set()
    props: dict[str, list[str]] = entity.get("properties") or {}
    ident = str(entity["id"])
    keys: set[tuple[str, ...]] = {("same_id", ident), *listing}
    refs: set[str] = set()
    if ident.startswith("un-"):
        refs.add(ident[3:])
    if ident.startswith("gb-hmt-"):  # the OFSI list's ids are its Group IDs
        keys.add(("ofsi", ident.removeprefix("gb-hmt-")))
    for note in props.get("notes", []):
        refs.update(UN_REF.findall(note))
    keys.update(("unsc", ref) for ref in refs)
    for prop in IDENTIFIERS:
        for value in props.get(prop, []):
            norm = _ALNUM.sub("", value.upper()).removeprefix("IMO")
            if len(norm) >= MIN_ID:
                keys.add(("identifier", family, norm))
    names = {n for n in [*props.get("name", []), *props.get("alias", [])] if n}
    if family == "person":
        for name in names:
            words = len(name_tokens(name))
            if words < 2:
                continue
            for birth in props.get("birthDate", []):
                if len(birth) >= 10:
                    keys.add(("name_birth", _name_key(name), birth[:10]))
                if words >= 3 and len(birth) >= 4:
                    keys.add(("name_year", _name_key(name), birth[:4]))
    elif family == "org":
        countries = {c.lower() for p in ("country", "jurisdiction") for c in props.get(p, [])}
        for name in props.get("name", []):
            key = _name_key(name)
            if len(name_tokens(name)) >= 2 and len(key) >= MIN_ORG_NAME:
                keys.update(("name_country", key, c) for c in countries)
    return keys


class _Groups:
    """Union-find over member refs, refusing joins that a "different" judgement or
    two members of one list forbid."""

    def __init__(self, members: dict[tuple[str, str], Member], apart: set[frozenset[str]]):
        self.parent = {ref: ref for ref in members}
        self.lists = {ref: {ref[0]} for ref in members}
        self.ids = {ref: {ref[1]} for ref in members}
        self.full = {ref: {d for d in m.births if len(d) == 10} for ref, m in members.items()}
        self.apart = apart

    def find(self, ref: tuple[str, str]) -> tuple[str, str]:
        while self.parent[ref] != ref:
            self.parent[ref] = self.parent[self.parent[ref]]
            ref = self.parent[ref]
        return ref

    def join(
        self, a: tuple[str, str], b: tuple[str, str], *, forced: bool = False, dates: bool = False
    ) -> bool:
        """Join the groups of a and b; `dates`: only when their full birth dates agree
        (a birth year alone must not chain two different birthdays into one party)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if dates and self.full[ra] and self.full[rb] and not self.full[ra] & self.full[rb]:
            return False
        if any(frozenset((x, y)) in self.apart for x in self.ids[ra] for y in self.ids[rb]):
            return False
        if not forced and self.lists[ra] & self.lists[rb]:
            return False
        self.parent[rb] = ra
        self.lists[ra] |= self.lists.pop(rb)
        self.ids[ra] |= self.ids.pop(rb)
        self.full[ra] |= self.full.pop(rb)
        return True


def _plausible(key: tuple[str, ...], a: Member, b: Member) -> bool:
    """Whether a shared key may join two members.

    A shared passport or registration number between people or firms whose names
    share no word is more likely a data error than one party: left to an analyst
    (vessels and aircraft change names; their numbers stand alone). A shared birth
    year joins only when the dates agree as far as both go ("1952" and "1952-10-07"),
    never two different full dates of the same year.
    """
    if key[0] == "name_year":
        return any(x.startswith(y) or y.startswith(x) for x in a.births for y in b.births)
    if key[0] != "identifier" or key[1] not in ("person", "org"):
        return True
    return not a.words or not b.words or bool(a.words & b.words)


def group(
    members: Iterable[Member],
    judgements: Iterable[tuple[str, str, str]] = (),
) -> list[Profile]:
    """Profiles over `members` (only those joined to another; singletons are left out).

    judgements: (entity id, entity id, "same" | "different"), later ones winning.
    """
    by_ref = {m.ref: m for m in members}
    by_id: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ref in by_ref:
        by_id[ref[1]].append(ref)
    decided: dict[frozenset[str], str] = {}
    for a, b, decision in judgements:
        decided[frozenset((a, b))] = decision
    apart = {pair for pair, d in decided.items() if d == "different"}
    groups = _Groups(by_ref, apart)
    reasons: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pair, decision in decided.items():
        if decision != "same" or len(pair) != 2:
            continue
        a, b = sorted(pair)
        for ra in by_id.get(a, []):
            for rb in by_id.get(b, []):
                if groups.join(ra, rb, forced=True):
                    reasons[rb].append(f"{REASONS['judged_same']} as {a}")
    holders: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for ref, member in by_ref.items():
        for key in member.keys:
            holders[key].append(ref)
    order = list(REASONS)
    for key in sorted(holders, key=lambda k: (order.index(k[0]), k)):
        refs = holders[key]
        if len(refs) < 2 or len(refs) > MAX_SHARED:
            continue
        for i, other in enumerate(refs[1:], start=1):
            anchor = next((a for a in refs[:i] if _plausible(key, by_ref[a], by_ref[other])), None)
            dates = key[0] == "name_year"
            if anchor is not None and groups.join(anchor, other, dates=dates):
                shown = " ".join(key[1:]) if key[0] != "identifier" else key[-1]
                reasons[other].append(f"{REASONS[key[0]]} ({shown}) with {anchor[1]}")
    clusters: dict[tuple[str, str], list[Member]] = defaultdict(list)
    for ref, member in by_ref.items():
        clusters[groups.find(ref)].append(member)
    out = []
    for cluster in clusters.values():
        if len(cluster) < 2:
            continue
        cluster.sort(key=lambda m: (m.list_name, m.entity_id))
        first = min(m.entity_id for m in cluster)
        pid = "pr-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:16]
        out.append(Profile(pid, cluster, {m.ref: reasons.get(m.ref, []) for m in cluster}))
    return sorted(out, key=lambda p: p.profile_id)
