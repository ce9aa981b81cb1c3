"""The exceptions users see. Each carries where the problem is and what was wrong."""

from __future__ import annotations


class SanctionWatchError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(SanctionWatchError):
    """An input item (file, line, record) could not be read.

    `where` names the file and, where it helps, the line or record.
    """

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class StoreError(SanctionWatchError):
    """The store could not be opened or written."""
