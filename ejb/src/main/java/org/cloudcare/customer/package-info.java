/**
 * Customer information management (ITU-T Y.3525 10.1.3.1; TMF629 customer, TMF637 product inventory, TMF683 party
 * interaction): the customers (tenants) with their kind, status, profile and contacts, their subscriptions, the
 * interaction history by every channel, the customer 360 view, and the users of each tenant (kept in Keycloak).
 * <p>
 * Rules: a customer's code is its tenant key and never changes; a terminated customer cannot change; a customer's
 * users see only their own customer, whatever id they send (objects of other tenants answer NOT_FOUND); profile edits
 * carry the version they were made on; interactions are history and never change; every change writes an audit line
 * in its own transaction.
 */
package org.cloudcare.customer;
