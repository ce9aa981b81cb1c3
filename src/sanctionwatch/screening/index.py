"""`Index`: candidate retrieval over prepared entities, then scoring of the best few.

Retrieval is an inverted index from name keys (token skeletons, skeletons of adjacent
token pairs and of the whole name) to entities, ranked by summed inverse document
frequency, plus exact lookups by IMO number and identifier. Only the top `depth`
candidates are scored, so a query costs about the same whatever the index size.
"""

from __future__ import annotations

import heapq
import logging
import math
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import (
    Callable,
    Collection,
    Iterable,
    Mapping,
    MutableMapping,
    MutableSequence,
)
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import Any, Final

from mypy_extensions import mypyc_attr
from rapidfuzz.distance import OSA

from sanctionwatch.gcpause import paused_gc
from sanctionwatch.screening.features import FeatureResult
from sanctionwatch.screening.query import Query, prepare
from sanctionwatch.screening.scorer import name_memo, score_above
from sanctionwatch.screening.text import (
    _KOREAN_SYLLABLE,
    GENERIC,
    KOREAN,
    ORG_COMMON,
    VARIANTS,
    NameForm,
    _korean_fold,
    abjad_keys,
    consonants,
    given_key,
    glued_article,
    has_vowel,
    skeleton,
    strip_article,
)

log = logging.getLogger(__name__)

# Candidates scored per query: on the bench 20 gains 0.2 points of recall for 20% more time.
DEPTH = 15
# ... and besides them, for each reading of a Han name in its words' other renderings.
RENDERED_DEPTH = 5
MAX_POSTINGS = 4000  # keys on more entities than this ('mhmd') rank but are not scanned


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_MAX_NEAR = 10
_NEAR_BOOST = 4.0
_RESPELT_BOOST = 8.0  # a whole listed name one typo off (below an identifier's 100)
_MIN_FUZZY = 4  # '=' plus at least four letters: shorter tokens have too many neighbours
_TWO_EDITS = 7  # tokens this long may be two edits off
# Deletion variants are generated for this many leading letters only: a 60,000-letter
# token costs what a 24-letter one does, not its square.
_MAX_FUZZY_LEN = 24


def _deletions(token: str) -> set[str]:
    token = token[:_MAX_FUZZY_LEN]
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


def _edits(token: str) -> list[tuple[str, int]]:
    """The token and its variants with one letter deleted, and with two for long tokens;
    with the number of deletions. At most 1 + 24 + 276 variants, whatever the length."""
    token = token[:_MAX_FUZZY_LEN]
    ones = _deletions(token)
    out = [(token, 0), *((d, 1) for d in ones)]
    if len(token) >= _TWO_EDITS:
        twos = {dd for d in ones for dd in _deletions(d)} - ones
        out += [(d, 2) for d in twos]
    return out


@dataclass(frozen=True)
class Hit:
    entity_id: str
    score: float
    features: list[FeatureResult]

    def __init__(self, entity_id: str, score: float, features: list[FeatureResult]) -> None:
        # Written out: compiled, native, where the generated one is interpreted
        # (`FeatureResult.__init__`).
        object.__setattr__(self, "entity_id", entity_id)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "features", features)

    def __reduce__(self) -> tuple[Any, ...]:
        # By its fields: compiled by mypyc, a frozen dataclass has no unpickling of its own.
        return type(self), (self.entity_id, self.score, self.features)


def _skeleton_pairs(form: NameForm, abjad: bool) -> set[str]:
    """Two tokens' consonant classes, in either order: how a name written without its
    vowels (Arabic, Persian: 'hmd jnty') meets its romanisation ('Ahmad Jannati') when
    each alone ('md', 'gnt') is too short or too common to be a key. `abjad`: the query
    side, where a vowelless token may also carry a glued article ('lsdy' al-Sa'adi)."""
    if len(form.tokens) > 6:
        return set()
    options = []
    for token in form.tokens:
        if len(token) < 2:
            continue
        found = {consonants(token) or token[0]}
        if abjad and len(token) >= 4 and glued_article(token):
            found.add(consonants(token[1:]) or token[1])
        options.append(found)
    return {
        "%" + "|".join(sorted((x, y))) for a, b in combinations(options, 2) for x in a for y in b
    }


