"""Turn the bytes of one article into text, saying so when they were not UTF-8."""

from __future__ import annotations

import codecs
import logging

from sanctionwatch.exc import InputError

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never occur in text (tab, LF, FF, CR and ESC excepted).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def decode(data: bytes, where: str) -> str:
    """Decode `data`: a BOM wins, then UTF-8, then Windows-1252 with a warning.

    Raises InputError for empty input and for binary data.
    """
    if not data.strip():
        raise InputError(where, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(
                    where, f"starts with a {codec} byte-order mark but is not {codec}: {err.reason}"
                ) from None
    sample = data[:8192]
    if b"\x00" in sample or _control_ratio(sample) > 0.05:
        raise InputError(where, "looks like a binary file, not text (control bytes found)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = err.start
    # Line by line: a file pasted together from two sources keeps its UTF-8 lines intact.
    lines, utf8 = [], []
    codecs_used = set()
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
            if not line.isascii():
                utf8.append(number)
        except UnicodeDecodeError:
            text, codec = _single_byte(line)
            lines.append(text)
            codecs_used.add(codec)
    codec = "Windows-1252" if codecs_used == {"Windows-1252"} else "Latin-1"
    if utf8:
        shown = ", ".join(str(n) for n in utf8[:10]) + (" ..." if len(utf8) > 10 else "")
        log.warning(
            "%s: mixes encodings (byte %d is not UTF-8); lines %s read as UTF-8, the rest as %s",
            where,
            bad,
            shown,
            codec,
        )
    else:
        log.warning("%s: not valid UTF-8 (byte %d); read as %s", where, bad, codec)
    return "\n".join(lines)


def _single_byte(line: bytes) -> tuple[str, str]:
    try:
        return line.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return line.decode("latin-1"), "Latin-1"  # never fails: every byte is a character


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    return sum(sample.count(bytes([b])) for b in _CONTROL) / len(sample)
