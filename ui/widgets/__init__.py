"""Small reusable widgets: the focus ring, the status row, the feedback flash and sounds."""
