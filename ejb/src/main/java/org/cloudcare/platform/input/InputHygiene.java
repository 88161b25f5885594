package org.cloudcare.platform.input;

import java.lang.reflect.Parameter;
import java.util.Collection;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Applies {@link TextHygiene} to every text argument of a boundary call (strings, and strings in collections), named
 * by its parameter, before the call does anything. One place for every area, so no field can forget the rule.
 */
@CheckedInput
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class InputHygiene {

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Parameter[] parameters = invocation.getMethod().getParameters();
        Object[] arguments = invocation.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            boolean longText = parameters[i].isAnnotationPresent(LongText.class);
            if (arguments[i] instanceof String text) {
                TextHygiene.check(parameters[i].getName(), text, longText);
            } else if (arguments[i] instanceof Collection<?> items) {
                for (Object item : items) {
                    if (item instanceof String text) {
                        TextHygiene.check(parameters[i].getName(), text, longText);
                    }
                }
            }
        }
        return invocation.proceed();
    }
}
