"""Kept for the modules still importing it here (day form, injection and preferences dialogs,
being edited on other branches): the names of codes live in journal_app.wording.labels."""

from __future__ import annotations

from journal_app.wording.labels import (
    indication_label,
    medication_label,
    product_label,
    side_effect_label,
)

__all__ = ["indication_label", "medication_label", "product_label", "side_effect_label"]
