# Privacy (cogs/privacy.py) and reliability messages (bot/engine.py rate limit).
# Every id here exists in en, sv, nb and pl.

## Commands

cmd-privacy-action = info (default), export (a copy by DM) or erase
cmd-choice-action-info = What is kept and why
cmd-choice-action-export = Send me a copy of my data
cmd-choice-action-erase = Erase my data
cmd-forget = Erase a member's data from the record (asks to confirm)
cmd-forget-user = The member whose data to erase

## Rate limit (bot/engine.py)

error-slow-down = You're sending commands very fast. Please wait a minute and try again.

## Privacy notice (/privacy)

privacy-notice-title = Your data in { $community }
privacy-notice =
    This community uses Hearth, a moderation bot, to keep conversations safe and friendly. To do that it keeps a small record about members — only what moderation and the community's statistics need. It is never sold, never used for advertising, and only the moderators of this community can see it.
privacy-stored-header = What is kept, and why:
data-privacy = Basic member details (your id, display name and language) so the bot can answer you in your language; how many messages you wrote each day, for active-member statistics and message milestones; and message counts per channel and hour, with no names — never the messages themselves.
data-moderation = When a message breaks a rule: which rule, when, what was done, and a short excerpt with personal details masked, so moderators can act fairly and consistently. Strike points fade over time.
data-welcome = When you joined or left, so the community can see how it grows and welcome you.
data-gatherings = Your answers to community events (going, maybe or can't make it) with your display name and language, so reminders reach those who are going; kept until the event is over.
data-polls = Which option you chose in an open poll, so you can change or take back your vote; kept until the poll closes and never shown to anyone. Who sent anonymous feedback is not recorded.
# $excerpts, $incidents, $cases, $reports, $activity: how long each is kept ("30 days",
# "2 years") or privacy-forever. Each follows a colon, so the plain form fits everywhere.
privacy-retention = How long it is kept — message excerpts: { $excerpts } · incidents: { $incidents } · moderation cases: { $cases } · reports: { $reports } · activity counts: { $activity }. Anything older is deleted automatically every day.
privacy-forever = until someone deletes it
privacy-years =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
privacy-your-data = What I hold about you right now — incidents: { $incidents } · cases: { $cases } · reports: { $reports } · moderator notes: { $notes } · messages counted: { $messages }
privacy-rights = Your choices: “/privacy action:export” sends you a copy of your data by direct message. “/privacy action:erase” erases it: your name and details are removed, and what must stay for the community's statistics is kept without anything that identifies you.
privacy-contact = Questions about your data? Contact { $contact }.
privacy-contact-moderators = Questions about your data? Ask one of the moderators.
# Used as $contact in privacy-export-too-large when the rule file names no contact.
privacy-a-moderator = a moderator
privacy-no-record = This bot keeps no record here, so there is nothing to export or erase.

## Export

privacy-export-header = Here is a copy of your data that Hearth keeps in { $community }, as JSON.
privacy-export-part = Part { $number } of { $total }
privacy-export-sent =
    I've sent you your data by direct message ({ $parts ->
        [one] { $parts } part
       *[other] { $parts } parts
    }).
privacy-export-too-large = Your data is too large to send by direct message. Please contact { $contact }, who can give you the full export.

## Erasure

privacy-erase-confirm =
    Do you want to erase your data from this community's record? This can't be undone. Press the button within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } to confirm.
privacy-forget-confirm =
    Erase the data of member { $user } from this community's record? This can't be undone. Press the button within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } to confirm.
privacy-erase-button = Erase
privacy-cancel-button = Cancel
privacy-erase-expired = That confirmation has expired. Nothing was erased — ask again if you still want to.
privacy-erase-cancelled = Cancelled. Nothing was erased.
privacy-erase-done = Done. Your data has been erased from this community's record.
privacy-forget-done = Done. The data of member { $user } has been erased from the record.
