package org.cloudcare.platform.claim;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LeasesTest {

    @Test
    void aKeyIsOneToTwoHundredCharacters() {
        Leases.checkKey("sla-evaluation:2026-11");
        Leases.checkKey("k".repeat(200));
        assertThrows(IllegalArgumentException.class, () -> Leases.checkKey(null));
        assertThrows(IllegalArgumentException.class, () -> Leases.checkKey(" "));
        assertThrows(IllegalArgumentException.class, () -> Leases.checkKey("k".repeat(201)));
    }

    @Test
    void aLeaseLastsAPositiveTime() {
        Leases.checkTtl(Duration.ofMillis(1));
        assertThrows(IllegalArgumentException.class, () -> Leases.checkTtl(null));
        assertThrows(IllegalArgumentException.class, () -> Leases.checkTtl(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Leases.checkTtl(Duration.ofSeconds(-1)));
    }
}
