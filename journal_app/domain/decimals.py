"""Numbers as the CSV files write them: one home for the exports' number formats."""

from __future__ import annotations

from decimal import Decimal


def plain(value: float) -> str:
    """A number as a person writes it: 155, 1.5, 0.25 (no trailing .0, no exponent)."""
    if float(value).is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def fixed(value: float | None, decimals: int) -> str:
    """``value`` rounded to ``decimals`` places; blank for None."""
    # Adding 0.0 turns a negative zero into "0.0" rather than "-0.0".
    return "" if value is None else f"{round(value, decimals) + 0.0:.{decimals}f}"


def whole(value: int | None) -> str:
    """A count; blank for None."""
    return "" if value is None else str(value)
