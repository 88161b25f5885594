/**
 * Cloud service agreements (ISO/TS 23535 5.2-5.15): the agreement a customer holds for each subscription, made from
 * the offering's SLA template when the subscription starts.
 * <p>
 * Rules: an agreement copies the template's terms when it is made, so a later change of the template never changes
 * it; its start, expiry, expiry-notice and renewal dates follow from those terms (UTC); the provider's business manager
 * negotiates overrides of single objectives, each kept as its own row with who, when, old and new value and reason, and
 * the effective terms are the copy with the overrides applied in the order they were made; it moves active →
 * expired or terminated (illegal moves are CONFLICT); every agreement row carries its customer's code as the tenant
 * key.
 * <p>
 * Measurements and evaluation (eTOM 1.3.8, ITU-T 10.1.2.2): measurements pushed by the monitoring system are kept as
 * received; planned outages announced at least the agreement's notice ahead are excused from availability; each
 * agreement is evaluated per calendar month (UTC) for every objective - delivered against contractual - with
 * set-based queries per chunk of agreements; a closed month's missed objectives become violations, once per agreement,
 * month and objective, with the service credit from the agreement's tiers pending billing; the monthly close runs once
 * across instances under a lease, in chunks, and resumes where it stopped.
 * <p>
 * Customer quality management (ITU-T Y.3525 10.1.2.3, {@code boundary.CustomerQuality}) lives here, not in the customer
 * area: the ITU text puts it beside customer SLA management under the customer's problem, SLA and quality functions
 * (10.1.2), and apart from customer information management (10.1.3), which keeps the records it reads. It only
 * combines figures other areas keep (ticket satisfaction and contact performance, order completion on time,
 * interactions per channel) and will take the SLA compliance of the evaluated agreements; a staff read of it is a
 * customer profile inquiry in the customer's audit trail.
 * <p>
 * Support of customer QoS/SLA management (eTOM 1.2.4.1, {@code boundary.QualityAnalyses}): the provider's own view -
 * agreements at risk in the running month, trend analysis of groups of like offerings, aggregate analysis across
 * customers and SLA types - read from the stored evaluation results, each analysis run logged with the offerings it
 * concerns.
 */
package org.cloudcare.sla;
