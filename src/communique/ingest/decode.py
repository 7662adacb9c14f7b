"""Bytes to text: detect binary files, honour byte order marks, guess legacy encodings.

UTF-8 is tried first because almost every file is UTF-8 and the check is exact. Bytes that
are not UTF-8 but mostly ASCII are read as Windows-1252 (the legacy encoding of English text,
a superset of Latin-1's printable range); the rest go to charset-normalizer, so a cp1252,
Latin-1 or Cyrillic file is read rather than rejected. Files that are not text at all get a
clear error naming what they look like.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from communique.errors import InputError

# Leading bytes of common non-text formats, so the error can say what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x7fELF", "an executable"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Detector guesses never right for text that reached this point: UTF-16/32 without a byte order
# mark is handled separately, and EBCDIC files do not occur in practice.
_IMPLAUSIBLE = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be",
                "cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140"]
_BINARY_HINT = "convert it to text first (.txt, .md, .html or .jsonl)"


def decode_bytes(data: bytes, source: str) -> str:
    """The text held in `data`.

    Args:
        data: the raw file content.
        source: the file's name, for error messages.

    Returns:
        The decoded text, byte order mark removed.

    Raises:
        InputError: the bytes are a known binary format, contain NUL bytes outside a UTF-16
            or UTF-32 text, or match no text encoding.

    Example:
        >>> decode_bytes("Caf\\u00e9".encode("cp1252"), "menu.txt")
        'Café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(source, f"not valid {encoding} text despite its byte order mark",
                                 _BINARY_HINT) from error
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary content ({kind}), not text", _BINARY_HINT)
    sixteen = _bomless_utf16(data)
    if sixteen is not None:
        return sixteen
    if b"\x00" in data:
        raise InputError(source, "binary content (NUL bytes), not text", _BINARY_HINT)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    legacy = _western_legacy(data)
    if legacy is not None:
        return legacy
    best = from_bytes(data, cp_exclusion=_IMPLAUSIBLE).best()
    if best is None:
        raise InputError(source, "cannot tell the text encoding", "re-save the file as UTF-8")
    text = str(best)
    if _mostly_controls(text):
        raise InputError(source, "binary content, not text", _BINARY_HINT)
    return text


def _western_legacy(data: bytes) -> str | None:
    # Mostly-ASCII text that is not UTF-8 is nearly always Windows-1252 (or Latin-1, its
    # subset); encoding detectors guess poorly on a few accented letters in English prose.
    high = sum(1 for byte in data[:65536] if byte >= 0x80)
    if high > 0.4 * min(len(data), 65536):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _mostly_controls(text: str) -> bool:
    # A guessed single-byte decoding of binary data is full of control characters.
    sample = text[:4096]
    controls = sum(1 for char in sample if char < " " and char not in "\t\n\r\f")
    return controls > 0.02 * len(sample)


def _bomless_utf16(data: bytes) -> str | None:
    # UTF-16 without a byte order mark: mostly-ASCII text puts a NUL in every other byte.
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls == 0:
        encoding = "utf-16-le"
    elif even_nuls > 0.4 * half and odd_nuls == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None
