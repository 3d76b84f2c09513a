"""A cheap language guess among a community's candidate languages.

Counts distinct stop words and telltale letters in the start of a message; no network, no
model. It is meant to break ties (is "slut" Swedish "end" or English?), not to label
arbitrary text, so it answers None when the evidence is thin or evenly split.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["LANGUAGE_PROFILES", "guess_language"]

_MAX_CHARS = 160
_HINT_LETTERS = "".join(sorted(set("äöæøłąęśżźćńßü")))

_STOP = {
    "en": "the and is are you to of in it that this for on with was i my me what have be not "
    "do at but so just can will your they we he she if or an a no yes how why when there "
    "here its it's i'm don't all get got out up about like from would could should",
    "sv": "och jag är inte att det som på med för har vi du en ett av till om kan ska vad hur "
    "när där här också bara mycket nu så men eller dig mig sig någon något inga efter vill "
    "var de den dom hon han skulle kommer blir inget alla från sen tack hej då mer nej "
    "ja kanske bra",
    "nb": "og jeg er ikke å det som på med for har vi du en et av til om kan skal hva hvordan "
    "når der her også bare mye nå så men eller deg meg seg noen noe ingen etter vil var de "
    "den hun han skulle kommer blir alle fra takk hei da mer nei ja kanskje bra jo ikkje "
    "eg",
    "pl": "i w z na nie się to jest że co jak ale do ja ty mnie cię tak czy już jestem mam "
    "go jej mu po od za dla o przez ten ta te tu tam jeszcze bardzo może wszystko być "
    "był była są ma mi ci sobie tylko teraz dzięki cześć no",
    "da": "og jeg er ikke at det som på med for har vi du en et af til om kan skal hvad hvordan "
    "når der her også bare meget nu så men eller dig mig sig nogen noget ingen efter vil",
    "de": "und ich ist nicht das der die es mit für hat wir du ein eine von zu wenn kann soll "
    "was wie wann wo hier auch nur sehr jetzt so aber oder dich mich sich",
    "fi": "ja on ei se että mitä minä sinä hän me te he kun mutta tai niin vain myös nyt "
    "tämä tuo kiitos moi",
}
# Letters that point at a language (casefolded); each occurrence scores like a stop word.
_LETTERS = {
    "sv": "äö",
    "nb": "æø",
    "da": "æø",
    "pl": "łąęśżźćń",
    "de": "ßü",
    "fi": "äö",
}

LANGUAGE_PROFILES: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _STOP.items()
}


def guess_language(text: str, candidates: Sequence[str]) -> str | None:
    """The most likely of `candidates` for `text`, or None if nothing or a tie decides."""
    if not candidates:
        return None
    sample = text[:_MAX_CHARS].casefold()
    # str.split and set intersection run in C; a regex tokenizer costs several times more.
    # Words glued to punctuation ("hej!") are missed, which the letter hints make up for.
    words = set(sample.split())
    hints = {}
    if not sample.isascii():
        hints = {ch: sample.count(ch) for ch in _HINT_LETTERS if ch in sample}
    scores: dict[str, float] = {}
    for lang in dict.fromkeys(candidates):
        stop = LANGUAGE_PROFILES.get(lang)
        score = float(len(words & stop)) if stop else 0.0
        if hints:
            score += 1.5 * sum(hints.get(ch, 0) for ch in _LETTERS.get(lang, ""))
        scores[lang] = score
    best = max(scores.values())
    if best <= 0:
        return None
    winners = [lang for lang, s in scores.items() if s == best]
    return winners[0] if len(winners) == 1 else None
