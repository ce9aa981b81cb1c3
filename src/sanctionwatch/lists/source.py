"""Opening list files: transparent gzip, hashing, sniffing and safe XML parsing."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no stubs

from sanctionwatch import settings
from sanctionwatch.lists.common import ListFormatError

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 65536


def open_bytes(path: Path) -> IO[bytes]:
    """Open a file for binary reading, un-gzipping it when it starts with the gzip magic."""
    fh = path.open("rb")
    if fh.read(2) == GZIP_MAGIC:
        fh.seek(0)
        return gzip.GzipFile(fileobj=fh, mode="rb")  # type: ignore[return-value]
    fh.seek(0)
    return fh


def read_all(path: Path) -> bytes:
    """The whole (un-gzipped) file, refused past SANCTIONWATCH_LIST_MAX_BYTES: a gzip bomb
    that starts like a list would otherwise unpack into memory."""
    limit = settings.get_int("LIST_MAX_BYTES")
    try:
        with open_bytes(path) as fh:
            data = fh.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ListFormatError(path, None, f"cannot read file: {exc}") from exc
    if len(data) > limit:
        raise ListFormatError(
            path,
            None,
            f"unpacks to more than {limit:,} bytes (SANCTIONWATCH_LIST_MAX_BYTES); not read",
        )
    return data


def head(path: Path, size: int = HEAD_BYTES) -> bytes:
    try:
        with open_bytes(path) as fh:
            return fh.read(size)
    except (OSError, EOFError, zlib.error) as exc:
        raise ListFormatError(path, None, f"cannot read file: {exc}") from exc


def seekable(path: Path) -> IO[bytes]:
    """A seekable binary handle (zip readers need one); gzip is decompressed to memory."""
    fh = open_bytes(path)
    if isinstance(fh, gzip.GzipFile):
        with fh:
            return io.BytesIO(fh.read())
    return fh


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_NAMED_LINES = 10  # lines named one by one in an encoding warning; the rest are counted


def strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """`data` without a leading byte-order mark, and the codec the mark stands for."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], codec
    return data, None


def _line_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:MAX_NAMED_LINES])
    more = len(numbers) - MAX_NAMED_LINES
    return f"{shown} and {more} more" if more > 0 else shown


def decode_text(
    path: Path,
    data: bytes,
    warn: Callable[[str], None] | None,
    *,
    fallback: str = "cp1252",
    strict: bool = False,
) -> str:
    """The text of a list file whose encoding is not declared (CSV): never a lost record.

    A byte-order mark is dropped (a UTF-16/32 one also sets the codec). A file that is
    all UTF-8 is read as UTF-8; otherwise each line is read on its own, as UTF-8 when it
    is valid UTF-8 and as `fallback` when not, and a file that mixes the two gets a
    warning naming the UTF-8 lines. A line that is neither is an error when `strict`,
    else read with replacement characters and named in a warning.
    """
    stripped, codec = strip_bom(data)
    if codec is not None and codec != "utf-8":
        try:
            return data.decode(codec)  # the codec reads the mark itself: it says the byte order
        except UnicodeDecodeError as exc:
            raise ListFormatError(
                path, None, f"has a {codec} byte-order mark but is not {codec}: {exc.reason}"
            ) from exc
    data = stripped
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    out: list[str] = []
    utf8: list[int] = []
    other: list[int] = []
    broken: list[int] = []
    offset = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            out.append(line.decode("ascii"))
        else:
            try:
                out.append(line.decode("utf-8"))
                utf8.append(number)
            except UnicodeDecodeError:
                other.append(number)
                text, ok = _single(path, number, offset, line, fallback, strict)
                out.append(text)
                if not ok:
                    broken.append(number)
        offset += len(line) + 1
    if warn is not None and utf8 and other:
        warn(
            f"{path.name}: mixes encodings; read line by line: lines {_line_list(utf8)} as "
            f"UTF-8, lines {_line_list(other)} as {_label(fallback)}"
        )
    if warn is not None and broken:
        warn(
            f"{path.name}: lines {_line_list(broken)} are neither UTF-8 nor {_label(fallback)}; "
            "their undecodable bytes are read as U+FFFD"
        )
    return "\n".join(out)


