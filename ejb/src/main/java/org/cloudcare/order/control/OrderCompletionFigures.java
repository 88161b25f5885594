package org.cloudcare.order.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cloudcare.order.entity.CustomerOrderState;
import org.cloudcare.order.entity.OrderCompletionOnTime;

/**
 * The eTOM 1.3.8 order completion on time of any number of customers in one aggregate query (grouped by customer, no
 * rows loaded): what {@link org.cloudcare.order.boundary.OrderReporting} answers for one customer and the SLA
 * evaluation reads for a chunk of agreements. The caller has checked who may see which customer.
 */
@Dependent
public class OrderCompletionFigures {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    /** The figure of each customer for the orders completed in [{@code from}, {@code to}); every id is in the map. */
    public Map<String, OrderCompletionOnTime> of(Collection<String> customerIds, Instant from, Instant to) {
        OrderCompletionOnTime.checkPeriod(from, to);
        Map<String, OrderCompletionOnTime> figures = new HashMap<>();
        if (customerIds.isEmpty()) {
            return figures;
        }
        for (Object[] row : em.createQuery("SELECT o.customerId, COUNT(o),"
                + " SUM(CASE WHEN o.requestedCompletionDate IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN o.closedAt <= o.requestedCompletionDate THEN 1 ELSE 0 END)"
                + " FROM CustomerOrder o WHERE o.customerId IN :customers"
                + " AND o.state = :completed AND o.closedAt >= :from AND o.closedAt < :to GROUP BY o.customerId",
                Object[].class)
                .setParameter("customers", customerIds)
                .setParameter("completed", CustomerOrderState.COMPLETED)
                .setParameter("from", from.atOffset(ZoneOffset.UTC)).setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getResultList()) {
            String customer = (String) row[0];
            figures.put(customer, OrderCompletionOnTime.of(customer, from, to, count(row[1]), count(row[2]),
                    count(row[3])));
        }
        for (String customer : customerIds) {
            figures.computeIfAbsent(customer, c -> OrderCompletionOnTime.of(c, from, to, 0, 0, 0));
        }
        return figures;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
