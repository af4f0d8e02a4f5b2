"""Expected returns in from a CSV or JSON file, all or nothing: `importer` (import_file,
import_text) reads every row and field (`reading`), names each problem by its line and field
(`records`) and writes the checked records in one transaction (`writing`)."""
