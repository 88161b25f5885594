package org.cloudcare.catalog.entity;

/** The cloud service category of an offering (ISO/IEC 17788 service models). */
public enum OfferingCategory {
    IAAS,
    PAAS,
    SAAS
}
