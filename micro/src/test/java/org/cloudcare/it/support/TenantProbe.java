package org.cloudcare.it.support;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.paging.Page;
import org.cloudcare.platform.paging.PageRequest;
import org.cloudcare.platform.tenancy.TenantOwned;

/**
 * Calls every public method of every EJB boundary as the caller of the request (a real MP-JWT principal), with the
 * ids of another tenant's objects, and answers one line per method: {@code Class.method OUTCOME}. The outcome is
 * {@code NOT_FOUND}, {@code FORBIDDEN} (refused by the tenant or role rules of CloudCare), {@code DENIED} (refused by
 * {@code @RolesAllowed}), {@code CLEAN} (an answer holding nothing of another tenant), {@code LEAK} (it held something)
 * or {@code UNPROBED} (the probe cannot build an argument of that type yet: teach it). Boundaries found by CDI, so a new
 * area's boundary is probed without changing this class.
 */
@WebServlet("/it/tenant-probe")
public class TenantProbe extends HttpServlet {

    /** Boundaries whose ids live in Keycloak, not in this container test; TenantUsersIT proves them over HTTP. */
    private static final Set<String> OUTSIDE_THE_DATABASE = Set.of("TenantUsers");

    @Inject
    BeanManager beans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> foreignIds = Map.of(
                "customer", request.getParameter("customerId"),
                "contact", request.getParameter("contactId"),
                "version", request.getParameter("version"));
        String ownTenant = request.getParameter("ownTenant");
        List<String> lines = new ArrayList<>();
        for (Class<?> boundary : boundaries()) {
            Object bean = CDI.current().select(boundary).get();
            for (Method method : boundary.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    lines.add(boundary.getSimpleName() + "." + method.getName() + " "
                            + outcome(bean, method, foreignIds, ownTenant));
                }
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(String.join("\n", lines));
    }

    private List<Class<?>> boundaries() {
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass)
                .filter(type -> type.getName().startsWith("org.cloudcare.") && type.getName().contains(".boundary.")
                        && type.isAnnotationPresent(Stateless.class)
                        && !OUTSIDE_THE_DATABASE.contains(type.getSimpleName()))
                .distinct().sorted(Comparator.comparing(Class::getName)).toList();
    }

    private static String outcome(Object bean, Method method, Map<String, String> foreignIds, String ownTenant) {
        Object[] arguments = new Object[method.getParameterCount()];
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(parameters[i], foreignIds);
            if (arguments[i] == Unprobed.INSTANCE) {
                return "UNPROBED " + parameters[i].getParameterizedType();
            }
        }
        try {
            return holdsForeignData(method.invoke(bean, arguments), ownTenant) ? "LEAK" : "CLEAN";
        } catch (InvocationTargetException e) {
            Throwable failure = e.getCause();
            if (failure instanceof EJBAccessException) {
                return "DENIED";
            }
            if (failure instanceof CloudCareException refusal) {
                return refusal.code().name();
            }
            return "FAILED " + failure;
        } catch (IllegalAccessException e) {
            return "FAILED " + e;
        }
    }

    /** An argument for a parameter, from its name and type: ids are always the other tenant's. */
    private static Object argument(Parameter parameter, Map<String, String> foreignIds) {
        Class<?> type = parameter.getType();
        String name = parameter.getName();
        if (type == String.class) {
            return switch (name) {
                // the catalogue's ids: another tenant's customer id names no offering or price
                // the order's ids too: another tenant's customer id names no order or product order of anyone
                // and the trouble tickets': it names no ticket, report or subscription of anyone
                // and the SLA evaluation's: it names no agreement of anyone
                case "id", "customerId", "entityId", "productOfferingId", "priceId", "productOrderId", "ticketId",
                        "relatedTicketId", "reportId", "subscriptionId", "agreementId" ->
                        foreignIds.get("customer");
                case "contactId" -> foreignIds.get("contact");
                case "batchId" -> "probe-batch";
                // a month that has ended, so that only the tenant and role rules can refuse
                case "period" -> java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1).toString();
                case "entityType" -> "Customer";
                case "code" -> "probe-tenant";
                case "email" -> "probe@probe.example";
                case "language" -> "en";
                case "phone" -> null;
                default -> name.toLowerCase().endsWith("id") ? Unprobed.INSTANCE : "Probe " + name;
            };
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(foreignIds.get("version"));
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true; // e.g. a relocation consent: the most a caller can claim
        }
        if (type == java.time.Instant.class) {
            return null;
        }
        if (type == java.time.OffsetDateTime.class) {
            // a period that holds the other tenant's history: a report must still show none of it
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            return "from".equals(name) ? now.minusDays(30) : now.plusDays(1);
        }
        if (type == java.math.BigDecimal.class) {
            return java.math.BigDecimal.ONE;
        }
        if (type == PageRequest.class) {
            return PageRequest.of(PageRequest.MAX_FIRST, null);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class && parameter.getParameterizedType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class) {
            return List.of(foreignIds.get("customer"));
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == List.class || type.isRecord() || type.getName().startsWith("org.cloudcare.")) {
            // value objects the GraphQL layer builds (support hours, price and SLA terms, peer lists): every method
            // taking one is refused by role before it looks at it, or must refuse the missing value
            return null;
        }
        return Unprobed.INSTANCE;
    }

    /** Whether an answer holds an object of another tenant, or counts rows the caller could not see. */
    private static boolean holdsForeignData(Object answer, String ownTenant) {
        if (answer instanceof TenantOwned owned) {
            return !ownTenant.equals(owned.getTenant());
        }
        if (answer instanceof Page<?> page) {
            return page.totalCount() != page.items().size() || holdsForeignData(page.items(), ownTenant);
        }
        if (answer instanceof Collection<?> items) {
            return items.stream().anyMatch(item -> holdsForeignData(item, ownTenant));
        }
        if (answer != null && answer.getClass().isRecord()) {
            for (RecordComponent component : answer.getClass().getRecordComponents()) {
                try {
                    if (holdsForeignData(component.getAccessor().invoke(answer), ownTenant)) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private enum Unprobed { INSTANCE }
}
