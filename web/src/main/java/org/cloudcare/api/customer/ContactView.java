package org.cloudcare.api.customer;

import org.cloudcare.customer.entity.CustomerContact;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CustomerContact")
public record ContactView(@Id @NonNull String id, @NonNull String name, @NonNull String role, @NonNull String email,
        String phone) {

    static ContactView of(CustomerContact contact) {
        return new ContactView(contact.getId(), contact.getName(), contact.getRole(), contact.getEmail(),
                contact.getPhone());
    }
}
