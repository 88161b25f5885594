package org.cloudcare.catalog.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cloudcare.platform.error.Reasons;

/**
 * One agreed performance threshold standard of a product offering (eTOM 1.2.4.1: "developing and maintaining, in the
 * product offering repository, acceptable and/or commercially agreed performance threshold standards"): for one
 * objective (and, for incident times, one priority) the value at which the provider starts to worry
 * ({@code warningValue}) and the value that counts as a breach ({@code breachValue}), in the objective's unit. The
 * warning always comes first on the way from good to bad: above the breach for availability, below it for times.
 * <p>
 * Part of the {@link ProductOffering} aggregate, replaced as a whole set; internal to the provider (customers see the
 * SLA template's terms, never these).
 */
@Entity
@Table(name = "product_offering_threshold")
public class ThresholdStandard {

    /** How threshold standards are named in errors. */
    public static final String TYPE = "ThresholdStandard";
    /** At most one per objective and priority: 2 + 2 x 4 = 10; room for more objectives later. */
    static final int MAX_STANDARDS = 20;
    private static final String FIELD = "thresholds";

    @Id
    private String id;

    // lazy: standards are read in batches by offering id, never to reach their offering
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "offering_id", updatable = false)
    private ProductOffering offering;

    @Column(name = "offering_id", nullable = false, insertable = false, updatable = false)
    private String offeringId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ThresholdObjective objective;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private IncidentPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ThresholdUnit unit;

    @Column(name = "warning_value", nullable = false, updatable = false)
    private BigDecimal warningValue;

    @Column(name = "breach_value", nullable = false, updatable = false)
    private BigDecimal breachValue;

    protected ThresholdStandard() {
    }

    ThresholdStandard(ProductOffering offering, Terms terms) {
        this.id = UUID.randomUUID().toString();
        this.offering = offering;
        this.offeringId = offering.getId();
        this.objective = terms.objective();
        this.priority = terms.priority();
        this.unit = terms.unit();
        this.warningValue = terms.warningValue().setScale(4);
        this.breachValue = terms.breachValue().setScale(4);
    }

    /** One standard as sent; {@link #checked} decides whether a set of them may be kept. */
    public record Terms(ThresholdObjective objective, IncidentPriority priority, ThresholdUnit unit,
            BigDecimal warningValue, BigDecimal breachValue) {
    }

    /**
     * The set of standards of one offering, checked as a whole: every reason at once, each naming the row and field
     * ({@code thresholds[2].breachValue}). The unit must be the objective's (a response time sent in seconds is
     * refused, not misread), incident times need a priority and the others none, both values lie in the unit's range,
     * the warning comes before the breach, and no objective (with its priority) appears twice. An empty list is a
     * valid set: the offering then has no standards.
     */
    public static List<Terms> checked(List<Terms> standards) {
        Reasons reasons = new Reasons();
        if (standards == null) {
            reasons.add(FIELD, "Send the threshold standards (an empty list removes them all).");
            reasons.throwIfAny("The threshold standards were refused.");
        }
        if (standards.size() > MAX_STANDARDS) {
            reasons.add(FIELD, "An offering has at most " + MAX_STANDARDS + " threshold standards.");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Terms> kept = new ArrayList<>(standards.size());
        for (int i = 0; i < standards.size(); i++) {
            String row = FIELD + "[" + i + "]";
            Terms standard = standards.get(i);
            if (standard == null) {
                reasons.add(row, "A threshold standard must not be empty.");
                continue;
            }
            check(row, standard, reasons);
            if (standard.objective() != null) {
                String key = standard.objective() + "/" + standard.priority();
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    reasons.add(row + ".objective", "thresholds[" + first + "] already sets " + describe(standard)
                            + "; give each objective" + (standard.objective().perPriority() ? " and priority" : "")
                            + " once.");
                }
            }
            kept.add(standard);
        }
        reasons.throwIfAny("The threshold standards were refused.");
        return List.copyOf(kept);
    }

    private static void check(String row, Terms standard, Reasons reasons) {
        ThresholdObjective objective = standard.objective();
        if (objective == null) {
            reasons.add(row + ".objective", "Say which objective the standard is for.");
        }
        if (standard.unit() == null) {
            reasons.add(row + ".unit", "Say which unit the values are in.");
        } else if (objective != null && standard.unit() != objective.unit()) {
            reasons.add(row + ".unit", objective + " is stated in " + objective.unit() + ", not in "
                    + standard.unit() + ".");
        }
        if (objective != null && objective.perPriority() && standard.priority() == null) {
            reasons.add(row + ".priority", objective + " is stated per incident priority: name one.");
        } else if (objective != null && !objective.perPriority() && standard.priority() != null) {
            reasons.add(row + ".priority", objective + " has no incident priority: leave it out.");
        }
        ThresholdUnit unit = objective != null ? objective.unit() : standard.unit();
        boolean valuesFit = valueFits(row + ".warningValue", "warning value", standard.warningValue(), unit, reasons)
                & valueFits(row + ".breachValue", "breach value", standard.breachValue(), unit, reasons);
        if (valuesFit && objective != null) {
            int order = standard.warningValue().compareTo(standard.breachValue());
            if (objective.higherIsBetter() && order <= 0) {
                reasons.add(row + ".warningValue", "For " + objective + " a higher value is better: the warning"
                        + " value must lie above the breach value.");
            } else if (!objective.higherIsBetter() && order >= 0) {
                reasons.add(row + ".warningValue", "For " + objective + " a lower value is better: the warning"
                        + " value must lie below the breach value.");
            }
        }
    }

    private static boolean valueFits(String field, String what, BigDecimal value, ThresholdUnit unit,
            Reasons reasons) {
        if (value == null) {
            reasons.add(field, "The " + what + " is required.");
            return false;
        }
        String problem = unit == null ? null : unit.problemWith(what, value);
        reasons.addIf(field, problem);
        return problem == null && unit != null;
    }

    private static String describe(Terms standard) {
        return standard.objective() + (standard.priority() == null ? "" : " for " + standard.priority());
    }

    public String getId() {
        return id;
    }

    public String getOfferingId() {
        return offeringId;
    }

    public ThresholdObjective getObjective() {
        return objective;
    }

    /** The incident priority of an incident time standard; null for the others. */
    public IncidentPriority getPriority() {
        return priority;
    }

    public ThresholdUnit getUnit() {
        return unit;
    }

    public BigDecimal getWarningValue() {
        return warningValue;
    }

    public BigDecimal getBreachValue() {
        return breachValue;
    }

    @Override
    public String toString() {
        return describe(new Terms(objective, priority, unit, warningValue, breachValue)) + ": warning "
                + warningValue.stripTrailingZeros().toPlainString() + ", breach "
                + breachValue.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
