"""The demo: the site it plays (`site`: markets, people, benches, products, carriers), a site's
worth of expected returns, operators and history written from it (`data`), the weeks of work
its benches, leads and supervisor did by the real operations for demo mode (`history`, on a
`timeline`, the leads' decisions in `leads`), and the sandbox shop that takes the station's
refunds as a shop would, with its secret (`sandbox`)."""
