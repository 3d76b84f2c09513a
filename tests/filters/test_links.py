"""Links, invite links and the allow/deny domain policy."""

import pytest

from bot.filters.links import find_links, link_matches


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("join discord.gg/abc123!", "discord.gg/abc123"),
        ("see https://discord.com/invite/xyz.", "https://discord.com/invite/xyz"),
        ("https://t.me/+AbCdEf please", "https://t.me/+AbCdEf"),
        ("telegram.me/somegroup", "telegram.me/somegroup"),
    ],
)
def test_invites_are_marked_as_invites(text: str, url: str) -> None:
    (link,) = find_links(text)
    assert (link.url, link.is_invite) == (url, True)


def test_discord_channel_link_is_not_an_invite() -> None:
    (link,) = find_links("https://discord.com/channels/1/2")
    assert not link.is_invite


def test_trailing_punctuation_is_not_part_of_the_link() -> None:
    text = "visit (www.example.se/path?q=1)."
    (link,) = find_links(text)
    assert text[link.start : link.end] == link.url == "www.example.se/path?q=1"
    assert link.domain == "example.se"


def test_sentence_without_a_domain_has_no_link() -> None:
    assert find_links("ok. fine. hello.world is not a link") == []


def test_email_domain_is_not_a_link() -> None:
    assert find_links("mail anna@example.se") == []


def test_invites_are_blocked_by_default() -> None:
    assert [m.label for m in link_matches("join discord.gg/abc")] == ["invite"]


def test_allowed_domain_passes_even_for_an_invite() -> None:
    assert link_matches("join discord.gg/abc", allow_domains=["discord.gg"]) == []


def test_denied_domain_and_its_subdomains_match() -> None:
    found = link_matches("evil.ru and cdn.evil.ru and ok.se", deny_domains=["evil.ru"])
    assert [m.excerpt for m in found] == ["evil.ru", "cdn.evil.ru"]


def test_with_an_allow_list_any_other_domain_matches() -> None:
    found = link_matches("x.com and hearth.dev", allow_domains=["hearth.dev"])
    assert [(m.label, m.excerpt) for m in found] == [("unlisted_domain", "x.com")]


def test_plain_link_without_policy_is_not_a_match() -> None:
    assert link_matches("https://example.com") == []
