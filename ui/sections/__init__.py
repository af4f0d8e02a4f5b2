"""The window's sections (one tab each, and the sign-in): bench, login, exceptions, labels,
upstream, figures; `base` holds what they share (LiveSection, Choices)."""
