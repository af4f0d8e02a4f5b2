"""The Exceptions section: the queue's table model (model), the detail pane's HTML (detail), the
photo dialog (photos) and the section widget (section)."""
