"""The demo: a site's worth of expected returns, operators and history (`data`) and the sandbox
shop that takes the station's refunds as a shop would, with its secret (`sandbox`)."""
