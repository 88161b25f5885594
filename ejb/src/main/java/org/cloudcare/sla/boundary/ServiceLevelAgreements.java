package org.cloudcare.sla.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;

import org.cloudcare.audit.control.AuditLog;
import org.cloudcare.customer.entity.Customer;
import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.customer.entity.InteractionChannel;
import org.cloudcare.customer.entity.InteractionDirection;
import org.cloudcare.platform.input.CheckedInput;
import org.cloudcare.platform.input.LongText;
import org.cloudcare.platform.outbox.Outbox;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.paging.PagedQuery;
import org.cloudcare.platform.persistence.Flush;
import org.cloudcare.platform.security.Caller;
import org.cloudcare.platform.security.CallerContext;
import org.cloudcare.platform.security.Roles;
import org.cloudcare.platform.tenancy.TenantScope;
import org.cloudcare.platform.time.Timestamps;
import org.cloudcare.sla.entity.AgreementOverride;
import org.cloudcare.sla.entity.ServiceLevelAgreement;
import org.cloudcare.sla.entity.ServiceLevelAgreementChanged;
import org.cloudcare.sla.entity.SlaAuditAction;
import org.cloudcare.sla.entity.SlaObjective;

/**
 * Customers' cloud service agreements (ISO/TS 23535). Agreements are made by publication (a subscription that starts,
 * see {@link org.cloudcare.sla.control.AgreementPublication}); here they are read and renegotiated.
 * <p>
 * <b>Who reads.</b> Every user of the customer reads its own customer's agreements (the terms its service is
 * delivered under; the administrator and business manager check them, ISO/TS 23535 5.1.1.3, 5.1.1.4) - another
 * customer's are NOT_FOUND. Provider staff read all. <b>Who negotiates.</b> The provider's business manager
 * (5.1.2.5: develops and maintains contracts and SLAs) records what was agreed with the customer, one objective at a
 * time, with the reason; the change is audited, sent through the outbox and written on the customer's history in the
 * same transaction.
 */
@Stateless
@CheckedInput
public class ServiceLevelAgreements {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    TenantScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public ServiceLevelAgreement serviceLevelAgreement(String id) {
        return scope.find(ServiceLevelAgreement.class, ServiceLevelAgreement.TYPE, id);
    }

    /** The agreements of one customer (all the caller may see when left out), newest first. */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public Page<ServiceLevelAgreement> serviceLevelAgreements(String customerId, PageRequest page) {
        return PagedQuery.page(em, ServiceLevelAgreement.class, (cb, agreement) -> customerId == null
                ? scope.visible(cb, agreement)
                : cb.and(scope.visible(cb, agreement), cb.equal(agreement.get("customerId"), customerId)),
                (cb, agreement) -> List.of(cb.desc(agreement.get("startDate")), cb.asc(agreement.get("id"))), page);
    }

    /**
     * The agreements of several subscriptions at once (batched for GraphQL), in the order of the ids; null for one
     * without an agreement or that the caller may not see.
     */
    @RolesAllowed({Roles.CSC_USER, Roles.CSC_ADMIN, Roles.CSC_BUSINESS_MANAGER, Roles.CSP_SUPPORT,
            Roles.CSP_SERVICE_MANAGER, Roles.CSP_OPERATIONS, Roles.CSP_BUSINESS_MANAGER})
    public List<ServiceLevelAgreement> agreementsOf(List<String> agreementIds) {
        Set<String> ids = agreementIds.stream().filter(id -> id != null).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return agreementIds.stream().map(id -> (ServiceLevelAgreement) null).toList();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(ServiceLevelAgreement.class);
        var agreement = query.from(ServiceLevelAgreement.class);
        query.where(agreement.get("id").in(ids), scope.visible(cb, agreement));
        Map<String, ServiceLevelAgreement> found = em.createQuery(query).getResultStream()
                .collect(Collectors.toMap(ServiceLevelAgreement::getId, Function.identity()));
        return agreementIds.stream().map(id -> id == null ? null : found.get(id)).toList();
    }

    /**
     * Records an objective negotiated with the customer: its new value, checked with the rest of the terms in force,
     * and the reason; answers the agreement with it. Refusals name {@code objective}, {@code value} or {@code reason};
     * nothing is stored then.
     */
    @RolesAllowed(Roles.CSP_BUSINESS_MANAGER)
    public ServiceLevelAgreement negotiateOverride(String id, SlaObjective objective, BigDecimal value,
            @LongText String reason) {
        Caller caller = callers.current();
        ServiceLevelAgreement agreement = scope.find(ServiceLevelAgreement.class, ServiceLevelAgreement.TYPE, id);
        em.lock(agreement, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        AgreementOverride override = agreement.negotiate(objective, value, reason, caller.username(), now);
        String detail = objective + " " + plain(override.getOldValue()) + " -> " + plain(override.getNewValue())
                + ": " + override.getReason();
        audit.record(SlaAuditAction.AGREEMENT_OVERRIDE_NEGOTIATED, agreement, detail);
        outbox.publish(ServiceLevelAgreementChanged.of(agreement, SlaAuditAction.AGREEMENT_OVERRIDE_NEGOTIATED,
                detail, caller.username(), Timestamps.at(now)));
        Customer customer = em.find(Customer.class, agreement.getCustomerId());
        em.persist(new Interaction(customer, InteractionChannel.PORTAL, InteractionDirection.OUTBOUND,
                "Agreement objective renegotiated", agreement.getName() + ": " + detail, caller.username(), clock)
                .about(ServiceLevelAgreement.TYPE, agreement.getId()));
        Flush.now(em, ServiceLevelAgreement.TYPE + " " + agreement.getId(), Map.of());
        return agreement;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
