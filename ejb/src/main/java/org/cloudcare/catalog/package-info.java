/**
 * The product catalogue (ITU-T Y.3502 8.3.2.12 "creating and maintaining content of a product catalogue"; TM Forum
 * TMF620 Product Catalog Management for the names) and the SLA templates of ISO/TS 23535 5.2-5.15: product offerings
 * (IaaS, PaaS, SaaS; bundles made of child offerings), their prices (recurring monthly, usage rate with included quota
 * and excess-usage rate, one-time; exact money in an ISO 4217 currency), the regions they can run in (data location,
 * ISO/TS 23535 5.7), the peer providers and subcontractors involved (5.2.9), support hours, and one SLA template per
 * offering with typed objectives (availability, response and repair times, downtime, backup, service credits, payment,
 * renewal and expiry) that a customer's agreement copies when it starts, and the offering's threshold standards
 * (eTOM 1.2.4.1: agreed warning and breach values per objective, kept in the offering repository for the provider's
 * own quality monitoring).
 * <p>
 * Rules: an offering is created {@code DRAFT}, becomes {@code ACTIVE} only when it is complete (a price, a region, an
 * SLA template whose data location lies in its regions, active components) and ends {@code RETIRED}; only an active
 * offering can be ordered, and a retired one keeps the subscriptions it has. What an offering is (name, category,
 * regions, bundle, support, peers) changes only while it is a draft; prices and the SLA template change until it is
 * retired, and so do the threshold standards. The catalogue belongs to the provider, not to a tenant: every signed-in
 * person browses active offerings, drafts and retired offerings are visible to provider staff only (others get
 * NOT_FOUND), threshold standards too (for others an offering has none), and only the provider's business manager
 * changes anything, except the threshold standards, which the service manager also sets. Every change writes an audit
 * line; lifecycle changes publish {@code catalog.offering-status-changed} and threshold changes
 * {@code catalog.offering-thresholds-changed} through the outbox.
 */
package org.cloudcare.catalog;
