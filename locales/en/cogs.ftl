# Cogs switched off in a community (the rule file's [cogs] table) or unable to run on
# this platform (the platform lacks an action the feature cannot work without).

error-cog-disabled = /{ $command } is switched off in this community. An admin can turn it on in the rule file.
error-cog-unavailable =
    /{ $command } isn't available { $platform ->
        [discord] on Discord
        [telegram] on Telegram
        [console] in the console
       *[other] on { $platform }
    }.
