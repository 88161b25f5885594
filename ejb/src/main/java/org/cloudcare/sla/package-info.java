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
 */
package org.cloudcare.sla;
