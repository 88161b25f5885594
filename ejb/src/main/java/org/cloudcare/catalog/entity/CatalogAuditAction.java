package org.cloudcare.catalog.entity;

import org.cloudcare.audit.entity.AuditAction;

/** What the audit trail records of the catalogue. Catalogue lines belong to no tenant. */
public enum CatalogAuditAction implements AuditAction {
    PRODUCT_OFFERING_CREATED(ProductOffering.TYPE),
    PRODUCT_OFFERING_UPDATED(ProductOffering.TYPE),
    PRODUCT_OFFERING_ACTIVATED(ProductOffering.TYPE),
    PRODUCT_OFFERING_RETIRED(ProductOffering.TYPE),
    PRODUCT_OFFERING_PRICE_ADDED(ProductOffering.TYPE),
    PRODUCT_OFFERING_PRICE_REMOVED(ProductOffering.TYPE),
    SLA_TEMPLATE_SET(ProductOffering.TYPE),
    PRODUCT_OFFERING_THRESHOLDS_SET(ProductOffering.TYPE);

    private final String entityType;

    CatalogAuditAction(String entityType) {
        this.entityType = entityType;
    }

    @Override
    public String entityType() {
        return entityType;
    }
}
