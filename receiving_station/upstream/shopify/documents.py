"""Every GraphQL document the Shopify connector sends, in one place: the contract tests
validate each against resources/shopify/admin-2026-10.graphql (Shopify's types as shopify.dev
gives them), so a field Shopify does not have fails there and not at a shop."""

from __future__ import annotations

API_VERSION = "2026-10"  # pinned: the stable Admin API version the connector was built to

# Orders with returns open or awaiting approval, updated since the cursor's time, oldest
# change first.  Page sizes keep the requested cost near 1,000 points (the single query's
# limit on a Standard plan).
EXPECTED_RETURNS = """
query ExpectedReturns($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      updatedAt
      processedAt
      presentmentCurrencyCode
      email
      customer { displayName email }
      shippingAddress { countryCodeV2 }
      transactions(first: 3) { id kind status gateway }
      returns(first: 3) {
        nodes {
          id
          name
          status
          returnLineItems(first: 10) {
            nodes {
              ... on ReturnLineItem {
                id
                quantity
                returnReasonNote
                fulfillmentLineItem {
                  lineItem {
                    id
                    sku
                    name
                    originalUnitPriceSet { presentmentMoney { amount currencyCode } }
                    variant { barcode }
                  }
                }
              }
            }
          }
          reverseFulfillmentOrders(first: 1) {
            nodes {
              lineItems(first: 10) {
                nodes { id fulfillmentLineItem { lineItem { id } } }
              }
            }
          }
          exchangeLineItems(first: 3) {
            nodes { id quantity lineItems { sku } }
          }
        }
      }
    }
  }
}
"""

# What a retry reads before it acts again (returnProcess has no idempotency key): how much
# of each return line was processed, and the order's refunds with their notes (where the
# station writes its key).
RETURN_STATE = """
query ReturnState($id: ID!) {
  return(id: $id) {
    id
    status
    returnLineItems(first: 50) {
      nodes { ... on ReturnLineItem { id processedQuantity } }
    }
    exchangeLineItems(first: 10) { nodes { id processedQuantity } }
    order { refunds(first: 100) { id note } }
  }
}
"""

PROCESS_RETURN = """
mutation ProcessReturn($input: ReturnProcessInput!) {
  returnProcess(input: $input) {
    return { id status }
    userErrors { field message code }
  }
}
"""

# The key is written into the document (checked to be [A-Za-z0-9-] first): shopify.dev's
# examples give @idempotent a literal.
CREATE_REFUND = """
mutation CreateRefund($input: RefundInput!) {
  refundCreate(input: $input) @idempotent(key: "%s") {
    refund { id totalRefundedSet { presentmentMoney { amount currencyCode } } }
    userErrors { field message }
  }
}
"""

# `upstream check`: the token and its scopes first (these need no scope), then each read
# the scopes allow, so one missing scope does not hide the others.
CHECK_ACCESS = """
query CheckAccess {
  shop { name currencyCode }
  currentAppInstallation { accessScopes { handle } }
}
"""

CHECK_LOCATION = """
query CheckLocation($location: ID) {
  location(id: $location) { id name isActive }
}
"""

CHECK_READ = """
query CheckRead {
  orders(first: 1, query: "return_status:in_progress") { nodes { id name } }
}
"""
