package org.cloudcare.platform.outbox;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Selects the outbox events of one {@link DomainEvent#eventType() type}:
 * {@code void onSuspended(@Observes @EventType(CustomerSuspended.TYPE) OutboxEvent event)}. An observer without this
 * qualifier sees every event.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, METHOD, TYPE})
public @interface EventType {

    String value();

    /** The qualifier as a value, for {@code Event.select}. */
    final class Literal extends AnnotationLiteral<EventType> implements EventType {

        private static final long serialVersionUID = 1L;
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        public static Literal of(String value) {
            return new Literal(value);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
