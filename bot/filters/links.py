"""Links and invite links in message text, and the allow/deny domain policy for them.

Finds full URLs, www. addresses and bare domains with a known top-level domain, and marks
Discord (discord.gg, discord.com/invite) and Telegram (t.me, telegram.me) invites. Runs
one RE2 pattern over an ASCII view of the text whose offsets equal the original's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import re2

from bot.filters.types import Match, Severity

__all__ = ["Link", "find_links", "link_matches"]

_TLDS = (
    "com|net|org|io|gg|me|co|app|dev|xyz|info|biz|tv|ly|gl|to|link|site|online|shop|store|"
    "club|live|top|ru|se|no|pl|dk|fi|de|uk|eu|nl|fr|es|it|us|ca|au|be|ch|at|cz|ee|lt|lv|is|"
    "cc|ws|su|cn|jp|kr|in|br|gov|edu|onion"
)
_HOST = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
_URL = re2.compile(
    (
        r"(?i)(?:\b(?:https?|ftp)://[^\s<>\"']+|\bwww\.[^\s<>\"']+"
        rf"|\b{_HOST}(?:{_TLDS})\b(?:[/?#][^\s<>\"']*)?)"
    ).encode(),
)
_TRAILING = ".,;:!?)]}'\"*_~>"
_INVITE_HOSTS = {
    "discord.gg": "",
    "discord.com": "/invite/",
    "discordapp.com": "/invite/",
    "discord.me": "",
    "t.me": "",
    "telegram.me": "",
    "telegram.dog": "",
}


@dataclass(frozen=True, slots=True)
class Link:
    """A link in the original text: url as written, lowercased domain, invite or not."""

    url: str
    domain: str
    is_invite: bool
    start: int
    end: int


def _domain_and_path(url: str) -> tuple[str, str]:
    rest = url.split("://", 1)[1] if "://" in url else url
    host, sep, path = rest.partition("/")
    host = host.split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host, sep + path


def _is_invite(domain: str, path: str) -> bool:
    prefix = _INVITE_HOSTS.get(domain)
    if prefix is None:
        return False
    body = path[len(prefix) :] if path.lower().startswith(prefix) else None
    return bool(body and body.strip("/"))


def find_links(text: str) -> list[Link]:
    """Every link in `text`, in order, with offsets in the original text."""
    if "." not in text:
        return []
    view = text.encode("ascii", "replace")
    links = []
    for m in _URL.finditer(view):
        start, end = m.span()
        if start and view[start - 1] == 0x40 and b"://" not in view[start:end]:
            continue  # the domain of an e-mail address (privacy.py reports those)
        while end > start and chr(view[end - 1]) in _TRAILING:
            end -= 1
        url = text[start:end]
        domain, path = _domain_and_path(url)
        if domain:
            links.append(Link(url, domain, _is_invite(domain, path), start, end))
    return links


def _listed(domain: str, domains: Sequence[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


def link_matches(
    text: str,
    allow_domains: Sequence[str] = (),
    deny_domains: Sequence[str] = (),
    block_invites: bool = True,
) -> list[Match]:
    """Links the community does not want: invites, denied domains, or (when an allow list
    is given) any domain not on it. Subdomains count as their parent ("cdn.x.com" is "x.com").
    """
    allow = [d.lower().lstrip(".") for d in allow_domains]
    deny = [d.lower().lstrip(".") for d in deny_domains]
    out = []
    for link in find_links(text):
        if _listed(link.domain, allow):
            continue
        if link.is_invite and block_invites:
            label = "invite"
        elif _listed(link.domain, deny):
            label = "denied_domain"
        elif allow:
            label = "unlisted_domain"
        else:
            continue
        out.append(Match("links", label, Severity.MILD, None, link.start, link.end, link.url))
    return out