def name_keys(form: NameForm) -> set[str]:
    """Index keys of one name: token skeletons, adjacent pairs joined, the whole joined."""
    # Without a leading vowel, so that abjad transliterations ('shq') meet 'ishaq'.
    keys = {s.lstrip("a") for s in form.skeletons if len(s) >= 3 or s.isdigit()}
    # Exact tokens rank an exact spelling above its many skeleton-mates; prefixes find
    # truncated tokens.
    keys.update("=" + t for t in form.tokens if len(t) >= 2)
    keys.update("^" + t[:5] for t in form.tokens if len(t) >= 6)
    keys.update("=" + bare for t in form.tokens if (bare := strip_article(t)))
    keys.update(k for t in form.tokens for k in abjad_keys(t)[1:])
    # Consonant classes: an abjad token finds its transliteration ('shwmn' 'chouman').
    keys.update("~" + c for t in form.tokens if len(c := consonants(t)) >= 3)
    keys.add("#" + " ".join(form.key))  # the whole name: an exact match always ranks first
    # Any two tokens in their order: 'Chol Kim' finds 'Chol Sam Kim' among many 'Kim Chol's.
    if len(form.tokens) <= 6:
        keys.update(f"{a}|{b}" for a, b in combinations(form.tokens, 2) if a != b)
        # An initial and a name after it: 'A. Hasan' finds 'Ahmad Hasan' among Hasans.
        keys.update(f"{a[0]}.|{b}" for a, b in combinations(form.tokens, 2) if len(b) > 1)
    keys.update(_skeleton_pairs(form, abjad=False))
    tokens = form.tokens
    # Adjacent tokens joined, as one romanisation of a given name ('Man Gon', 'Mangon');
    # a token may be two written as one ('Kyonghyok' for 'Kyong Hyok').
    for a, b in pairwise(tokens):
        keys.add("2:" + skeleton(given_key(a + b)))
    keys.update("2:" + skeleton(given_key(t)) for t in tokens if len(t) >= 4)
    if len(tokens) > 2:
        keys.add("2:" + skeleton(form.joined))
    return keys


def respaced_keys(form: NameForm) -> set[str]:
    """Query keys for a name the list spaces or spells otherwise: adjacent words joined
    ('=insu' for 'In Su') and a word cut in two ('in|su' for 'Insu'), as the index keys
    exact tokens and ordered token pairs, rarer than the '2:' skeleton keys they refine
    ('Pak Insu' shares '2:ans' with every 'Anas'); GOST's 'x' read 'kh'. Only looked
    up, never indexed: the index stays as it is."""
    tokens = form.tokens
    if len(tokens) > 6:
        return set()
    keys = {"=" + a + b for a, b in pairwise(tokens) if len(a) >= 2 and len(b) >= 2}
    for token in tokens:
        if 4 <= len(token) <= 10:
            keys.update(f"{token[:i]}|{token[i:]}" for i in range(2, len(token) - 1))
        if "x" in token and not token.isdigit():
            # GOST's 'x' is 'kh' ('Altuxov' Altukhov), which the scorer knows and the
            # skeleton keys ('ltks', 'ltk') do not.
            read = token.replace("x", "kh")
            keys.add(skeleton(read).lstrip("a"))
            keys.add("~" + consonants(read))
    return keys


# What a `_KOREAN_SYLLABLE` ends with (a vowel, a final consonant), and its most letters:
# most cuts of a word fail these tests, cheaper than the regex (`_rewritten_keys`).
_SYLLABLE_ENDS = "aeiou" + "kgnlmpbt"
_SYLLABLE_MOST = 7  # 'ssyaeng': two letters, three, two


def _korean_spelt(syllable: str) -> str | None:
    """A Korean syllable as `name_form` spells it in a Korean name, or None."""
    if syllable in KOREAN:
        return KOREAN[syllable]
    if len(syllable) > _SYLLABLE_MOST or syllable[-1:] not in _SYLLABLE_ENDS:
        return None
    return _korean_fold(syllable) if _KOREAN_SYLLABLE.fullmatch(syllable) else None


def _whole_key(form: NameForm) -> str:
    """The '2:' key `name_keys` gives a name of two tokens or more for all its tokens."""
    tokens = form.tokens
    if len(tokens) == 2:
        return "2:" + skeleton(given_key(tokens[0] + tokens[1]))
    return "2:" + skeleton(form.joined)


QueryKeys = tuple[frozenset[str], frozenset[str], frozenset[str]]
# `_query_keys` of recent queries' forms, by their tokens: bounded, a server runs for
# weeks; emptied when full. Keyed by the tokens, not the form: compiled, a tuple of
# strings hashes natively, where a form's hash is its dataclass's, interpreted, over all
# its fields (as an `lru_cache` of the form would ask for each query's every form).
_QUERY_KEYS: Final[dict[tuple[str, ...], QueryKeys]] = {}
_QUERY_KEYS_MAX: Final = 20_000


