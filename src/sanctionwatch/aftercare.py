"""What must follow a change of the loaded lists, so no one has to remember it.

After every list load or update, news targets are linked again against the
lists now serving, and every watched party is screened again, with new and
gone hits recorded. The index is built once for both.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Engine, select

from sanctionwatch.linking import update_links
from sanctionwatch.served import load_served
from sanctionwatch.store.tables import targets
from sanctionwatch.store.watch import list_parties
from sanctionwatch.watch import update_watch


def _has_targets(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(targets.c.pk).limit(1)).first() is not None


def after_lists_changed(engine: Engine) -> Iterator[str]:
    """Run the post-load steps; yield one line of news per step for the user."""
    if not _has_targets(engine) and not list_parties(engine):
        return  # nothing to link or re-screen: spare the index build
    served = load_served(engine)
    links = update_links(engine, served)
    yield f"links: {links.linked} of {links.targets} news targets match a list entity"
    changes = update_watch(engine, served)
    yield f"watch: {len(changes)} changes in the hits of watched parties"
    for line in changes:
        yield f"watch: {line}"
