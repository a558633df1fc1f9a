package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CollarType;

import java.util.Map;
import java.util.UUID;

/** The weights variant each collar's jobs are scored with for one person. */
public record VariantAssignment(UUID userId, Map<CollarType, String> variants) {
}
