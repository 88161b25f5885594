package org.cloudcare.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

import io.smallrye.graphql.spi.LookupService;
import io.smallrye.graphql.spi.ManagedInstance;

/**
 * How SmallRye finds the CDI bean behind a query or batch loader: like its own CDI lookup, but resolving each class
 * once. SmallRye's lookup calls {@code CDI.current()} for every operation it runs, and Payara answers that by walking
 * the caller's stack to find its module; deep in graphql-java's recursion that walk cost 7 % of all CPU time under the
 * dashboard benchmark. Registered through SmallRye's {@link LookupService} service loader, which prefers an
 * application's own implementation.
 */
public final class BeanLookup implements LookupService {

    private final Map<Class<?>, Instance<?>> resolved = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return "CDI, each bean class resolved once";
    }

    @Override
    public Class<?> getClass(Class<?> declaringClass) {
        return getInstance(declaringClass).get().getClass();
    }

    @Override
    public <T> ManagedInstance<T> getInstance(Class<T> declaringClass) {
        return new Managed<>(instanceOf(declaringClass).getHandle());
    }

    @Override
    public boolean isResolvable(Class<?> declaringClass) {
        return instanceOf(declaringClass).isResolvable();
    }

    @SuppressWarnings("unchecked")
    private <T> Instance<T> instanceOf(Class<T> declaringClass) {
        return (Instance<T>) resolved.computeIfAbsent(declaringClass,
                type -> CDI.current().getBeanContainer().createInstance().select(type));
    }

    /** A handle's bean, destroyed after use when it is {@code @Dependent} (as SmallRye's own lookup does). */
    private static final class Managed<T> implements ManagedInstance<T> {

        private final Instance.Handle<T> handle;
        private final T bean;

        Managed(Instance.Handle<T> handle) {
            this.handle = handle;
            this.bean = handle.get();
        }

        @Override
        public T get() {
            return bean;
        }

        @Override
        public void destroyIfNecessary() {
            if (handle.getBean().getScope().equals(Dependent.class)) {
                handle.destroy();
            }
        }
    }
}
