package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The six CAMSS weights of a collar type; they sum to 1.00. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Weights(double qualification, double experience, double skills, double location, double category,
                      double personalization) {

    public double sum() {
        return qualification + experience + skills + location + category + personalization;
    }
}
