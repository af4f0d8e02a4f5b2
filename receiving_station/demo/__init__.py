"""The demo: the site it plays (`site`: markets, people, benches, products, carriers), a site's
worth of expected returns, operators and history written from it (`data`), and the sandbox shop
that takes the station's refunds as a shop would, with its secret (`sandbox`)."""
