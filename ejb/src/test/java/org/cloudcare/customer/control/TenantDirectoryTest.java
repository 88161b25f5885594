package org.cloudcare.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.cloudcare.platform.error.CloudCareException;
import org.cloudcare.platform.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

class TenantDirectoryTest {

    @Test
    void listsAreReadPageByPageUntilAShortPage() {
        List<UserRepresentation> realm = users(TenantDirectory.PAGE_SIZE * 2 + 50);
        List<Integer> firsts = new ArrayList<>();
        List<UserRepresentation> all = TenantDirectory.allPages((first, max) -> {
            firsts.add(first);
            return realm.subList(Math.min(first, realm.size()), Math.min(first + max, realm.size()));
        });
        assertEquals(realm, all);
        assertEquals(List.of(0, TenantDirectory.PAGE_SIZE, TenantDirectory.PAGE_SIZE * 2), firsts);
    }

    @Test
    void aListOfExactlyOnePageAsksOnceMoreAndStopsAtTheEmptyPage() {
        List<UserRepresentation> realm = users(TenantDirectory.PAGE_SIZE);
        List<Integer> firsts = new ArrayList<>();
        List<UserRepresentation> all = TenantDirectory.allPages((first, max) -> {
            firsts.add(first);
            return realm.subList(Math.min(first, realm.size()), Math.min(first + max, realm.size()));
        });
        assertEquals(TenantDirectory.PAGE_SIZE, all.size());
        assertEquals(List.of(0, TenantDirectory.PAGE_SIZE), firsts);
    }

    @Test
    void aConfiguredSecretIsUsed() {
        assertEquals("s3cret", directory(Optional.of("s3cret"), false).clientSecret());
        assertEquals("s3cret", directory(Optional.of("s3cret"), true).clientSecret());
    }

    @Test
    void withDemoDataTheDemoSecretIsTheDefault() {
        assertEquals("cloudcare-backend-demo-secret", directory(Optional.empty(), true).clientSecret());
    }

    @Test
    void withoutDemoDataAndWithoutSecretTenantUserManagementIsRefused() {
        TenantDirectory directory = directory(Optional.of(" "), false);
        CloudCareException refused = assertThrows(CloudCareException.class, directory::clientSecret);
        assertEquals(ErrorCode.INTERNAL, refused.code());
        assertEquals("Tenant user management is not configured on this server yet; please contact your provider.",
                refused.getMessage());
        assertThrows(CloudCareException.class, directory::clientSecret);
    }

    private static TenantDirectory directory(Optional<String> secret, boolean demoData) {
        TenantDirectory directory = new TenantDirectory();
        directory.clientId = "cloudcare-backend";
        directory.configuredSecret = secret;
        directory.demoData = demoData;
        return directory;
    }

    private static List<UserRepresentation> users(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            UserRepresentation user = new UserRepresentation();
            user.setId("u" + i);
            return user;
        }).toList();
    }
}
