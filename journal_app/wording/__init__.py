"""How the app words dates, counts and codes: one home for the window, the charts and the report."""
