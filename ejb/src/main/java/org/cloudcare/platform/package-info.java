/**
 * What every business area builds on, written once: who is calling and which tenants it may see
 * ({@code security}, {@code tenancy}), coded errors and input checks ({@code error}), cursor paging and batched child
 * lists ({@code paging}), the data source, migrations and flushing ({@code persistence}), UTC time ({@code time}) and
 * the demo data ({@code demo}). Areas use these pieces; none writes its own tenant filter, paging or error mapping.
 */
package org.cloudcare.platform;
