"""Numbers, money and lengths written the way the user's language writes them (babel).

The number locale of each shipped language is the one the reports use (``resources/reports/strings.toml``,
``[settings.number_locale]``), so the screen and the printed bill agree: French writes "5 312 821 KES" and
"2,00 m", English (Kenya) "KES 5,312,821" and "2.00 m". ``install_translator`` sets it with the language.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.numbers import format_currency, format_decimal

from designer.resources import resource_path

__all__ = ["money", "number", "number_locale", "set_language"]

_current = {"locale": "en_KE"}


@cache
def _number_locales() -> dict[str, str]:
    data = tomllib.loads(resource_path("reports", "strings.toml").read_text(encoding="utf-8"))
    return dict(data["settings"]["number_locale"])


def set_language(lang: str) -> None:
    """Write numbers as ``lang`` (a shipped language code) does from now on."""
    _current["locale"] = _number_locales().get(lang, lang if lang else "en_KE")


def number_locale() -> str:
    """Return the babel locale numbers are written in now."""
    return _current["locale"]


def number(value: float | Decimal | int, decimals: int = 0) -> str:
    """Return ``value`` with the locale's separators and exactly ``decimals`` decimals."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=number_locale())


@cache
def _whole_currency_pattern(locale: str) -> str:
    # The locale's own currency pattern (symbol before or after, spacing), without the cents.
    pattern = str(Locale.parse(locale).currency_formats["standard"].pattern).split(";")[0]
    return pattern.replace(".00", "")


def money(value: Decimal | float | str, currency: str) -> str:
    """Return an amount rounded to whole units with its currency code, as the locale writes it."""
    amount = value if isinstance(value, Decimal) else Decimal(str(value))
    text = format_currency(
        amount,
        currency,
        format=_whole_currency_pattern(number_locale()),
        locale=number_locale(),
        currency_digits=False,
        format_type="standard",
    ).replace(_symbol(currency), currency)
    # The code, not a local symbol ("Ksh"), names the currency; it never touches the digits.
    return re.sub(rf"(?<=\d)(?={currency})|(?<={currency})(?=[\d-])", " ", text)


def _symbol(currency: str) -> str:
    from babel.numbers import get_currency_symbol

    return get_currency_symbol(currency, locale=number_locale())
