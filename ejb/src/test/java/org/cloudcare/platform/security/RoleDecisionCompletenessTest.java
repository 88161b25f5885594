package org.cloudcare.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;

import org.cloudcare.customer.boundary.Customers;
import org.cloudcare.platform.input.CheckedInput;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every EJB boundary says who may call it ({@code @RolesAllowed}, {@code @PermitAll} or
 * {@code @DenyAll}, on the method or its class), and every boundary checks its text input. A boundary method added
 * without a role decision fails here, before it can be reached by a caller the author did not think of.
 */
class RoleDecisionCompletenessTest {

    @Test
    void everyPublicBoundaryMethodHasAnExplicitRoleDecision() throws Exception {
        List<Class<?>> boundaries = boundaryClasses();
        assertTrue(boundaries.size() >= 5, "found only " + boundaries + ": is the scan looking in the right place?");

        List<String> undecided = new ArrayList<>();
        for (Class<?> boundary : boundaries) {
            for (Method method : boundary.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && !decided(method) && !decided(boundary)) {
                    undecided.add(boundary.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), undecided, "public boundary methods without @RolesAllowed, @PermitAll or @DenyAll");
    }

    @Test
    void everyBoundaryChecksItsTextInput() throws Exception {
        List<String> unchecked = boundaryClasses().stream()
                .filter(type -> !type.isAnnotationPresent(CheckedInput.class)).map(Class::getSimpleName).toList();
        assertEquals(List.of(), unchecked, "boundaries without @CheckedInput take hostile text unchecked");
    }

    @Test
    void noBoundaryIsOpenToEveryoneAsAWhole() throws Exception {
        List<String> open = boundaryClasses().stream().filter(type -> type.isAnnotationPresent(PermitAll.class))
                .map(Class::getSimpleName).toList();
        assertEquals(List.of(), open, "@PermitAll on a whole boundary hides methods that need a role");
    }

    private static boolean decided(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** The session beans of every area's {@code boundary} package, found in the compiled classes. */
    private static List<Class<?>> boundaryClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Customers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.contains(".boundary.") && !name.contains("$")) {
                    Class<?> type = Class.forName(name);
                    if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)) {
                        found.add(type);
                    }
                }
            }
        }
        return found;
    }
}
