# Funksjoner som er slått av i et fellesskap ([cogs] i regelfilen) eller som ikke kan
# kjøre på plattformen (den mangler en handling funksjonen trenger).

error-cog-disabled = /{ $command } er slått av i dette fellesskapet. En admin kan slå det på i regelfilen.
error-cog-unavailable =
    /{ $command } er ikke tilgjengelig { $platform ->
        [discord] på Discord
        [telegram] på Telegram
        [console] i konsollen
       *[other] på { $platform }
    }.
