"""A finding: one reason a message breaks a rule, with everything needed to act on it."""

from __future__ import annotations

from dataclasses import dataclass

SEVERITY_RANK = {"mild": 0, "abusive": 1, "slur": 2, "threat": 3}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    """What the replay output and incidents call it: "profanity", "flood", a keyword id."""
    guideline: str
    severity: str
    actions: tuple[str, ...]
    detector: str
    label: str = ""
    excerpt: str = ""
    language: str | None = None
    sensitive: bool = False
    """Personal data: the excerpt is never stored or shown in clear."""

    @property
    def rank(self) -> int:
        return SEVERITY_RANK.get(self.severity, 0)


def worst(findings: list[Finding]) -> Finding:
    """The finding to act on first: highest severity, then most actions."""
    return max(findings, key=lambda finding: (finding.rank, len(finding.actions)))


def redact(excerpt: str, sensitive: bool) -> str:
    """What may be stored or shown: personal data keeps only its shape."""
    if not sensitive:
        return excerpt[:200]
    if len(excerpt) <= 4:
        return "•" * len(excerpt)
    return excerpt[:2] + "•" * (len(excerpt) - 4) + excerpt[-2:]
