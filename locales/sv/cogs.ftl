# Funktioner som är avstängda i en gemenskap ([cogs] i regelfilen) eller som inte kan
# köras på plattformen (den saknar en åtgärd som funktionen behöver).

error-cog-disabled = /{ $command } är avstängt i den här gemenskapen. En admin kan slå på det i regelfilen.
error-cog-unavailable =
    /{ $command } finns inte { $platform ->
        [discord] på Discord
        [telegram] på Telegram
        [console] i konsolen
       *[other] på { $platform }
    }.
