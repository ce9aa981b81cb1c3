"""Dataset names in paths: a loaded list, or a collection meaning every list."""

from __future__ import annotations

from collections.abc import Sequence

from sanctionwatch.api.errors import NotFound
from sanctionwatch.api.snapshot import Snapshot

# yente's usual collection names, so clients configured for OpenSanctions work as they are.
COLLECTIONS = {
    "default": "Every loaded list",
    "sanctions": "Every loaded sanctions list",
    "all": "Every loaded list",
}


def resolve_scope(
    snapshot: Snapshot,
    dataset: str,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> frozenset[str]:
    """The list names a request covers: the path dataset, narrowed by include/exclude.

    Unknown names in include/exclude are ignored (as yente does), so a client
    that names upstream datasets still gets an answer; an unknown path dataset
    is a 404 that lists the names that work.
    """
    if dataset in snapshot.lists:
        scope = {dataset}
    elif dataset in COLLECTIONS:
        scope = set(snapshot.lists)
    else:
        names = ", ".join([*sorted(snapshot.lists), *COLLECTIONS]) or "none loaded"
        raise NotFound(f"No such dataset: {dataset!r}. Known datasets: {names}")
    if include:
        scope &= set(include)
    return frozenset(scope - set(exclude))
