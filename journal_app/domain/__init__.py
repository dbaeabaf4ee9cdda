"""Pure-Python core of Relief Journal: no Qt, no SQL."""
