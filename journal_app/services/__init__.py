"""Use cases of Relief Journal, between the widgets and the storage."""
