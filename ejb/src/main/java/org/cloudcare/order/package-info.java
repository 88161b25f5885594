/**
 * Customer order management (ITU-T Y.3525 10.1.1.1; TM Forum TMF622 Product Ordering, TMF637 Product Inventory):
 * establishment of a customer order with its consistency check, distribution into product orders (a bundle item
 * becomes one product order per component offering), tracking of each product order with milestones and jeopardy,
 * and the TMF622 lifecycle of the order.
 * <p>
 * Rules: an order is placed once per idempotency key - the same key with the same content is the same order, with
 * other content a CONFLICT; the consistency check names every failing item field at once ({@code items[1].region});
 * state words are TMF622's (acknowledged, rejected, inProgress, pending, held, assessingCancellation,
 * pendingCancellation, cancelled, completed, partial, failed) and an illegal move is a CONFLICT; the order's state
 * follows from its product orders' states by the rules of {@link org.cloudcare.order.entity.OrderStateRules}; every
 * change of the order's state is kept in its state history with who, when and why; an order is placed by the
 * customer's own user, or by the provider's service manager carrying out the customer's change request (the order
 * then names the trouble ticket). Order items refer to catalogue
 * offerings by id only: the catalogue answers, the order does not depend on its classes.
 */
package org.cloudcare.order;
