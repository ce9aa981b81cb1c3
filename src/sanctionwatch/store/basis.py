"""A basis names the list versions something was computed against (see `versions`).

Kept apart from the queries so the screening index file can be named and checked
without SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class VersionRef:
    """One list version, as a basis names it."""

    name: str
    pk: int
    version: int
    sha256: str
    loaded_at: str

    def key(self) -> tuple[Any, ...]:
        return (self.name, self.pk, self.version, self.sha256, self.loaded_at)


Basis = tuple[VersionRef, ...]
