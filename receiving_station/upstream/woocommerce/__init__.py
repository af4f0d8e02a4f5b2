"""WooCommerce: the REST API v3 as a connector (connector.py) and the OAuth 1.0a signature it
uses over plain HTTP (oauth.py)."""
