package org.cloudcare.catalog.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.cloudcare.platform.error.Checks;
import org.cloudcare.platform.input.TextHygiene;

/**
 * A party that takes part in delivering an offering: a peer cloud service provider or a subcontractor, which ISO/TS
 * 23535 5.2.9 says the customer must be told about.
 */
@Embeddable
public class PeerProvider {

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "peer_role", nullable = false)
    private PeerRole role;

    protected PeerProvider() {
    }

    /** Refusals name {@code peerProviders.name} or {@code peerProviders.role}. */
    public static PeerProvider of(String name, PeerRole role) {
        // part of a list input, which the boundary's input hygiene does not look into
        TextHygiene.check("peerProviders.name", name, false);
        PeerProvider peer = new PeerProvider();
        peer.name = Checks.text("peerProviders.name", name, 200);
        peer.role = Checks.required("peerProviders.role", role);
        return peer;
    }

    public String getName() {
        return name;
    }

    public PeerRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeerProvider peer && name.equals(peer.name) && role == peer.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role);
    }

    @Override
    public String toString() {
        return name + " (" + role + ")";
    }
}
