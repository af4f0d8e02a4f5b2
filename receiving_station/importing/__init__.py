"""Expected returns in from a CSV or JSON file: every row checked, all or nothing (`importer`)."""
