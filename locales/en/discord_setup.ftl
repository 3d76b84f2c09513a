# Discord set-up checks: permissions, role position and the channels a rule file names.
# Owned by bot/adapters/discord_setup.py and discord_destinations.py.

## Permissions as Discord's server settings name them

discord-perm-manage-messages = Manage Messages
discord-perm-moderate-members = Timeout Members
discord-perm-kick-members = Kick Members
discord-perm-ban-members = Ban Members
discord-perm-manage-channels = Manage Channels
discord-perm-manage-roles = Manage Roles
discord-perm-manage-guild = Manage Server
discord-perm-manage-threads = Manage Threads
discord-perm-view-channel = View Channels
discord-perm-send-messages = Send Messages
discord-perm-read-message-history = Read Message History

## The set-up report for the moderators' log

discord-setup-header = I'm running on { $server }, but a few things need fixing before I can do everything the rule file asks:
discord-setup-permission = • Give my role the “{ $permission }” permission { $why }.
discord-setup-why-manage_messages = so I can remove messages that break the rules
discord-setup-why-moderate_members = so I can time members out
discord-setup-why-kick_members = so I can remove members when their strike points call for it
discord-setup-why-ban_members = so I can ban members when their strike points call for it
discord-setup-why-manage_channels = so I can set slowmode during raids and lockdowns
discord-setup-why-manage_roles = so I can lock channels and give roles
discord-setup-why-manage_guild = so I can keep Discord's AutoMod in step with our keyword rules
discord-setup-channel-permission = • In { $channel } I need “{ $permission }”.
discord-setup-missing-channel = • The rule file names a channel “{ $name }” ({ $purpose ->
        [moderator_log] the moderators' log
        [reports] member reports
        [welcome] welcomes
        [introductions] introductions
        [rules] the rules
        [gate] the new-member check
        [appeals] appeals
        [alerts] crisis alerts
        [feedback] anonymous feedback
        [digest] the weekly digest
        [events] events
        [polls] polls
        [milestones] milestones
        [lockdown] lockdowns
        [suggested] channel suggestions
       *[other] { $purpose }
    }), but this server has no such channel. Until it does, anything meant for it comes here instead.
discord-setup-role-position = • Move my role “{ $mine }” above “{ $role }” in Server Settings → Roles, so I can give that role to members.
discord-setup-footer = I'll check again when I restart, when the rule file changes, or when I'm added to a server.

## Fallbacks and rule files

# First line of a post whose channel does not exist; the post follows.
discord-destination-fallback = (Meant for #{ $channel }, which this server doesn't have.)
discord-rules-rejected = I couldn't use the latest edit of the rule file, so I'm still running on the last version that worked. What needs fixing:
