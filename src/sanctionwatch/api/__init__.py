"""The yente-compatible HTTP API: /match, /search, /entities, /catalog, /algorithms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sanctionwatch.api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # The web framework is imported only by what serves: `lists load` and the index
    # builder use the snapshot modules without paying for it.
    if name == "create_app":
        from sanctionwatch.api.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
