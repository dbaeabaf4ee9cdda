"""Charts of the Relief Journal window."""
