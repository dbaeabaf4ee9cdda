"""Widgets of the Relief Journal window."""
