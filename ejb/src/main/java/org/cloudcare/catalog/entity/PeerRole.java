package org.cloudcare.catalog.entity;

/** How another party takes part in delivering an offering (ITU-T 8.3.2.15, ISO/TS 23535 5.2.9). */
public enum PeerRole {
    /** A peer cloud service provider whose services the offering uses. */
    PEER_PROVIDER,
    /** A subcontractor working for the provider (operations, support, data centre). */
    SUBCONTRACTOR
}
