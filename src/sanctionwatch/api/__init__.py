"""The yente-compatible HTTP API: /match, /search, /entities, /catalog, /algorithms."""

from sanctionwatch.api.app import create_app

__all__ = ["create_app"]
