"""The demo window fixtures of test_bench_window, for the other window tests too."""

from tests.ui.test_bench_window import demo, window  # noqa: F401 - pytest fixtures
