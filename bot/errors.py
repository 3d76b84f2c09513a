"""The error family: what is shown to users, what stays silent, what is a bug.

`UserError` carries a Fluent message id so the reply is localized where it is shown;
`CheckFailed` is a refusal already explained (or deliberately silent); anything else
that escapes a handler is a bug, logged with a traceback and an incident id.
"""

from __future__ import annotations

from typing import Any


class HearthError(Exception):
    """Root of Hearth's own exceptions."""


class ExplainedError(HearthError):
    """A failure of the process itself (not of one member's request) whose message says,
    in one line for an operator, what is wrong and what to do; the CLI prints just that."""


class UserError(HearthError):
    """A problem the user can fix; `message_id` names a Fluent message."""

    def __init__(self, message_id: str, **args: Any) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.args_for_message = args

    def __repr__(self) -> str:
        return f"UserError({self.message_id!r}, {self.args_for_message!r})"


class CheckFailed(UserError):
    """A permission or hierarchy refusal: no action is taken."""


class ActionFailed(HearthError):
    """The platform could not carry out an action; `reason` says why for moderators.

    `message_id` is a Fluent id describing the failure (for example a missing
    permission), with `args` for it; `reason` is the plain-text detail for logs.
    """

    def __init__(
        self,
        action: object,
        reason: str,
        message_id: str = "action-failed",
        /,
        **args: Any,
    ) -> None:
        super().__init__(reason)
        self.action = action
        self.reason = reason
        self.message_id = message_id
        self.args_for_message = args


class UnsupportedAction(ActionFailed):
    """The platform has no such action (for example slowmode on Telegram)."""

    def __init__(self, adapter: str, action: object) -> None:
        kind = getattr(action, "kind", type(action).__name__)
        super().__init__(
            action,
            f"{adapter} cannot {kind}",
            "action-unsupported",
            platform=adapter,
            action=kind,
        )
