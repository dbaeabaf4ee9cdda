"""The Qt widgets of Relief Journal: they call services and redraw on their signals."""