def _query_keys(form: NameForm) -> QueryKeys:
    """`_form_keys`, kept in `_QUERY_KEYS`."""
    found = _QUERY_KEYS.get(form.tokens)
    if found is None:
        if len(_QUERY_KEYS) >= _QUERY_KEYS_MAX:
            _QUERY_KEYS.clear()
        found = _QUERY_KEYS[form.tokens] = _form_keys(form)
    return found


def _form_keys(form: NameForm) -> QueryKeys:
    """What a query's form looks up: its index keys (with the abjad skeleton pairs of a
    vowelless name), then its `respaced_keys`, then keys that stand for a whole word the
    list writes otherwise (`_rewritten_keys`). Pure functions of the form's tokens (what
    else they read, its skeletons, key and joined spelling, `name_form` makes of the
    tokens alone), unlike the near keys, which depend on what is indexed."""
    keys = name_keys(form)
    if any(not has_vowel(t) for t in form.tokens if len(t) > 2):
        keys |= _skeleton_pairs(form, abjad=True)
    return frozenset(keys), frozenset(respaced_keys(form)), frozenset(_rewritten_keys(form))


_ORG_WORDS = GENERIC | ORG_COMMON


def _other_number(token: str) -> list[str]:
    """An organisation's word in the other number, where both are listed words
    ('technology' -> 'technologies', 'electronics' -> 'electronic'); else none."""
    if token not in _ORG_WORDS:
        return []
    if token.endswith("ies"):
        forms = [token[:-3] + "y", token[:-1]]
    elif token.endswith("s"):
        forms = [token[:-1]]
    else:
        forms = [token + "s", token[:-1] + "ies" if token.endswith("y") else ""]
    return [f for f in forms if f in _ORG_WORDS]


def _rewritten_keys(form: NameForm) -> set[str]:
    """Keys of a word the list writes otherwise, each all that word shares with its
    listed spelling, as a near key is (and ranked as one):

    - '=ylh' for 'yu long hai': runs of three or four words of two letters or more written
      by their first letters, as Chinese companies' Latin names abbreviate their pinyin
      ('YLH Electronics') and the scorer reads them (`names._acronyms`); three letters or
      more and without a vowel, as there ('La' is no abbreviation);
    - a vowelless word's consonant classes without its glued article ('lkhdmt' Khidamat,
      '~dmt'): the skeleton pairs need the other word to agree too, which a misspelt
      list entry ('Makhtab' for 'Maktab') does not.

    - 'poly|technologies' for 'poly technology': an organisation's word in the other
      number (`_other_number`), as a translation writes it ('保利科技' Poly Technology,
      listed POLY TECHNOLOGIES): the ordered pairs it makes with the name's other words,
      which are all a short rare word shares with its listed name beside the many names
      with the word as written.

    Looked up, never indexed."""
    tokens = form.tokens
    if len(tokens) > 8:
        return set()
    keys: set[str] = set()
    if len(tokens) <= 6:
        for i, token in enumerate(tokens):
            for other in _other_number(token):
                keys.update(f"{a}|{other}" for a in tokens[:i] if a != other)
                keys.update(f"{other}|{b}" for b in tokens[i + 1 :] if b != other)
    for size in (3, 4):
        for i in range(len(tokens) - size + 1):
            run = tokens[i : i + size]
            acronym = "".join(t[0] for t in run)
            if all(len(t) >= 2 for t in run) and not has_vowel(acronym):
                keys.add("=" + acronym)
    for token in tokens:
        # A vowelless word of three letters, which the index keys by its skeleton only
        # from four letters on ('fyz' فيض: '2:fz' of 'Faiz'); its own skeleton ('fz') is
        # too short to be a key. One word's skeleton: all the name has in common.
        if len(token) == 3 and not token.isdigit() and not has_vowel(token):
            keys.add("2:" + skeleton(given_key(token)))
        if len(token) >= 4 and glued_article(token) and len(found := consonants(token[1:])) >= 3:
            keys.add("~" + found)
        # A Korean given name written as one word, cut in two syllables spelt as a Korean
        # name's words are ('Ri Mangon': 'man|kon' of 'RI MAN GON'), which `respaced_keys`
        # cannot: a name with one joined given name does not look Korean to `name_form`.
        if 4 <= len(token) <= 10:
            for i in range(2, len(token) - 1):
                # The second syllable only after a first (most cuts have none).
                first = _korean_spelt(token[:i])
                if first and (second := _korean_spelt(token[i:])):
                    keys.add(f"{first}|{second}")
    # ... and a compound's two vowelless words joined without the second's article, as
    # the Latin writes them in one ('shms ldyn' Shamsuddin, 'tyq llh' Attiqullah: '~smsdn',
    # '~tkl'), which the scorer joins too (`text.joined_keys`).
    for a, b in pairwise(tokens):
        joined = consonants(a + b[1:]) if glued_article(b) and not has_vowel(a) else ""
        if len(joined) >= 3:
            keys.add("~" + joined)
    return keys


