"""Numbers, money and unit labels as the readers of a report expect them (babel + data in resources/reports).

Everything here takes plain values (Decimal, str), so the renderers stay independent of the design model.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from costing.boq.money import round_places
from costing.report.errors import ReportError

__all__ = ["ReportLocale", "report_locale", "unit_label_sets"]

CANONICAL_UNITS = ("m", "m2", "m3", "kg", "t", "nr", "item", "sum", "h")


def _data_dir() -> Path:
    return Path(str(files("jamii_resources"))) / "reports"


@cache
def _load_toml(name: str) -> dict[str, Any]:
    path = _data_dir() / name
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReportError(f"{path}: cannot read report data ({exc})") from exc


def unit_label_sets() -> dict[str, dict[str, str]]:
    """Return every unit-label set: set name -> {canonical unit or "name" -> label}."""
    return {k: dict(v) for k, v in _load_toml("unit_labels.toml").items()}


@dataclass(frozen=True)
class ReportLocale:
    """Language, number locale and unit labels of one report.

    Attributes:
        language: ISO 639-1 code of the words printed ("en", "sw", "fr", "pt", "hi").
        number_locale: babel locale of the numbers ("en_KE", "fr_FR", "hi_IN" with lakh grouping …).
        unit_labels: name of the unit-label set ("nrm", "east_africa", "india").
    """

    language: str
    number_locale: str
    unit_labels: str

    # ------------------------------------------------------------------ words
    def text(self, key: str, **values: object) -> str:
        """Return the report string ``key`` in this language (English when not translated), filled in."""
        strings = _load_toml("strings.toml")
        table = strings.get(self.language, {})
        template = table.get(key, strings["en"].get(key))
        if template is None:
            raise ReportError(f"no report string {key!r}")
        return str(template).format(**values) if values else str(template)

    @property
    def walking_speed_m_per_min(self) -> float:
        return float(_load_toml("strings.toml")["settings"]["walking_speed_m_per_min"])

    # ------------------------------------------------------------------ units
    def unit(self, canonical: str) -> str:
        """Return the printed label of a canonical unit (``m2`` → ``SM`` in East Africa); unknown units print as is."""
        labels = unit_label_sets()[self.unit_labels]
        return labels.get(canonical, canonical)

    def unit_set_name(self) -> str:
        return unit_label_sets()[self.unit_labels].get("name", self.unit_labels)

    # ------------------------------------------------------------------ numbers
    def money(self, value: Decimal) -> str:
        """Format money with two decimals and the locale's grouping, no currency symbol (bill cells)."""
        return _fixed(value, 2, self.number_locale)

    def number(self, value: Decimal, decimals: int = 0) -> str:
        """Format a number with exactly ``decimals`` places and the locale's symbols (plan labels, scales)."""
        return _fixed(value, decimals, self.number_locale)

    def quantity(self, value: Decimal) -> str:
        """Format a billed quantity with the decimals it carries (at most three)."""
        exponent = value.as_tuple().exponent
        decimals = 0 if not isinstance(exponent, int) else min(max(-exponent, 0), 3)
        return _fixed(value, decimals, self.number_locale)

    def currency(self, value: Decimal, currency: str, *, decimals: int = 0) -> str:
        """Format an amount with its currency for plain-language reading (poster, comparison)."""
        from babel.numbers import format_currency

        pattern = _money_pattern(self.number_locale).split(".")[0] + (
            "." + "0" * decimals if decimals else ""
        )
        return format_currency(
            round_places(value, decimals),
            currency,
            format="¤\u00a0" + pattern,
            locale=self.number_locale,
            currency_digits=False,
        )

    def parse(self, text: str) -> Decimal:
        """Parse a number printed by :meth:`money` back into a Decimal (used when reading reports back)."""
        from babel.numbers import parse_decimal

        return Decimal(parse_decimal(text.strip(), locale=self.number_locale, strict=False))


@cache
def _symbols(number_locale: str) -> tuple[str, str, str, int, int]:
    """Return (minus sign, decimal symbol, group symbol, primary and secondary group sizes) of a locale."""
    from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol, parse_pattern

    primary, secondary = parse_pattern(_money_pattern(number_locale)).grouping
    return (
        get_minus_sign_symbol(number_locale),
        get_decimal_symbol(number_locale),
        get_group_symbol(number_locale),
        primary,
        secondary,
    )


def _fixed(value: Decimal, decimals: int, number_locale: str) -> str:
    """Format ``value`` rounded half up to ``decimals`` places with the locale's symbols and grouping.

    Why not babel's format_decimal on every cell: it re-parses the pattern and looks the symbols up per
    call, which costs a fifth of a 2,000-line bill's render; the symbols and grouping still come from babel
    (CLDR), and a test checks the result against format_decimal.
    """
    minus, point, group, primary, secondary = _symbols(number_locale)
    q = round_places(value, decimals)
    text = f"{abs(q):f}"
    whole, _, frac = text.partition(".")
    if len(whole) > primary:
        head, parts = whole[:-primary], [whole[-primary:]]
        while len(head) > secondary:
            parts.append(head[-secondary:])
            head = head[:-secondary]
        if head:
            parts.append(head)
        whole = group.join(reversed(parts))
    sign = minus if q < 0 else ""
    return f"{sign}{whole}{point}{frac}" if decimals else f"{sign}{whole}"


@cache
def _money_pattern(number_locale: str) -> str:
    from babel import Locale

    pattern = str(Locale.parse(number_locale).decimal_formats[None].pattern)
    integer_part = pattern.split(";", maxsplit=1)[0].split(".", maxsplit=1)[0]
    return integer_part + ".00"


def report_locale(
    language: str = "en", unit_labels: str = "nrm", number_locale: str | None = None
) -> ReportLocale:
    """Return the locale of a report for a project language (``en``, ``sw``, ``fr``, ``pt``, ``hi`` or a full tag).

    Raises:
        ReportError: the unit-label set or the locale is unknown.
    """
    from babel import Locale, UnknownLocaleError

    if unit_labels not in unit_label_sets():
        known = ", ".join(sorted(unit_label_sets()))
        raise ReportError(f"unknown unit-label set {unit_labels!r}; known: {known}")
    lang = language.replace("-", "_").split("_")[0].lower() or "en"
    if number_locale is None:
        mapping = _load_toml("strings.toml")["settings"]["number_locale"]
        number_locale = (
            language.replace("-", "_") if "_" in language.replace("-", "_") else mapping.get(lang, lang)
        )
    try:
        Locale.parse(number_locale)
    except (UnknownLocaleError, ValueError) as exc:
        raise ReportError(f"unknown locale {number_locale!r}") from exc
    return ReportLocale(language=lang, number_locale=number_locale, unit_labels=unit_labels)
