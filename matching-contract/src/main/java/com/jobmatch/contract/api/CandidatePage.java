package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.jobmatch.contract.model.CandidateProfile;

import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidatePage(List<CandidateProfile> items, int page, int size, long total) {
}
