"""Models of the Relief Journal window."""
