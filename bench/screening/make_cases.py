"""Build `cases.csv`: labelled screening queries made from real list entities.

    .venv/bin/python bench/screening/make_cases.py [--per-class 150]

Each row is a query (name, schema, optional birth date, country, IMO), the id of one
listed entity, and whether the query is that entity (1) or a hard negative (0). Queries
are perturbed copies of listed names, one perturbation class a row; the perturbations
are written from how names vary in the wild, not from the scorer's data files.
The bench screens against Latin-script names only (see `corpus.py`), so a query in
another script tests transliteration rather than an exact alias lookup.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from corpus import is_latin, load_entities

HERE = Path(__file__).parent
Entity = dict[str, Any]
Case = dict[str, str]

# Latin to Cyrillic, the way Russian lists write foreign names (longest first).
_CYR = [
    ("shch", "щ"), ("sch", "ш"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("a", "а"), ("b", "б"), ("v", "в"),
    ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "й"), ("k", "к"),
    ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
    ("t", "т"), ("u", "у"), ("f", "ф"), ("c", "к"), ("h", "х"), ("w", "в"), ("x", "кс"),
    ("j", "дж"), ("q", "к"),
]  # fmt: skip
# McCune-Reischauer to Revised Romanization and South Korean habits, as rewrite rules.
_KOREAN_RULES = [
    (r"\bKim\b", "Gim"), (r"\bRi\b", "Lee"), (r"\bRi\b", "Rhee"), (r"\bPak\b", "Park"),
    (r"\bChoe\b", "Choi"), (r"ong\b", "eong"), (r"\bCh(?=[aeiou])", "J"), (r"yo", "yeo"),
    (r"ŏ", "eo"), (r"ŭ", "eu"), (r"(?<=[a-z])un\b", "eun"), (r"ol\b", "eol"),
    (r"K(?=[aeiouw])", "G"),
]  # fmt: skip
_KOREAN_SURNAMES = {"kim", "ri", "pak", "choe", "jong", "chong", "han", "o", "ju", "kang", "jo"}
# Arabic name spellings as transliterations differ.
_ARABIC_SWAPS = {
    "mohammed": ["Muhammad", "Mohamed", "Mohammad"],
    "muhammad": ["Mohammed", "Mohamed", "Muhammed"],
    "mohamed": ["Muhammad", "Mohammed"],
    "mohammad": ["Muhammad", "Mohamad"],
    "ahmed": ["Ahmad"],
    "ahmad": ["Ahmed"],
    "hussein": ["Husayn", "Husain"],
    "husayn": ["Hussein"],
    "hassan": ["Hasan"],
    "hasan": ["Hassan"],
    "yusuf": ["Yousef", "Youssef"],
    "omar": ["Umar"],
    "umar": ["Omar"],
    "abdul": ["Abd al", "Abdel"],
    "abd": ["Abdul"],
    "abdullah": ["Abdallah"],
    "said": ["Saeed", "Sayed"],
    "bin": ["Ibn", "Ben"],
}
_LEGAL_FORMS = [
    ["LLC", "OOO", "Limited Liability Company", "Obshchestvo s Ogranichennoy Otvetstvennostyu"],
    ["JSC", "AO", "Joint Stock Company", "Aktsionernoe Obshchestvo"],
    ["CJSC", "ZAO", "Closed Joint Stock Company"],
    ["PJSC", "PAO", "Public Joint Stock Company"],
    ["Co. Ltd", "Company Limited", "Co., Ltd.", "Limited"],
    ["GmbH", "Gesellschaft mit beschränkter Haftung"],
]
_FORM_RE = re.compile(
    r"\b(LLC|OOO|JSC|OJSC|CJSC|PJSC|ZAO|OAO|PAO|AO|Ltd|Limited|Co\.?,? Ltd\.?|GmbH|"
    r"Company Limited|Joint Stock Company|Limited Liability Company)\b\.?",
    re.I,
)
_FORM_WORDS = re.compile(
    r"\b(joint|stock|company|limited|liability|open|closed|public|obshchestvo|s|"
    r"ogranichenn\w*|otvetstvenn\w*|aktsionern\w*|zakryt\w*|otkryt\w*|publichn\w*)\b",
    re.I,
)
_GIVEN_NAMES = ["Ivan", "Sergey", "Ali", "Ahmad", "Maria", "John", "Chol", "Nam", "Olga", "Omar"]


def names(entity: Entity) -> list[str]:
    props = entity.get("properties", {})
    return [n for n in props.get("name", []) if is_latin(n)]


def prop(entity: Entity, name: str) -> str:
    values = entity.get("properties", {}).get(name) or [""]
    return values[0]


def to_cyrillic(name: str) -> str:
    out, text = [], name.lower()
    while text:
        for latin, cyr in _CYR:
            if text.startswith(latin):
                out.append(cyr)
                text = text[len(latin) :]
                break
        else:
            out.append(text[0])
            text = text[1:]
    return " ".join(w.capitalize() for w in "".join(out).split(" "))


def typo(rng: random.Random, name: str) -> str | None:
    words = name.split()
    long = [i for i, w in enumerate(words) if len(w) >= 5]
    if not long:
        return None
    i = rng.choice(long)
    w, k = words[i], rng.randrange(1, len(words[i]) - 1)
    op = rng.choice(["drop", "swap", "double", "replace"])
    if op == "drop":
        w = w[:k] + w[k + 1 :]
    elif op == "swap":
        w = w[: k - 1] + w[k] + w[k - 1] + w[k + 1 :]
    elif op == "double":
        w = w[:k] + w[k] + w[k:]
    else:
        w = w[:k] + rng.choice("aeioulnrst") + w[k + 1 :]
    words[i] = w
    return " ".join(words)


def _tokens(name: str) -> list[str]:
    return name.replace(",", " ").split()


def perturb(rng: random.Random, kind: str, entity: Entity) -> str | None:
    """A query name in perturbation class `kind`, or None where it does not apply."""
    pool = names(entity)
    if not pool:
        return None
    name = rng.choice(pool)
    words = _tokens(name)
    schema = entity["schema"]
    if kind == "script_real":
        others = [n for n in entity["properties"].get("name", []) if not is_latin(n)]
        others += [n for n in entity["properties"].get("alias", []) if not is_latin(n)]
        return rng.choice(others) if others else None
    if kind == "script_cyrillic":
        return to_cyrillic(name) if schema == "Person" else None
    if kind == "korean":
        if schema == "Vessel" or not {w.lower().strip("-") for w in words} & _KOREAN_SURNAMES:
            return None
        name = out = name.title()  # lists write 'KIM, Chol': the rules read 'Kim, Chol'
        for pattern, repl in rng.sample(_KOREAN_RULES, k=4):
            out = re.sub(pattern, repl, out)
        if rng.random() < 0.5:
            out = re.sub(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)$", lambda m: f"{m[1]}-{m[2].lower()}", out)
        return out if out != name else None
    if kind == "arabic":
        hits = [i for i, w in enumerate(words) if w.lower().strip(",") in _ARABIC_SWAPS]
        particles = [i for i, w in enumerate(words) if w.lower().startswith(("al-", "el-"))]
        if not hits and not particles:
            return None
        for i in hits:
            words[i] = rng.choice(_ARABIC_SWAPS[words[i].lower().strip(",")])
        for i in particles:
            rest = words[i][3:]
            words[i] = rng.choice([f"El-{rest}", f"al {rest}", rest, f"Al{rest.lower()}"])
        return " ".join(words)
    if kind == "token_order":
        if len(words) < 2:
            return None
        return " ".join(words[-1:] + words[:-1]) if schema == "Person" else " ".join(words[::-1])
    if kind == "missing_middle":
        if schema != "Person" or len(words) < 3:
            return None
        del words[rng.randrange(1, len(words) - 1)]
        return " ".join(words)
    if kind == "initials":
        if schema != "Person" or len(words) < 2:
            return None
        i = rng.randrange(0, len(words) - 1)
        words[i] = words[i][0] + "."
        return " ".join(words)
    if kind == "legal_form":
        if schema not in ("Organization", "Company"):
            return None
        bare = _FORM_RE.sub("", name).strip(" ,.-")
        if not bare or bare == name:
            return None
        form = rng.choice(rng.choice(_LEGAL_FORMS))
        return rng.choice([f"{form} {bare}", f"{bare} {form}", bare])
    if kind == "vessel":
        if schema != "Vessel":
            return None
        return f"{rng.choice(['MV', 'M/V', 'MT', 'M.V.', 'M/T'])} {name}"
    if kind == "typo":
        return typo(rng, name)
    if kind == "truncation":
        if len(words) >= 3 and schema != "Person":
            short = " ".join(words[:-1])
            # Cutting a name down to its legal form ('Joint Stock Company') leaves no name.
            return short if _FORM_WORDS.sub("", _FORM_RE.sub("", short)).strip(" ,.-") else None
        long = [i for i, w in enumerate(words) if len(w) >= 8]
        if not long:
            return None
        i = rng.choice(long)
        words[i] = words[i][: len(words[i]) - 2]
        return " ".join(words)
    raise ValueError(kind)


POSITIVE = [
    "script_real",
    "script_cyrillic",
    "korean",
    "arabic",
    "token_order",
    "missing_middle",
    "initials",
    "legal_form",
    "vessel",
    "typo",
    "truncation",
]


def _case(kind: str, label: int, entity: Entity, query: str, **extra: str) -> Case:
    row = {
        "class": kind,
        "label": str(label),
        "candidate_id": entity["id"],
        "candidate_name": (names(entity) or [""])[0],
        "query_name": query,
        "query_schema": entity["schema"],
        "query_birth_date": "",
        "query_country": "",
        "query_imo": "",
    }
    row.update(extra)
    return row


def _extras(rng: random.Random, entity: Entity) -> dict[str, str]:
    # Half the queries carry what a screening request often has: a birth date and a country.
    if rng.random() < 0.5:
        return {}
    return {"query_birth_date": prop(entity, "birthDate"), "query_country": prop(entity, "country")}


def negatives(rng: random.Random, entities: list[Entity]) -> Iterator[Case]:
    persons = [e for e in entities if e["schema"] == "Person" and names(e)]
    by_surname: dict[str, list[Entity]] = defaultdict(list)
    for e in persons:
        by_surname[_tokens(names(e)[0])[-1].lower()].append(e)
    for e in rng.sample(persons, min(len(persons), 400)):
        words = _tokens(names(e)[0])
        if len(words) < 2:
            continue
        given = rng.choice([g for g in _GIVEN_NAMES if g.lower() not in names(e)[0].lower()])
        yield _case("neg_surname", 0, e, " ".join([given, *words[1:]]))
    orgs = [e for e in entities if e["schema"] in ("Organization", "Company") and names(e)]
    by_token: dict[str, list[Entity]] = defaultdict(list)
    for e in orgs:
        for t in {w.lower() for w in _tokens(names(e)[0]) if len(w) >= 4}:
            by_token[t].append(e)
    for e in rng.sample(orgs, min(len(orgs), 600)):
        words = [w.lower() for w in _tokens(names(e)[0]) if len(w) >= 4]
        # Another party of the same list: across lists one party has several ids.
        source = e["id"].split("-")[0]
        others = [o for w in words for o in by_token[w] if o["id"].split("-")[0] == source]
        others = [o for o in others if o["id"] != e["id"]]
        others = [o for o in others if names(o)[0].lower() != names(e)[0].lower()]
        if others:
            other = rng.choice(others)
            yield _case("neg_org", 0, other, names(e)[0], query_schema=e["schema"])
    for e in [e for e in persons if prop(e, "birthDate")][:300]:
        year = int(prop(e, "birthDate")[:4]) + rng.choice([-12, -7, 9, 15])
        yield _case("neg_birth_year", 0, e, names(e)[0], query_birth_date=str(year))
    for e in [e for e in entities if e["schema"] == "Vessel" and prop(e, "imoNumber")][:300]:
        other_imo = str(9000000 + rng.randrange(999999))
        yield _case("neg_imo", 0, e, names(e)[0], query_imo=other_imo)


def positives(rng: random.Random, entities: list[Entity], per_class: int) -> Iterator[Case]:
    order = entities[:]
    rng.shuffle(order)
    for kind in POSITIVE:
        made = 0
        for e in order:
            query = perturb(rng, kind, e)
            if query:
                extra = _extras(rng, e)
                if kind == "vessel" and prop(e, "imoNumber") and rng.random() < 0.3:
                    query, extra = (
                        "RENAMED " + str(rng.randrange(99)),
                        {"query_imo": prop(e, "imoNumber")},
                    )
                yield _case(kind, 1, e, query, **extra)
                made += 1
                if made >= per_class:
                    break


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, default=HERE / "cases.csv")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    entities = [e for e in load_entities() if e["schema"] != "Sanction"]
    rows = list(positives(rng, entities, args.per_class))
    by_class: dict[str, list[Case]] = defaultdict(list)
    for case in negatives(rng, entities):
        by_class[case["class"]].append(case)
    for cases in by_class.values():
        rows += rng.sample(cases, min(len(cases), args.per_class))
    with args.output.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row["class"]] += 1
    print(f"{len(rows)} cases from {len(entities)} entities: {dict(counts)}", file=sys.stderr)


if __name__ == "__main__":
    main()
