# Discord adapter: platform failures, interaction fallbacks and the message context menu.
# Owned by bot/adapters/discord_*.py; every id exists in en, sv, nb and pl.

## Platform failures (ActionFailed from the Discord adapter)

discord-channel-not-found = I couldn't find a channel called #{ $channel } on this server.
discord-role-not-found = I couldn't find a role called “{ $role }” on this server.
discord-timeout-too-long = A Discord timeout can last at most 28 days. Pick a shorter time, or ban instead.
discord-slowmode-too-long = Discord slowmode can be at most 6 hours.
discord-not-banned = { $user } isn't banned here.
discord-no-guild = I'm not in any Discord server of this community right now.

## Direct messages

# Posted in the server when a member's DMs are closed; $mention pings them.
discord-dm-closed = { $mention }, I have a message for you, but your direct messages are closed. Allow direct messages from this server's members so I can reach you next time.

## Interactions

# Name of the message context menu (at most 32 characters).
discord-report-message = Report message
# Reason filled in when a message is reported with the context menu.
discord-report-reason = Reported with the “Report message” menu
discord-no-community = Hearth isn't set up for this server yet. An admin can add it to a rule file.
discord-command-done = Done.
discord-command-failed = Sorry, that didn't work. Please try again in a moment.
