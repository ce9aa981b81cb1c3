"""What must follow a change of the loaded lists or the stored news, so no one has to remember it.

After every list load or update, news targets are linked again against the
lists now serving, and every watched party is screened again, with new and
gone hits recorded. The index is built once for both. After an ingest that
stored new targets, they are linked (`after_ingest`). Every query lives in
`store/`; two writers linking at once take turns (`store.locks.exclusive`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sanctionwatch.store.locks import exclusive

if TYPE_CHECKING:
    from sqlalchemy import Engine

# Linking, the served index and the watch list import the screening package (about half
# a second of start-up): they are imported where there is something to link, so an
# ingest of an article with no new targets does not pay for them. What only a list
# change needs (list loads and diffs, the watch list) is imported by that step alone.


def after_ingest(engine: Engine, new_targets: int) -> int | None:
    """Link the news targets an ingest stored; how many of them are on a list, or None.

    Only targets never screened are screened; building (or loading) the index
    costs time, so only when there is something new to link.
    """
    if not new_targets:
        return None
    from sanctionwatch.store.versions import current_basis

    if not current_basis(engine):  # no list loaded
        return None
    from sanctionwatch.linking import link_new_targets

    with exclusive(engine, "links"):
        return link_new_targets(engine).linked


def after_lists_changed(engine: Engine) -> Iterator[str]:
    """Run the post-load steps; yield one line of news per step for the user."""
    from sanctionwatch.store.news import has_targets
    from sanctionwatch.store.watch import list_parties

    if not has_targets(engine) and not list_parties(engine):
        return  # nothing to link or re-screen: spare the index build
    from sanctionwatch.linking import update_links
    from sanctionwatch.served import load_served
    from sanctionwatch.watch import update_watch

    with exclusive(engine, "links"):  # the index too: a later load must not be missed
        served = load_served(engine)
        links = update_links(engine, served)
        changes = update_watch(engine, served)
    yield f"links: {links.linked} of {links.targets} news targets match a list entity"
    yield f"watch: {len(changes)} changes in the hits of watched parties"
    for line in changes:
        yield f"watch: {line}"
