package org.cloudcare.platform.claim;

import java.net.InetAddress;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this CloudCare instance in leases and delivery logs: {@code cloudcare.instance.name}
 * ({@code CLOUDCARE_INSTANCE_NAME}) when set, otherwise host name and process id. It is for people reading the
 * database; correctness never depends on names being unique, because every lease also carries a token.
 */
@ApplicationScoped
public class InstanceName {

    static final int MAX_LENGTH = 100;

    @Inject
    @ConfigProperty(name = "cloudcare.instance.name")
    Optional<String> configured;

    private String name;

    @PostConstruct
    void init() {
        name = truncate(configured.map(String::strip).filter(value -> !value.isEmpty())
                .orElseGet(InstanceName::hostAndProcess));
    }

    public String get() {
        return name;
    }

    private static String hostAndProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception unknown) {
            host = "cloudcare";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    private static String truncate(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
