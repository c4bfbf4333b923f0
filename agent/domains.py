"""Registrable domains, read with the Public Suffix List.

An employer's name hides in the label just left of the public suffix: `saltbushenergy` in
`careers.saltbushenergy.com.au`, `fennel` in `mail.fennel.co.uk`. Taking the second-to-last
label instead reads "com" and "co" as companies. `publicsuffixlist` ships the list itself, so
this needs no network and stays pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

_PSL = PublicSuffixList()


# Government and education zones split by region below the public suffix: `nsw.gov.au`,
# `vic.edu.au`, `ca.gov`-style labels. The list stops at `gov.au`, so the organisation is the label
# left of the region: `warrigalheights.nsw.gov.au`, not `nsw`.
_ZONES = frozenset({"gov", "govt", "edu", "ac", "sch", "k12", "nhs", "police", "mil"})
_REGION = re.compile(r"^[a-z]{2,3}$")


@lru_cache(maxsize=4096)
def registrable(host: str) -> str:
    """'mail.copperline-energy.co.uk' -> 'copperline-energy.co.uk'; a bare suffix stays as it is;
    'careers.warrigalheights.nsw.gov.au' -> 'warrigalheights.nsw.gov.au'."""
    host = host.lower().strip(".")
    if not host:
        return ""
    found = _PSL.privatesuffix(host) or host
    labels = found.split(".")
    if len(labels) >= 3 and _REGION.match(labels[0]) and labels[1] in _ZONES:
        left = host[: -len(found)].rstrip(".").rsplit(".", 1)[-1]
        if left:
            return f"{left}.{found}"
    return found


# The names reserved for examples (RFC 2606: example.com/.net/.org; writers use example.<country> the same way) stand
# where a real suffix would: in 'hgdhb.example.nz' the organisation is 'hgdhb', as in 'hgdhb.govt.nz'. Host words
# that name no organisation ('mail.example.net') are passed over.
_EXAMPLE = "example"
_HOST_WORDS = frozenset({"mail", "email", "e", "em", "smtp", "mx", "www", "m", "mailer", "mailers", "send", "bounce",
                         "bounces", "reply", "notify", "notifications", "news", "info", "careers", "jobs", "apply", "hr"})


# The health services' shared mail: 'rhian.pugh2@wales.nhs.uk' writes for one of Wales's health boards, not for "Wales"
_SHARED_NHS = frozenset({"wales.nhs.uk", "hscni.net", "nhs.scot", "scot.nhs.uk"})
# ... and a state's education department's: 'paul.vickers@education.vic.gov.au' writes for the government school he
# works at (Ferntree Vale Primary School), not for "Education", and every state school of Victoria writes from it
_SHARED_SCHOOLS = frozenset({"education.vic.gov.au", "det.nsw.edu.au", "eq.edu.au", "education.qld.gov.au",
                             "education.wa.edu.au", "schools.sa.edu.au", "sa.edu.au", "education.tas.gov.au",
                             "education.nt.gov.au", "ed.act.edu.au"})
SHARED_SCHOOLS_LABEL = "state schools"


# ... and the top-level names reserved for tests and examples (RFC 2606, RFC 6761) after a real suffix:
# 'carricklanetheatre.org.example' is written as 'carricklanetheatre.org' would be, not as an organisation 'org'.
_RESERVED_TLDS = (".example", ".test", ".invalid", ".localhost")


@lru_cache(maxsize=4096)
def org_of_host(host: str) -> str:
    """The organisation's label: 'careers.saltbushenergy.com.au' -> 'saltbushenergy'; 'hgdhb.example.nz' -> 'hgdhb';
    'jobs.strathmurray.ac.example' -> 'strathmurray'."""
    host = host.lower().strip(".")
    for tld in _RESERVED_TLDS:
        inner = host[: -len(tld)]
        if host.endswith(tld) and "." in inner and _PSL.publicsuffix(inner.rsplit(".", 1)[-1], accept_unknown=False):
            host = inner
            break
    reg = registrable(host)
    if reg in _SHARED_NHS:
        return "nhs"  # one mail service for every board and trust of a nation's health service, as nhs.net is
    if reg in _SHARED_SCHOOLS:
        return SHARED_SCHOOLS_LABEL
    org = reg.split(".", 1)[0] if reg else ""
    if org == _EXAMPLE:
        front = host.lower().strip(".")[: -len(reg)].rstrip(".").split(".")
        named = [label for label in front if label and label not in _HOST_WORDS]
        if named:
            return named[-1]
    return org
