"""Simulators that speak the same bytes as the real devices, for the demo mode and the tests."""
