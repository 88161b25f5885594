package org.cloudcare.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.cloudcare.api.error.TranslatesErrors;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.Test;

/**
 * A {@code @GraphQLApi} class without {@code @TranslatesErrors} would answer its failures with SmallRye's own codes
 * and messages (class names included), and one without {@code @ApplicationScoped} is no CDI bean on Payara, so the
 * interceptor would not run either. Every such class in {@code org.cloudcare.api} must carry both.
 */
class EveryGraphQLApiTranslatesErrorsTest {

    @Test
    void everyGraphQLApiClassTranslatesErrorsAndIsAnApplicationScopedBean() throws Exception {
        List<Class<?>> apis = compiledApiClasses().stream().filter(type -> type.isAnnotationPresent(GraphQLApi.class))
                .toList();
        assertTrue(apis.size() >= 4, "found only " + apis + ": does the scan still see the compiled classes?");
        List<String> offenders = apis.stream()
                .filter(type -> !type.isAnnotationPresent(TranslatesErrors.class)
                        || !type.isAnnotationPresent(ApplicationScoped.class))
                .map(type -> type.getName() + " needs @TranslatesErrors and @ApplicationScoped")
                .toList();
        assertEquals(List.of(), offenders);
    }

    /** The classes compiled from src/main/java in this package and below (the directory this class's package is in). */
    private static List<Class<?>> compiledApiClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(GraphQLOverHttp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), classes + " is not a directory of compiled classes");
        Path root = classes.resolve("org/cloudcare/api");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .map(EveryGraphQLApiTranslatesErrorsTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EveryGraphQLApiTranslatesErrorsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }
}
