package com.jobmatch.matching.interactions;

/** What a person did with a match; the strength is how much it says about their taste (personalization). */
public enum InteractionType {
    VIEWED(0.2), SAVED(1.0), SHARED(0.8), APPLIED(1.5), DISMISSED(-1.5);

    private final double strength;

    InteractionType(double strength) {
        this.strength = strength;
    }

    public double strength() {
        return strength;
    }
}
