"""Events in: the keyboard-wedge scan filter, the device hub (device events as Qt signals) and
the camera."""
