/**
 * Customer problem management (ITU-T Y.3525 10.1.2.1; ITU-T Y.3502 8.3.2.14 customer requests; ISO/TS 23535 5.2.8
 * target response time and 5.5 incident report, response, report delivery and repair time; TMF621 Trouble Ticket):
 * trouble tickets of three kinds (information request, incident, change request) with the TMF621 lifecycle, their
 * status-change history, diagnostic notes, related tickets, root cause and resolution, the customer's satisfaction
 * rating, agreement-driven timers with escalation, and incident reports.
 * <p>
 * Rules: a report is received whole or not at all, with every reason named at once; a ticket moves only along the
 * TMF621 transitions (illegal moves are CONFLICT); only provider staff work, hold, reject and resolve - a customer
 * cannot resolve their own ticket - and staff close only by recording how the customer accepted; the response clock
 * runs until the first response and the repair clock of an incident until resolution, both only within the
 * agreement's support hours (an IANA time zone, or 24x7), the repair clock not while the ticket waits for the customer;
 * a missed deadline is escalated once (priority one step up, recorded), never twice for the same deadline; an accepted
 * change request becomes one {@code modify} customer order, placed through the orders area's placement on the
 * customer's behalf, and the ticket and the order name each other; a ticket
 * refers to its subscription, agreement and change order by id only; every ticket row carries its customer's code as
 * the tenant key.
 */
package org.cloudcare.problem;
