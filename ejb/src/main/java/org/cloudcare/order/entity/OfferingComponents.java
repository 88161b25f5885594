package org.cloudcare.order.entity;

import java.util.List;

/**
 * The catalogue's answer to decomposition: the component offerings of a bundle offering, empty for an offering that
 * is not a bundle. The order area asks through this interface so that it does not depend on catalogue classes.
 */
@FunctionalInterface
public interface OfferingComponents {

    /** The ids of the offering's components in catalogue order, or an empty list when it is not a bundle. */
    List<String> componentsOf(String productOfferingId);
}