def _kth_largest(values: Collection[float], k: int) -> float:
    """The k-th largest of more than k values, `heapq.nlargest(k, values)[-1]`: whose
    Python loop over each value costs more than C's sort of up to several hundred."""
    if len(values) <= 800:
        return sorted(values, reverse=True)[k - 1]
    return heapq.nlargest(k, values)[-1]


_PRUNE_FROM = 64  # postings this long or longer are worth leaving out entities for
# Once running, a key's postings are walked beside the slots kept when they are at most
# this many times as many; a longer list is searched for each kept slot (`bisect_left`,
# a Python call of about 1,800 instructions (callgrind, compiled), a step of the walk
# some 60, a lookup in the ranks 140).
_WALK_RATIO = 24
_SLACK = 1e-6  # far above the rounding of a few hundred sums of idfs below 50 each


def _summed(order: list[tuple[list[int], float]], depth: int = 0) -> dict[Any, float]:
    """Each slot's rank: the idfs of the keys in `order` (rarest first) that list it,
    summed in that order.

    depth: when given, ranks only of the slots that may still be among the `depth` best
    or within 0.1 of the last of them (what `Index._best` keeps), and not of the others.
    Once the keys left together weigh less than the depth-th best rank so far less 0.1,
    a slot not met yet cannot come within 0.1 of it, nor one met too far behind: the
    keys left are then looked up for the slots still in the running only, walking each
    postings list beside them or, for a list much longer, by binary search (a postings
    list is in slot order: slots only grow). The ranks of those are
    the same sums, added in the same order, as without `depth`.
    """
    # Slots typed Any: compiled (setup.py), the list's int objects are kept as they are;
    # typed int, each slot read would be unboxed and boxed anew (an allocation per slot).
    ranks: dict[Any, float] = {}
    left = [0.0] * (len(order) + 1)  # what the keys from n on weigh together
    for n in range(len(order) - 1, -1, -1):
        left[n] = left[n + 1] + order[n][1]
    running = False
    # Once running: the slots in it, ascending, and their ranks in the same order, apart
    # from `ranks` until the end: compiled, adding an idf to a list's float costs a
    # fraction of a dict's lookup, in-place add and store (about 260 adds a query).
    kept: list[Any] = []
    sums: list[float] = []
    tries = 2
    for n, (slots, idf) in enumerate(order):
        # Tried at the first two long keys, then at any whose scan would cost at least
        # half of what a try does (`nlargest` over the ranks): a try that fails early, the
        # keys left weighing too much, often holds a few keys on.
        if (
            not running
            and depth
            and len(slots) >= _PRUNE_FROM
            and len(ranks) > depth
            and (tries or 2 * len(slots) >= len(ranks))
        ):
            tries = max(tries - 1, 0)
            floor = _kth_largest(ranks.values(), depth) - 0.1 - _SLACK - left[n]
            if floor > 0:  # a slot not met yet cannot reach the cut, nor one below floor
                kept = sorted([s for s, r in ranks.items() if r >= floor])
                sums = [ranks[s] for s in kept]
                running = True
        listed: list[Any] = slots
        if not running:
            # A slot met first takes one float object made for this key, the sum it
            # would get (0.0 + idf): one lookup and no allocation, where about half the
            # slots of the keys summed are new; a slot met before gets the same sum as
            # ever. A new object, so no slot holds it yet (`order` may repeat one idf).
            # Values typed Any: compiled, what `setdefault` returns is compared as it
            # is, not unboxed.
            first: Any = 0.0 + idf
            loose: dict[Any, Any] = ranks
            for slot in listed:
                met = loose.setdefault(slot, first)
                if met is not first:
                    loose[slot] = met + first
        elif len(slots) <= _WALK_RATIO * len(kept):
            _add_listed(sums, kept, slots, idf)
        else:
            end = len(slots)
            for n in range(len(kept)):
                at = bisect_left(listed, kept[n])
                if at < end and listed[at] == kept[n]:
                    sums[n] = sums[n] + idf
    if not running:
        return ranks
    # A native loop: `dict(zip(...))` costs twice as much, compiled.
    return {slot: sums[n] for n, slot in enumerate(kept)}


