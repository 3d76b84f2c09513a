"""A small mood lexicon per language (en, sv, nb, pl), shipped with Hearth.

Hand-picked everyday words, casefolded, with common inflected forms (Polish especially),
plus the negators that flip the word right after them ("not good", "inte bra", "ikke
bra", "nie dobrze"). It is deliberately small: it shows a community's mood trend, not the
feeling of one message, and needs no network or model download.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


POSITIVE: dict[str, frozenset[str]] = {
    "en": _words(
        """amazing appreciate appreciated awesome beautiful best brilliant congrats
        congratulations cool enjoy enjoyed excellent excited fantastic fixed friendly fun
        glad good great happy helpful interesting kind like liked love loved lovely nice
        perfect solved thank thanks useful welcome wonderful works wow yay"""
    ),
    "sv": _words(
        """bra bäst fantastisk fantastiskt fin fint fungerar gillade gillar glad glada grattis
        grym grymt hjälpsam härlig härligt intressant kul lyckades löst mysigt najs perfekt
        roligt schysst snygg snyggt tack toppen trevlig trevligt underbar underbart
        välkommen älskar"""
    ),
    "nb": _words(
        """best bra digg elsker fantastisk fin fint flott fungerer glad glade gratulerer gøy
        herlig herlige hyggelig interessant koselig kult liker likte løst morsomt nyttig
        perfekt super supert takk topp trivelig velkommen"""
    ),
    "pl": _words(
        """ciekawe ciekawy dobra dobre dobry dobrze doskonale doskonały działa dzięki dziękuję
        fajna fajne fajnie fajny genialnie genialny gratulacje gratuluję kocham lubimy lubię
        najlepsza najlepsze najlepszy piękna piękne pięknie piękny pomocna pomocny przydatne
        radość super udało uwielbiam witaj witamy wspaniale wspaniała wspaniałe wspaniały
        świetna świetne świetnie świetny"""
    ),
}

NEGATIVE: dict[str, frozenset[str]] = {
    "en": _words(
        """angry annoyed annoying awful bad boring broken bug bugs confused confusing crash
        crashed disappointed disappointing error fail failed failing hate hated horrible
        problem problems rude sad sorry stupid sucks terrible toxic ugly upset useless worst
        wrong"""
    ),
    "sv": _words(
        """arg besviken besviket bugg dum dumt dålig dåliga dåligt fel ful förvirrande hatar
        hemsk hemskt irriterande jobbigt krasch kraschar ledsen onödigt otrevlig otrevligt
        problem problemet suger sämst trasig trasigt tråkig tråkigt tyvärr"""
    ),
    "nb": _words(
        """beklager bug dum dumt dårlig dårlige feil forferdelig forvirrende frekk fryktelig
        hater irriterende kjedelig krasj krasjer lei problem problemet sint skuffende
        skuffet slitsomt stygg suger trist ubrukelig verst ødelagt"""
    ),
    "pl": _words(
        """beznadziejne beznadziejnie beznadziejny brzydki błąd błędy głupi głupie irytujące
        najgorsze najgorszy niemiły nienawidzę niestety nudne nudno nudny okropna okropne
        okropnie okropny problem problemy przykro rozczarowany smutna smutno smutny słaba
        słabo słaby toksyczny wkurza wkurzony zepsute zepsuty zła złe zły źle"""
    ),
}

NEGATORS: dict[str, frozenset[str]] = {
    "en": _words("not no never don't isn't wasn't doesn't dont"),
    "sv": _words("inte ej aldrig icke inga ingen"),
    "nb": _words("ikke ikkje aldri ingen ingenting"),
    "pl": _words("nie nigdy ani"),
}

LANGUAGES: tuple[str, ...] = tuple(POSITIVE)
