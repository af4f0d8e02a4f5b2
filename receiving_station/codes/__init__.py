"""What a scanned code is: carrier tracking numbers, RMAs, GTINs and GS1 strings, LPNs and the
bench's command barcodes (`identify`), the check digits they carry (`checkdigits`), the station's
own license plate numbers (`lpn`) and the printable sheet of command barcodes (`command_sheet`)."""
