/**
 * The transactional outbox: how one business area tells others (and later customers' webhooks) that something
 * happened, without ever announcing a change that did not commit and without losing one that did.
 *
 * <p>Publishing: a boundary calls {@link org.cloudcare.platform.outbox.Outbox#publish(DomainEvent)} with a record
 * implementing {@link org.cloudcare.platform.outbox.DomainEvent}, inside its own transaction (the call is
 * {@code MANDATORY}). The event row commits or rolls back with the business change.
 *
 * <p>Observing: {@code void on(@Observes @EventType("customer.suspended") OutboxEvent event)} in any CDI bean;
 * {@link org.cloudcare.platform.outbox.OutboxEvent#payloadAs(Class)} gives the record back. Observers run after the
 * publishing transaction committed, in a delivery transaction of their own, without a caller identity; they must be
 * idempotent (a failure of any observer of an event makes all of them see it again).
 *
 * <p>Rules:
 * <ul>
 * <li>Nothing is delivered before commit: the {@link org.cloudcare.platform.outbox.OutboxRelay} reads committed rows
 * only. An after-commit nudge makes delivery fast; the five-second schedule makes it certain.</li>
 * <li>Every instance runs a relay; each event is claimed through the database
 * ({@link org.cloudcare.platform.outbox.OutboxClaims}: {@code FOR UPDATE SKIP LOCKED} plus a lease with a token), so
 * it is delivered once. A dead instance's leases run out and another instance takes over.</li>
 * <li>Failures are retried with exponential backoff ({@link org.cloudcare.platform.outbox.RetryPolicy}) and every
 * attempt is logged ({@link org.cloudcare.platform.outbox.DeliveryAttempt}); after the last attempt the event is
 * {@code FAILED} and stays for a person to look at. Delivered events are kept.</li>
 * <li>Delivery goes to one {@link org.cloudcare.platform.outbox.DeliveryTarget}; today that is the CDI observers.</li>
 * </ul>
 */
package org.cloudcare.platform.outbox;
