"""Readers of official sanctions lists, yielding FollowTheMoney entities.

`read_list(path)` tells the format from the file's content, reads `.gz` files
transparently and returns a `ListRead`: metadata (name, format, authority, list
date, sha256) at once, entities as they are streamed, then the record count and
the warnings about skipped records.

    >>> read = read_list("shared/lists/un/consolidated.xml")
    >>> read.format, read.list_date
    ('un_xml', datetime.date(2026, 2, 27))
    >>> people = [e for e in read.entities() if e["schema"] == "Person"]
"""

from __future__ import annotations

from pathlib import Path

from sanctionwatch.lists.common import Entity, ListFormatError, ListRead, Reader
from sanctionwatch.lists.detect import READERS, detect, get_reader, ofac_set_paths
from sanctionwatch.lists.source import sha256_of
from sanctionwatch.lists.sources import official_sources

__all__ = [
    "READERS",
    "Entity",
    "ListFormatError",
    "ListRead",
    "Reader",
    "official_sources",
    "read_list",
]


def read_list(path: Path | str, *, format: str | None = None) -> ListRead:
    """Open a list file (or a directory holding an OFAC CSV set) for reading.

    path: the file, `.gz` or not, or the directory of sdn.csv/add.csv/alt.csv/sdn_comments.csv.
    format: a name from `READERS` to skip detection (e.g. "un_xml").

    Raises `ListFormatError` when the file cannot be read as any list; records that
    cannot be read are skipped later, each noted in `ListRead.warnings`.
    """
    path = Path(path)
    if not path.exists():
        raise ListFormatError(path, None, "no such file or directory")
    if format is None:
        reader, paths = detect(path)
    else:
        reader, paths = get_reader(format), [path]
        if reader.format == "ofac_csv":
            paths = ofac_set_paths(path)
    return ListRead(
        paths,
        format=reader.format,
        authority=reader.authority,
        default_name=reader.default_name,
        list_date=reader.list_date(paths[0]),
        sha256=sha256_of(paths),
        producer=reader.read,
    )
