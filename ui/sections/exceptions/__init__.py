"""The Exceptions section: the queue's table model, the detail pane's HTML, the photo dialog
and the section widget."""
