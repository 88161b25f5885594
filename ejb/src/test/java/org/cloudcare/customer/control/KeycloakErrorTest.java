package org.cloudcare.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cloudcare.customer.control.TenantDirectory.KeycloakError;
import org.junit.jupiter.api.Test;

class KeycloakErrorTest {

    @Test
    void oneRefusedFieldIsNamed() {
        KeycloakError error = KeycloakError.of(
                "{\"field\":\"firstName\",\"errorMessage\":\"error-person-name-invalid-character\",\"params\":[]}");
        assertEquals("firstName", error.field());
        assertEquals("error-person-name-invalid-character", error.message());
    }

    @Test
    void ofSeveralRefusalsTheFirstIsNamed() {
        KeycloakError error = KeycloakError.of("{\"errors\":[{\"field\":\"lastName\",\"errorMessage\":\"x\"},"
                + "{\"field\":\"email\",\"errorMessage\":\"y\"}]}");
        assertEquals("lastName", error.field());
        assertEquals("x", error.message());
    }

    @Test
    void anAnswerWithoutFieldOrJsonKeepsItsText() {
        assertEquals("User exists with same username",
                KeycloakError.of("{\"errorMessage\":\"User exists with same username\"}").message());
        KeycloakError html = KeycloakError.of("<html>Bad Request</html>");
        assertNull(html.field());
        assertEquals("<html>Bad Request</html>", html.message());
        assertEquals("no reason given", KeycloakError.of("").message());
    }
}
