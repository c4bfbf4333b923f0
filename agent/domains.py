"""Registrable domains, read with the Public Suffix List.

An employer's name hides in the label just left of the public suffix: `saltbushenergy` in
`careers.saltbushenergy.com.au`, `fennel` in `mail.fennel.co.uk`. Taking the second-to-last
label instead reads "com" and "co" as companies. `publicsuffixlist` ships the list itself, so
this needs no network and stays pure.
"""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList

_PSL = PublicSuffixList()


@lru_cache(maxsize=4096)
def registrable(host: str) -> str:
    """'mail.copperline-energy.co.uk' -> 'copperline-energy.co.uk'; a bare suffix stays as it is."""
    host = host.lower().strip(".")
    if not host:
        return ""
    return _PSL.privatesuffix(host) or host


@lru_cache(maxsize=4096)
def org_of_host(host: str) -> str:
    """The organisation's label: 'careers.saltbushenergy.com.au' -> 'saltbushenergy'."""
    reg = registrable(host)
    return reg.split(".", 1)[0] if reg else ""
