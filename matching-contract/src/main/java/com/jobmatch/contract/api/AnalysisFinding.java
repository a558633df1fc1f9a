package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One observation of a resume analysis: a stable code, INFO/WARNING/CRITICAL, what we saw and the concrete fix. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalysisFinding(String code, String severity, String message, String fix, double pointsLost) {
}
