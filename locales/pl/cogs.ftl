# Funkcje wyłączone w danej społeczności ([cogs] w pliku reguł) albo niedostępne na tej
# platformie (brakuje jej działania, bez którego funkcja nie może działać).

error-cog-disabled = Polecenie /{ $command } jest wyłączone w tej społeczności. Ktoś z administracji może je włączyć w pliku reguł.
error-cog-unavailable =
    Polecenie /{ $command } nie jest dostępne { $platform ->
        [discord] na Discordzie
        [telegram] na Telegramie
        [console] w konsoli
       *[other] na platformie { $platform }
    }.
