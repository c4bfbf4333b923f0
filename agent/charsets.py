"""Charset labels that mail clients write and Python's codecs do not know.

Israeli mail declares its Hebrew "iso-8859-8-i", Thai Outlook "windows-874", older Chinese and Korean clients "x-gbk" and
"ks_c_5601-1989": Python knows the bytes of each under another name, and without it a part in one of them is read as
nothing. The names are the WHATWG Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels), the
ones browsers and mail clients agree on, mapped to the codec Python has for the same encoding; only labels that Python
does not already know are added, so no charset it reads changes. Registered once, when agent.mime is imported.
"""

from __future__ import annotations

import codecs
import re

# WHATWG label -> the Python codec of the same encoding (only labels codecs.lookup does not know in Python 3.11)
_LABELS = {
    "iso8859_2": ("iso88592",),
    "iso8859_3": ("iso88593",),
    "iso8859_4": ("iso88594",),
    "iso8859_5": ("iso88595",),
    "iso8859_6": ("iso-8859-6-i", "iso-8859-6-e", "csiso88596i", "csiso88596e", "iso88596"),
    "iso8859_7": ("iso88597", "sun_eu_greek"),
    # Hebrew in logical (-i) or visual (-e) order: the bytes are the same
    "iso8859_8": ("iso-8859-8-i", "csiso88598i", "logical", "iso-8859-8-e", "csiso88598e", "visual", "iso88598"),
    "iso8859_10": ("iso885910",),
    "iso8859_13": ("iso885913",),
    "iso8859_14": ("iso885914",),
    "iso8859_15": ("iso885915", "csisolatin9"),
    "koi8_r": ("koi", "koi8"),
    "koi8_u": ("koi8-ru",),
    "mac_roman": ("mac", "x-mac-roman", "csmacintosh"),
    "mac_cyrillic": ("x-mac-cyrillic", "x-mac-ukrainian"),
    "cp874": ("windows-874", "dos-874", "iso885911"),
    "cp1250": ("x-cp1250",),
    "cp1251": ("x-cp1251",),
    "cp1252": ("x-cp1252",),
    "latin_1": ("iso88591",),
    "cp1253": ("x-cp1253",),
    "cp1254": ("x-cp1254",),
    "iso8859_9": ("iso88599",),
    "cp1255": ("x-cp1255",),
    "cp1256": ("x-cp1256",),
    "cp1257": ("x-cp1257",),
    "cp1258": ("x-cp1258",),
    "gbk": ("x-gbk", "gb_2312", "gb_2312-80", "csgb2312"),
    "big5hkscs": ("cn-big5", "x-x-big5"),
    "euc_jp": ("x-euc-jp", "cseucpkdfmtjapanese"),
    "cp932": ("windows-31j", "x-sjis"),
    "cp949": ("windows-949", "ks_c_5601-1989", "ksc_5601", "cseuckr", "csksc56011987", "iso-ir-149"),
    "utf_8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"),
}


def _key(label: str) -> str:
    return re.sub(r"[^a-z0-9]", "", label.lower())


ALIASES = {_key(label): codec for codec, labels in _LABELS.items() for label in labels}


def _search(name: str) -> codecs.CodecInfo | None:
    codec = ALIASES.get(_key(name))
    return codecs.lookup(codec) if codec else None


_registered = False


def register() -> None:
    """Let every decoder (ours, the stdlib's parser, RFC 2047 headers) read the labels above; a second call does
    nothing."""
    global _registered
    if not _registered:
        codecs.register(_search)
        _registered = True
