package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** Quality and ATS readiness of a resume: scores 0-100 with the findings that explain them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResumeAnalysis(UUID analysisId, double overallScore, double atsScore, List<String> sectionsPresent,
                             List<String> sectionsMissing, List<AnalysisFinding> findings) {
}
