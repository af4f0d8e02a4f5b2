"""Shopify: the Admin GraphQL API as a connector (connector.py), the documents it sends
(documents.py) and how a shop's return becomes the station's expected return (returns.py)."""
