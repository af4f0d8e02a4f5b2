"""Shift figures for supervisors: the hourly roll-up the figures read (`hours`), the figures
themselves (`reports`), shifts and periods (`shifts`), the printed shift report
(`shift_report`) and the refunds export for bookkeeping (`exports`).  A new figure goes in
`reports` (reading `hours` where it can)."""
