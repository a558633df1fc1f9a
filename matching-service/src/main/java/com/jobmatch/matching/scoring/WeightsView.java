package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.Weights;

import java.time.OffsetDateTime;
import java.util.UUID;

public record WeightsView(UUID id, CollarType collar, String variant, Weights weights, boolean active,
                          String description, OffsetDateTime updatedAt) {

    static WeightsView of(CollarWeightsConfig config) {
        return new WeightsView(config.id, config.collar(), config.variant, config.weights(), config.active,
                config.description, config.updatedAt);
    }
}
