package org.cloudcare.it.support;

import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Runs test code with the application's entity manager in a transaction of its own, committed when the work returns,
 * for container tests of mappings that have no boundary yet.
 */
@Stateless
@PermitAll
public class InTransaction {

    @PersistenceContext(unitName = "cloudcare")
    EntityManager em;

    public <T> T apply(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
