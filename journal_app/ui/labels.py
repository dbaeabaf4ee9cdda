"""Human, translatable names for the codes of PRODUCT.md §3 (the CSV keeps the codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.domain.models import (
    PRODUCT_BRANDS,
    Indication,
    MedicationClass,
    Metric,
    Product,
    SideEffect,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def product_generic_name(product: Product) -> str:
    return _tr("Other product") if product is Product.OTHER else product.value


def product_label(product: Product) -> str:
    """Brand and generic name, e.g. "Botox (onabotulinumtoxinA)"."""
    brands = PRODUCT_BRANDS[product]
    if not brands:
        return product_generic_name(product)
    return f"{' / '.join(brands)} ({product.value})"


def indication_label(indication: Indication) -> str:
    return {
        Indication.CHRONIC_MIGRAINE: _tr("Chronic migraine"),
        Indication.CERVICAL_DYSTONIA: _tr("Cervical dystonia"),
        Indication.BLEPHAROSPASM: _tr("Blepharospasm"),
        Indication.HEMIFACIAL_SPASM: _tr("Hemifacial spasm"),
        Indication.SPASTICITY: _tr("Spasticity"),
        Indication.OTHER_SPASM: _tr("Other spasm"),
    }[indication]


def side_effect_label(side_effect: SideEffect) -> str:
    return {
        SideEffect.DIFFICULTY_SWALLOWING: _tr("Difficulty swallowing"),
        SideEffect.DROOPING_EYELID: _tr("Drooping eyelid"),
        SideEffect.SPEECH_DIFFICULTY: _tr("Difficulty speaking"),
        SideEffect.BLURRED_VISION: _tr("Blurred vision"),
        SideEffect.MUSCLE_WEAKNESS: _tr("Muscle weakness"),
        SideEffect.EXCESS_TEARING: _tr("Excess tearing"),
        SideEffect.NECK_PAIN: _tr("Neck pain"),
        SideEffect.BACK_PAIN: _tr("Back pain"),
        SideEffect.OTHER: _tr("Other"),
    }[side_effect]


def medication_label(medication_class: MedicationClass) -> str:
    return {
        MedicationClass.SIMPLE_ANALGESIC: _tr("Simple analgesic"),
        MedicationClass.TRIPTAN: _tr("Triptan"),
        MedicationClass.COMBINATION_ANALGESIC: _tr("Combination analgesic"),
        MedicationClass.OPIOID: _tr("Opioid"),
        MedicationClass.OTHER: _tr("Other medication"),
    }[medication_class]


def metric_label(metric: Metric) -> str:
    return {Metric.SPASM: _tr("Spasm severity"), Metric.HEADACHE: _tr("Headache severity")}[metric]
