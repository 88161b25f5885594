/**
 * Claims through the database, so that work is done once although several CloudCare instances share one database.
 *
 * <p>{@link org.cloudcare.platform.claim.Leases} is the platform's claim mechanism for scheduled jobs: a job that must
 * run once across all instances (e.g. the SLA evaluation of a month, key {@code sla-evaluation:2026-11}) takes the
 * lease on its key, does its work, and completes the key; the other instances find the key taken or completed and skip
 * it. A lease has an expiry: when the holder crashes, the lease runs out and another instance takes the key over. Every
 * lease carries a fresh token; renewing, releasing and completing need that token, so a holder whose lease was taken
 * over cannot complete someone else's work.
 *
 * <p>Rules: no in-memory state decides who runs what; the database row does. A lease is written in its own short
 * statement (auto-committed), never inside the caller's business transaction, so it is visible to other instances at
 * once and survives the caller's rollback. Jobs must still be safe to re-run after a takeover (the holder may have
 * crashed half way), and long jobs renew their lease before it runs out.
 *
 * <p>{@link org.cloudcare.platform.claim.InstanceName} names this instance in leases and logs
 * ({@code cloudcare.instance.name}, by default host name and process id).
 */
package org.cloudcare.platform.claim;
