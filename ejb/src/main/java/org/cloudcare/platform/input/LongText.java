package org.cloudcare.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary parameter that holds prose (a description, a reason): line breaks and tabs are allowed there. All
 * other text (names, codes, subjects, ids) is a single line.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface LongText {
}
