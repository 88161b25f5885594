package org.cloudcare.problem.entity;

/** Who may read a diagnostic note. */
public enum NoteVisibility {
    /** Provider staff only. */
    INTERNAL,
    /** Also the customer's users. */
    CUSTOMER_VISIBLE
}
