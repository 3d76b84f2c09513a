# Automatyczna moderacja: co czytają członkowie i moderatorzy, gdy zasada zostaje złamana.

guideline-respect = Szacunek
guideline-no-spam = Bez spamu i autopromocji
guideline-on-topic = Trzymaj się tematu
guideline-privacy = Chroń prywatność
guideline-safety = Bezpieczeństwo

moderation-warn = Cześć { $name }, usunąłem Twoją wiadomość, bo narusza naszą zasadę „{ $guideline }”. Jeśli uważasz, że to pomyłka, możesz się odwołać komendą /appeal — moderator się temu przyjrzy.
moderation-report = { $name } ({ $user }) złamał(a) zasadę „{ $rule }” ({ $severity }) na #{ $channel }: { $excerpt }
moderation-ladder-reason = Punkty ostrzeżeń osiągnęły { $points } (ostatnia zasada: { $rule })
moderation-ladder-warn = Masz { $points } pkt ostrzeżeń. Punkty z czasem wygasają, ale kolejne naruszenia skończą się wyciszeniem.
