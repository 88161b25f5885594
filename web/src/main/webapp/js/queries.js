/**
 * The GraphQL operations the portal sends. Field names follow CONTRACT.md ("customer information
 * area"); selections are shared as plain strings so no query depends on the server's type names.
 */
import { config } from './config.js';

const INTERACTION_PAGE = `
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id occurredAt channel direction subject } }`;

const CUSTOMER_FIELDS = `
    id code name kind status language notificationChannels version
    contacts { id name role email phone }
    subscriptions(first: ${config.pageSize.subscriptions}) {
      totalCount
      edges { node { id name status region startDate } }
    }
    interactions(first: ${config.pageSize.interactions}) {${INTERACTION_PAGE}
    }`;

/** Who am I; for CSC users also their own customer (null for CSP staff). */
export const ME = `query Me {
  me {
    username name email roles
    customer {${CUSTOMER_FIELDS}
    }
  }
}`;

/** One customer with contacts, subscriptions and the first page of interactions. */
export const CUSTOMER = `query Customer($id: ID!) {
  customer(id: $id) {${CUSTOMER_FIELDS}
  }
}`;

/** The next page of a customer's interaction history. */
export const CUSTOMER_INTERACTIONS = `query CustomerInteractions($id: ID!, $after: String) {
  customer(id: $id) {
    id
    interactions(first: ${config.pageSize.interactions}, after: $after) {${INTERACTION_PAGE}
    }
  }
}`;

/** The customer list for CSP staff, one page at a time. */
export const CUSTOMERS = `query Customers($after: String) {
  customers(first: ${config.pageSize.customers}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code name kind status } }
  }
}`;

const PRODUCT_ORDER_FIELDS = `id productOfferingId action quantity region state stateReason
        milestones { name reachedAt }`;

/** The active offerings of the catalogue with their regions and prices. */
export const PRODUCT_OFFERINGS = `query ProductOfferings {
  productOfferings(first: 100, status: ACTIVE) {
    edges { node {
      id code name category description regions isBundle
      bundledProductOffering { id name }
      productOfferingPrice { name priceType price { amount currency } unitOfMeasure }
    } }
  }
}`;

/** A customer's orders, newest first, each with the product orders it was decomposed into. */
export const CUSTOMER_ORDERS = `query CustomerOrders($customerId: ID) {
  customerOrders(customerId: $customerId, first: ${config.pageSize.orders}) {
    totalCount
    edges { node {
      id state tmfState placedAt placedBy jeopardy requestedCompletionDate
      productOrders { ${PRODUCT_ORDER_FIELDS} }
    } }
  }
}`;

export const PLACE_CUSTOMER_ORDER = `mutation PlaceCustomerOrder($input: PlaceCustomerOrderInput!) {
  placeCustomerOrder(input: $input) { id state }
}`;

/** The open product orders of all customers (CSP service managers). */
export const PRODUCT_ORDER_QUEUE = `query ProductOrderQueue($after: String) {
  productOrderQueue(first: ${config.pageSize.orders}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${PRODUCT_ORDER_FIELDS} customerOrder { id customerId } } }
  }
}`;

export const START_PRODUCT_ORDER = `mutation StartProductOrder($id: ID!) {
  startProductOrder(id: $id) { id state }
}`;

export const COMPLETE_PRODUCT_ORDER = `mutation CompleteProductOrder($id: ID!) {
  completeProductOrder(id: $id) { id state }
}`;

const TICKET_FIELDS = `id customer kind ticketType severity priority status description receivedAt
      deadlines { kind due timeLeftMinutes stopped breached }`;

/** Trouble tickets, the least time left first: a customer's own, or (staff) those of every customer. */
export const PROBLEMS = `query Problems($customerId: ID, $after: String) {
  problems(customerId: $customerId, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${TICKET_FIELDS} } }
  }
}`;

export const REPORT_PROBLEM = `mutation ReportProblem($input: ReportProblemInput!) {
  reportProblem(input: $input) { ${TICKET_FIELDS} }
}`;

export const START_TROUBLE_TICKET = `mutation StartTroubleTicket($id: ID!) {
  startTroubleTicket(id: $id) { ${TICKET_FIELDS} }
}`;

export const RESOLVE_TROUBLE_TICKET = `mutation ResolveTroubleTicket($id: ID!, $resolution: String!) {
  resolveTroubleTicket(id: $id, resolution: $resolution) { ${TICKET_FIELDS} }
}`;

/** The incident report and the conclusion report of a major incident. */
export const INCIDENT_REPORTS = `query IncidentReports($id: ID!) {
  incidentReports(troubleTicketId: $id) {
    id kind impact cause explanation countermeasures writtenAt chronology { occurredAt text }
  }
}`;

/**
 * The agreements of one customer (ISO/TS 23535), for the subscriptions card. Only the customer's administrator
 * and business manager and CSP staff may read them; a customer's plain user is FORBIDDEN, so it is not asked.
 */
export const CUSTOMER_AGREEMENTS = `query CustomerAgreements($id: ID!) {
  serviceLevelAgreements(customerId: $id, first: 100) {
    edges { node { id subscriptionId status expiryDate terms { availabilityPercent targetResponseTimeMinutes } } }
  }
}`;

export const SERVICE_LEVEL_STATUS = `query ServiceLevelStatus($id: ID!) {
  serviceLevelStatus(customerId: $id) {
    agreementId agreementName subscriptionId period windowEnd overall
    objectives { objective unit contractual delivered targetMinutes status }
  }
}`;

export const SERVICE_LEVEL_TREND = `query ServiceLevelTrend($id: ID!) {
  serviceLevelTrend(agreementId: $id) { agreementId period targetPercent days { day availability downSeconds belowTarget } }
  serviceLevelHistory(agreementId: $id, months: 6) {
    period objectives { objective contractual delivered met }
    violations { id objective contractualValue deliveredValue creditPercent credit { amount currency } }
  }
}`;
