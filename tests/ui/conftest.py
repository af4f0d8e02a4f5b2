"""The demo window fixtures (tests/helpers/window.py) for every window test."""

from tests.helpers.window import demo, window  # noqa: F401 - pytest fixtures
