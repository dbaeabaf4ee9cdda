"""Dialogs of the Relief Journal window."""