def _single(
    path: Path, number: int, offset: int, line: bytes, codec: str, strict: bool
) -> tuple[str, bool]:
    """One line in the single-byte `codec`; (text, False) when bytes had to be replaced."""
    try:
        return line.decode(codec), True
    except UnicodeDecodeError as exc:
        if strict:
            where, byte = offset + exc.start, line[exc.start]
            raise ListFormatError(
                path,
                f"line {number}",
                f"byte {byte:#x} at offset {where} is not {_label(codec)}",
            ) from exc
        return line.decode(codec, errors="replace"), False


def _label(codec: str) -> str:
    return {"cp1252": "Windows-1252", "latin-1": "Latin-1"}.get(codec, codec)


def sha256_of(paths: Iterable[Path]) -> str:
    """Digest of the raw source bytes of all files, in the given order."""
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()


_DTD_DANGER = re.compile(rb"<!ENTITY|<!DOCTYPE[^>\[]*(SYSTEM|PUBLIC)", re.IGNORECASE)


def check_prolog(path: Path, data: bytes) -> None:
    """Refuse DTDs that declare entities or point elsewhere: entity bombs and XXE."""
    if _DTD_DANGER.search(data):
        raise ListFormatError(
            path,
            None,
            "XML declares a DOCTYPE with entities or an external DTD; refusing to read it "
            "(official lists never do, and entity expansion is how XML bombs work)",
        )


def _parser_kwargs() -> dict[str, bool]:
    return {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "huge_tree": False,
        "remove_comments": True,
    }


def iter_xml(path: Path, tags: Iterable[str]) -> Iterator[etree._Element]:
    """Stream elements with the given local names from a list file."""
    check_prolog(path, head(path))
    with open_bytes(path) as fh:
        yield from iter_elements(fh, path, tags)


def iter_elements(
    fh: IO[bytes], path: Path, tags: Iterable[str], namespace: str = "*"
) -> Iterator[etree._Element]:
    """Stream elements from an open XML file, freeing each once the caller is done with it.

    The caller checks the prolog first (`check_prolog`); the parser settings refuse entity
    expansion, DTD loading, network access and huge text nodes in any case.
    """
    names = [f"{{{namespace}}}{t}" if namespace else t for t in tags]
    context = etree.iterparse(fh, events=("end",), tag=names, **_parser_kwargs())
    count = 0
    try:
        for _, element in context:
            count += 1
            yield element
            element.clear(keep_tail=False)
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        where = f"after record #{count}" if count else "before the first record"
        raise ListFormatError(
            path, None, f"broken or truncated XML {where} (line {exc.lineno}): {exc.msg}"
        ) from exc
    except (UnicodeDecodeError, OSError, EOFError, zlib.error) as exc:
        raise ListFormatError(path, None, f"cannot read XML after record #{count}: {exc}") from exc


def parse_xml_bytes(name: str, data: bytes) -> etree._Element:
    """Parse a small XML document (e.g. a zip member) with the same safe settings."""
    check_prolog(Path(name), data[:HEAD_BYTES])
    parser = etree.XMLParser(**_parser_kwargs())
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ListFormatError(name, None, f"broken XML (line {exc.lineno}): {exc.msg}") from exc


def local(tag: object) -> str:
    """An element's name without its namespace."""
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def head_match(path: Path, pattern: str) -> str | None:
    """The first group of a regex over the file's first bytes (publish dates sit there)."""
    match = re.search(pattern.encode("ascii"), head(path, 8192))
    return match[1].decode("ascii", errors="replace") if match else None
