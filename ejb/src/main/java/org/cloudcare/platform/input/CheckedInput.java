package org.cloudcare.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Puts a boundary's text input through {@link InputHygiene} before any of its methods runs. Every EJB boundary carries
 * it; a unit test fails when one does not.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckedInput {
}
