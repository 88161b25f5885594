package org.cloudcare.api.customer;

import java.time.OffsetDateTime;

import org.cloudcare.customer.entity.Interaction;
import org.cloudcare.api.Enums;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Interaction")
public record InteractionView(@Id @NonNull String id, @NonNull OffsetDateTime occurredAt,
        @NonNull Vocabulary.Channel channel, @NonNull Vocabulary.Direction direction, @NonNull String subject,
        String description, @NonNull String recordedBy, String relatedEntityType, String relatedEntityId) {

    static InteractionView of(Interaction interaction) {
        return new InteractionView(interaction.getId(), interaction.getOccurredAt(), Enums.as(Vocabulary.Channel.class, interaction.getChannel()),
                Enums.as(Vocabulary.Direction.class, interaction.getDirection()), interaction.getSubject(), interaction.getDescription(),
                interaction.getRecordedBy(), interaction.getRelatedEntityType(), interaction.getRelatedEntityId());
    }
}
