package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A place; coordinates are optional and enable radius filters when present. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Location(String city, String region, String country, Double latitude, Double longitude) {
}
