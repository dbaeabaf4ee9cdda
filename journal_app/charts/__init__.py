"""Chart painting shared by the window and the report: pyqtgraph figures, series, one palette.

Nothing here is a widget: the window hosts the figures in views it makes interactive
(journal_app.ui.charts), the report draws them onto its pages (journal_app.report).
"""
