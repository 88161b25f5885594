/**
 * Multi-tenancy: every tenant-owned entity carries the customer code in its {@code tenant} attribute, and
 * {@link org.cloudcare.platform.tenancy.TenantScope} is the only place that decides, from the caller, which of them may
 * be seen. Boundaries of every area use it for the object check and the query predicate; none writes its own filter.
 */
package org.cloudcare.platform.tenancy;
