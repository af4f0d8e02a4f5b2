"""The window's sections, one *Section widget each: bench, login, exceptions/, labels, upstream,
figures; `base` holds what the live sections share (LiveSection, Choices)."""