def _add_listed(sums: list[float], kept: list[int], numbers: list[int], idf: float) -> None:
    """Add `idf` to the rank in `sums` of each slot of `kept` that `numbers` holds, both
    ascending: one walk through the two, comparing native ints (compiled), where a
    lookup for each posting would hash and probe the ranks."""
    at, end = 0, len(numbers)
    for n, slot in enumerate(kept):
        while at < end and numbers[at] < slot:
            at += 1
        if at == end:
            return
        if numbers[at] == slot:
            sums[n] = sums[n] + idf  # compiled: a native add (`+=` adds the objects)


# A Python class when compiled (setup.py): the index file reads and sets its attributes
# through its __dict__ (indexfile.py), lazily decoded containers in place of dicts.
@mypyc_attr(native_class=False)
class Index:
    """Entities by name key, IMO and identifier; `match` scores the best candidates."""

    def __init__(self) -> None:
        # Abstract types, not list and dict: compiled (setup.py), an attribute read checks
        # its value's declared builtin type, and an index read from its file holds lazily
        # decoded containers until warmed (`indexfile.LazyEntities`, `ShardedMap`).
        self._entities: MutableSequence[Query | None] = []
        self._size: list[int] = []  # tokens in the shortest name, to break ties
        self._slot: MutableMapping[str, int] = {}
        self._postings: MutableMapping[str, list[int]] = defaultdict(list)
        # Token with one letter deleted -> '=token' keys: finds a token one typo away.
        self._deletes: MutableMapping[str, list[str]] = defaultdict(list)
        self._exact: MutableMapping[str, list[int]] = defaultdict(list)
        self._alive = 0
        self._dead = 0  # removed entities whose postings remain

    @classmethod
    def build(
        cls,
        entities: Iterable[Query | Mapping[str, Any]],
        keys: Mapping[str, Iterable[str]] | None = None,
    ) -> Index:
        """An index over FtM entity dicts (or prepared Queries with an id).

        `keys`: entity id -> its `name_keys`, already known (an earlier index built by
        this code lends them, `served.build_served`), for prepared Queries; the index is
        the same as without them."""
        index = cls()
        known = keys or {}
        # Building allocates only what it keeps: nothing to collect. The index is millions
        # of long-lived objects; unfrozen, every full collection would walk them all,
        # which costs more than the queries themselves.
        with paused_gc(freeze=True):
            for entity in entities:
                lent = known.get(entity.id) if isinstance(entity, Query) and entity.id else None
                index.add(entity, lent)
        return index

    def __len__(self) -> int:
        return self._alive

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._slot

    def get(self, entity_id: str) -> Query | None:
        slot = self._slot.get(entity_id)
        return None if slot is None else self._entities[slot]

    def add(self, entity: Query | Mapping[str, Any], keys: Iterable[str] | None = None) -> bool:
        """Add or replace one entity. False (and not indexed) when it has no usable name,
        as `Sanction`, `Address` and the like never do. `keys`: the union of its forms'
        `name_keys` when the caller knows it (computed here otherwise)."""
        prepared = prepare(entity)
        if prepared.id is None:
            raise ValueError("an indexed entity needs an id")
        if prepared.id in self._slot:
            self.remove(prepared.id)
        if not prepared.forms:
            log.debug("not indexed, no name: %s", prepared.id)
            return False
        slot = len(self._entities)
        self._entities.append(prepared)
        self._size.append(min((len(f.tokens) for f in prepared.forms), default=0))
        self._slot[prepared.id] = slot
        self._alive += 1
        if keys is None:
            found: set[str] = set()
            for form in prepared.forms:
                found |= name_keys(form)
            keys = found
        # In sorted order: the typo table (`_deletes`) lists tokens in the order they
        # came, which is then the same however the keys were gathered, in any process.
        for key in sorted(keys):
            postings = self._postings[key]
            if not postings and key[0] == "=" and len(key) > _MIN_FUZZY:
                # A new token: make it findable by typos, of any of its spellings where
                # the token is a canonical one ('hnssein' for 'husayn', spelt 'hussein').
                deleted = _deletions(key[1:])
                for spelt in VARIANTS.get(key[1:], ()):
                    if len(spelt) >= _MIN_FUZZY:
                        deleted |= _deletions(spelt)
                for one in deleted:
                    self._deletes[one].append(key)
            postings.append(slot)
        for key in self._exact_keys(prepared):
            self._exact[key].append(slot)
        return True

    def remove(self, entity_id: str) -> bool:
        """Forget an entity; its postings are skipped from now on. False if unknown."""
        slot = self._slot.pop(entity_id, None)
        if slot is None:
            return False
        self._entities[slot] = None
        self._alive -= 1
        self._dead += 1
        return True

    @staticmethod
    def _exact_keys(entity: Query) -> set[str]:
        return {"imo:" + i for i in entity.imo_set} | {"id:" + i for i in entity.identifier_set}

    def _near_keys(self, keys: set[str]) -> set[str]:
        """'=token' keys of indexed tokens one or two edits from query tokens the index
        lacks ('roneft' finds 'rosneft', 'gaprombank' 'gazprombank'), nearest first."""
        near: set[str] = set()
        postings = self._postings
        for key in keys:
            if key[0] != "=" or len(key) <= _MIN_FUZZY or key in postings:
                continue
            token = key[1:]
            if len(token) >= 6 and _two_listed(token, postings):
                continue  # two listed words written as one ('cholsam'), not a typo
            found: dict[str, int] = {}  # key -> edits
            for variant, edits in _edits(token):
                # Indexed tokens that lose a letter to become `variant`, and `variant`
                # itself when indexed (the query has letters too many).
                for other in self._deletes.get(variant, ()):
                    found[other] = min(found.get(other, 9), edits + 1)
                if edits and "=" + variant in self._postings:
                    found["=" + variant] = min(found.get("=" + variant, 9), edits)
            # Two deletions, one a side, are one substitution or swap when the letters
            # left agree ('satek' 'patek', 'shurk' 'shukr'): count the real distance.
            for other, d in found.items():
                if d == 2:
                    found[other] = OSA.distance(token, other[1:], score_cutoff=2)
            found = {k: d for k, d in found.items() if d <= 1 or len(token) >= _TWO_EDITS}
            # The key last: `found` follows set order, which differs from process to process.
            # (No lambda: mypyc cannot compile a closure in a method of a Python class.)
            ordered = sorted([(d, -len(postings.get(k, ())), k) for k, d in found.items()])
            best = [k for _, _, k in ordered]
            # A token with many neighbours is common-looking: its nearest few only.
            near.update(best[:_MAX_NEAR])
        return near

    def _prefix_keys(self, forms: Iterable[NameForm]) -> tuple[set[str], set[str]]:
        """For a query word of four or five letters the index lacks, which may be a listed
        word cut short ('AL-SHAY' of 'AL-SHAYKH'): the prefix keys ('^shayk') of indexed
        words it begins (the index keys the first five letters of words of six or more,
        which a shorter query word has none of), at most 26 lookups a word; and, as
        `_respelt_keys` does, the whole-name keys of listed names with the word completed
        to an indexed word of six letters ('#muhammad shaykh'): a prefix key is shared with
        every word it begins, the whole name lifts the listed one above its namesakes."""
        prefixes: set[str] = set()
        whole: set[str] = set()
        postings, deletes = self._postings, self._deletes
        for form in forms:
            tokens = form.tokens
            if len(tokens) > 6:
                continue
            for n, token in enumerate(tokens):
                if not 4 <= len(token) <= 5 or token.isdigit() or "=" + token in postings:
                    continue
                heads = [token] if len(token) == 5 else [token + c for c in _LETTERS]
                for head in heads:
                    if "^" + head not in postings:
                        continue
                    prefixes.add("^" + head)
                    # Six-letter words that lose their last letter to become `head`.
                    for other in deletes.get(head, ()):
                        if len(other) == 7 and other.startswith("=" + head):
                            respelt = [*tokens[:n], other[1:], *tokens[n + 1 :]]
                            key = "#" + " ".join(sorted(respelt))
                            if key in postings:
                                whole.add(key)
        return prefixes, whole

    def _respelt_keys(self, forms: Iterable[NameForm]) -> set[str]:
        """Whole-name keys ('#...') of listed names one typo from a query's name: each
        word of four letters or more replaced by an indexed word one edit away. A typo
        that makes another listed word ('Rano' for 'Ranko', 'Dank' for 'Bank') gets no
        near keys, a short or one-word name ('Wara', 'Renela') more neighbours than the
        near keys keep, and a word as common as 'muhammad' ranks nothing; the whole name
        respelt is a rare key that lifts the listed name above its many namesakes. A
        word with its article glued on is respelt without it ('Muhammad Alshaar'). None
        for a name listed as it is written, whose own whole-name key ranks it."""
        keys: set[str] = set()
        postings, deletes = self._postings, self._deletes
        for form in forms:
            tokens = form.tokens
            if len(tokens) > 6:
                continue  # long names: many keys already
            if "#" + " ".join(form.key) in postings:
                continue  # a listed name as it is: no typo to mend, namesakes to outrank
            for n, token in enumerate(tokens):
                if len(token) < _MIN_FUZZY or token.isdigit():
                    continue
                token = token[:_MAX_FUZZY_LEN]
                others: set[str] = set(deletes.get(token, ()))  # one letter more
                for variant in _deletions(token):
                    others.update(deletes.get(variant, ()))  # a letter changed or swapped
                    if "=" + variant in postings:
                        others.add("=" + variant)  # one letter less
                words = [
                    other[1:]
                    for other in others
                    if other[1:] != token
                    and any(
                        OSA.distance(token, spelt, score_cutoff=1) <= 1
                        for spelt in (other[1:], *VARIANTS.get(other[1:], ()))
                    )
                ]
                bare = strip_article(token)
                if bare:  # the article glued on ('Alshaar' for 'al-Shaar', 'shaar')
                    words.append(bare)
                for word in words:
                    respelt = [*tokens[:n], word, *tokens[n + 1 :]]
                    key = "#" + " ".join(sorted(respelt))
                    if key in postings:
                        keys.add(key)
        return keys

    def knows(self, token: str) -> bool:
        """Whether `token` (normalised) is a word of some indexed name."""
        return "=" + token in self._postings

    def candidates(
        self, query: Query, depth: int = DEPTH, accept: Callable[[str], bool] | None = None
    ) -> list[int]:
        """Slots of the `depth` entities sharing the most (rarest) keys with the query;
        then, for each reading of a Han name in its words' other renderings
        (`Query.rendered`), the `RENDERED_DEPTH` best of its own not among them."""
        rendered = query.rendered
        if not rendered:
            return self._ranked(query, query.forms, depth, accept)
        found = self._ranked(query, query.forms[:-rendered], depth, accept)
        for form in query.forms[-rendered:]:
            more = self._ranked(query, (form,), RENDERED_DEPTH, accept, identifiers=False)
            found += [slot for slot in more if slot not in found]
        return found

    def _ranked(
        self,
        query: Query,
        forms: tuple[NameForm, ...],
        depth: int,
        accept: Callable[[str], bool] | None,
        identifiers: bool = True,
    ) -> list[int]:
        """Slots of the `depth` entities whose names share the most (rarest) keys with
        `forms`, and with `identifiers` those of the query's identifiers first."""
        # Each form's keys looked up once (`_QUERY_KEYS`).
        looked = [_query_keys(form) for form in forms]
        keys: set[str] = set()
        for own, _, _ in looked:
            keys |= own
        near = self._near_keys(keys)
        keys |= near
        # Only the completed whole names: a prefix key's long postings would be scanned
        # for every query word the index lacks (15% of the query time on cases.csv).
        respelt = self._respelt_keys(forms) | self._prefix_keys(forms)[1]
        keys |= respelt
        rewritten: set[str] = set()
        for _, respaced, written in looked:
            keys |= respaced
            rewritten |= written
        # The whole name's skeleton ('2:argdg1' of 'ARCTC 1' and 'ARCTICA 1'): all of the
        # name a vowel or a spelling off, more than a near key of one word says, when it
        # names no more entities than are scored (a common one, 'Jo Yongchol's, would lift
        # namesakes above the listed spelling).
        whole = {_whole_key(form) for form in forms if len(form.tokens) > 1}
        rewritten -= keys  # a key the name has as it is written ranks as usual
        keys |= rewritten
        total = max(self._alive, 1)
        lookup = self._postings.get  # `get`: a defaultdict's [] would add the key
        # Keys in a fixed order (not the set's, which varies with the process's hash seed):
        # ranks are sums of floats, and their order decides ties among candidates. By
        # length, then key (distinct: the postings are never compared); sorted without a
        # key function, which would be a Python call per key.
        found = [(len(slots), k, slots) for k in keys if (slots := lookup(k)) is not None]
        postings = sorted(found)
        order: list[tuple[list[int], float]] = []
        for n, (_, key, slots) in enumerate(postings):
            if len(slots) > MAX_POSTINGS and n > 0:
                continue  # a very common key only ranks entities rarer keys found
            idf = math.log(1 + total / len(slots))
            if key in near or key in rewritten or (key in whole and len(slots) <= depth):
                # A token one typo off (or written otherwise: `_rewritten_keys`) shares
                # only this key with its listed spelling, where an exact token shares its
                # skeleton, consonants and prefix too.
                idf *= _NEAR_BOOST
            elif key in respelt or key[0] == "#":
                # The whole name one typo off: more than any one word's near key says; and
                # the whole name as it is, in any order ('MUAMMAR, QADHAFI'), so that the
                # ordered pair keys of longer names ('Hannibal Muammar Qadhafi') do not
                # outrank it.
                idf *= _RESPELT_BOOST
            order.append((slots[:MAX_POSTINGS] if n == 0 else slots, idf))
        exact = (
            [s for k in sorted(self._exact_keys(query)) for s in self._exact.get(k, ())]
            if identifiers
            else []
        )
        # Entities that cannot make the cut are left out early, unless a filter (or the
        # dead) could remove those ahead of them, or an identifier lifts one by 100.
        prune = not exact and not self._dead and accept is None
        ranks = _summed(order, depth if prune else 0)
        get = ranks.get
        for slot in exact:
            ranks[slot] = get(slot, 0.0) + 100.0  # an identifier outranks any name
        items = self._best(ranks, depth, accept)
        # Among equal ranks, shorter names first: 'Pacific' is nearer 'Pacificos' than
        # 'Pacific Ocean Shipping Lines'; then by entity id, so a tie at the cut keeps the
        # same entities whatever order the lists were loaded in.
        size, ents = self._size, self._entities
        ranked = [(-(r - 0.01 * size[s]), s) for s, r in items]
        if len(ranked) > depth:
            # The entity ids are read only for the candidates that may make the cut: those
            # ranked no lower than the depth-th (ties with it are broken by id below).
            # (`heapq.nsmallest(depth, ranked)[-1][0]`, which is Python code: the ranks
            # negated back, exactly, for `_kth_largest`'s sort in C.)
            last = -_kth_largest([-r for r, _ in ranked], depth)
            ranked = [item for item in ranked if item[0] <= last]
        # (rank, id, place, slot): the place keeps equal (rank, id) in their order, as a
        # stable sort by (rank, id) would (no key lambda: a closure, see `_near_keys`).
        decorated = sorted([(r, _id_of(ents[s]), n, s) for n, (r, s) in enumerate(ranked)])
        return [item[3] for item in decorated[:depth]]

    def _best(
        self, ranks: dict[Any, float], depth: int, accept: Callable[[str], bool] | None
    ) -> list[tuple[Any, float]]:
        """(slot, rank) of the `depth` best-ranked entities alive and `accept`ed, and of
        every other one ranked within 0.1 of the last of them (they tie with it; the
        caller breaks the ties). In no particular order: which items these are depends
        on the ranks alone, so the rank of the last is found among the ranks
        (`_kth_largest`), not by sorting every entity that shares a key."""
        if self._dead or accept is not None:
            entities = self._entities
            ranks = {
                s: r
                for s, r in ranks.items()
                if (e := entities[s]) is not None and (accept is None or accept(e.id or ""))
            }
        if len(ranks) <= depth:
            return list(ranks.items())
        cut = _kth_largest(ranks.values(), depth) - 0.1
        return [(s, r) for s, r in ranks.items() if r >= cut]

    def match(
        self,
        query: Query | Mapping[str, Any],
        *,
        limit: int = 10,
        depth: int = DEPTH,
        weights: Mapping[str, float] | None = None,
        accept: Callable[[str], bool] | None = None,
    ) -> list[Hit]:
        """The `limit` best-scoring entities for `query`, best first.

        depth: candidates retrieved and scored (at least `limit`).
        weights: feature weights that replace those in `FEATURES`.
        accept: a filter on entity ids, applied before scoring (dataset scopes).
        """
        prepared = prepare(query)
        weights = weights or {}
        hits = []
        memo = name_memo()  # candidates on several lists share their names' comparisons
        # (-score, id) of the `limit` best so far: a candidate that cannot rank above the
        # last of them is left unscored (`score_above`), as it would be left out below.
        kept: list[tuple[float, str]] = []
        for slot in self.candidates(prepared, max(depth, limit), accept):
            entity = self._entities[slot]
            assert entity is not None and entity.id is not None
            cut = None
            if 0 < limit <= len(kept):
                cut = (-kept[limit - 1][0], kept[limit - 1][1])
            result = score_above(prepared, entity, weights, self.knows, memo, cut)
            if result is None:
                continue
            hits.append(Hit(entity.id, result.score, result.features))
            if limit > 0:
                insort(kept, (-result.score, entity.id))
                del kept[limit:]
        hits.sort(key=lambda h: (-h.score, h.entity_id))  # ties at the cut: by entity id
        return hits[:limit]


def _two_listed(token: str, postings: Mapping[str, list[int]]) -> bool:
    """Whether `token` is two indexed words written as one ('cholsam')."""
    for i in range(2, len(token) - 1):
        if "=" + token[:i] in postings and "=" + token[i:] in postings:
            return True
    return False


def _id_of(entity: Any) -> str:
    return (entity.id or "") if entity is not None else ""
