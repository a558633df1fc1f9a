package com.jobmatch.matching.interactions;


import java.time.OffsetDateTime;
import java.util.UUID;

public record InteractionView(UUID id, UUID jobId, String type, OffsetDateTime at) {

    static InteractionView of(UserJobInteraction interaction) {
        return new InteractionView(interaction.id, interaction.jobId, interaction.type.name(), interaction.timestamp);
    }
}
