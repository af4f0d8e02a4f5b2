"""Restock labels: the jobs queued, printed and reprinted with a record of each (`jobs`) and the
label templates drawn as ZPL, PDF or a preview (`layout`)."""
