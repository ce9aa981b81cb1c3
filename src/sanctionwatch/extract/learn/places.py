"""Places the official lists write in addresses and places of birth, as a vocabulary.

Sanctions news names cities, provinces and ports in passing ("a firm in Shenzhen",
"fighting around El Fasher"), and a capitalised place in a trigger's clause reads
like a party. The lists themselves hold thousands of such places: the city and
province of each address and every part of each place of birth. Built from
`../shared/lists` (`python -m sanctionwatch.extract.learn.places`) into
`data/places.txt`, one normalised place a line, and read by the target judge as a
feature ("place"): a judge trained on a few hundred articles learns what a place
does from all the places of the lists, not only from the ones its articles name.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from sanctionwatch.extract.learn import gazetteer
from sanctionwatch.extract.vocabulary import DATA, load_lines, rule

FILE = "places.txt"
# an address's parts before its last two are streets and buildings more often than places
ADDRESS_PARTS = 2
# words that say what kind of place a part is ("Kandahar Province"): the place is
# also written without them
KIND_WORDS = frozenset(load_lines("place_kinds.txt"))
MAX_WORDS = 4
# words of the lists' address fields that are no part of a place ("Afghanistan address")
NOISE = frozenset(load_lines("place_noise.txt"))
DIGIT = re.compile(r"\d")  # mechanics: a part with digits is no place
# ", Iran" / "(Najaf)": separators of an address or place of birth
PARTS = rule("learn.place_parts")


def parts(value: str, keep: int | None) -> Iterable[str]:
    """The place names of an address (its last `keep` parts) or place of birth (all)."""
    found = [p.strip() for p in PARTS.split(value) if p.strip()]
    for part in found[-keep:] if keep else found:
        if DIGIT.search(part) or not part[:1].isupper():
            continue  # a street number, a postcode, "village"
        norm = gazetteer.normalise(part)
        words = [w for w in norm.split() if w not in NOISE]
        norm = " ".join(words)
        if not words or len(words) > MAX_WORDS:
            continue
        yield norm
        bare = [w for w in words if w not in KIND_WORDS]
        if bare and len(bare) < len(words):
            yield " ".join(bare)


def build(lists_dir: Path, files: Iterable[str] = gazetteer.LIST_FILES) -> list[str]:
    """The normalised places of the lists' addresses and places of birth, less the
    list names themselves (a place a list also names as a party is no mere place)."""
    from sanctionwatch.lists import read_list

    found: set[str] = set()
    for rel in files:
        for entity in read_list(lists_dir / rel).entities():
            props = entity.get("properties", {})
            for value in props.get("address") or []:
                found.update(parts(str(value), ADDRESS_PARTS))
            for key in ("birthPlace", "city"):
                for value in props.get(key) or []:
                    found.update(parts(str(value), None))
    parties = set(gazetteer.build(lists_dir, files))
    return sorted(p for p in found if p not in parties and len(p) >= 3)


@cache
def places() -> frozenset[str]:
    return frozenset(load_lines(FILE))


def is_place(name: str) -> bool:
    """The whole name is a place the lists write (normalised as the gazetteer does)."""
    norm = gazetteer.normalise(name)
    return bool(norm) and norm in places()


def main() -> None:
    lists_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/lists")
    found = build(lists_dir)
    out = Path(str(DATA / FILE))
    header = "# Places of the official lists' addresses and places of birth (learn/places.py).\n"
    out.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} places -> {out}")


if __name__ == "__main__":
    main()
