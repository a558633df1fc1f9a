package com.jobmatch.matching.enrichment;

/**
 * A fact a posting states in its own words: the field ({@code employmentType}, {@code workArrangement},
 * {@code salary}, {@code experience}, {@code education}), the value read, where ({@code title} or {@code description})
 * and the span of the words that state it, [start, end) in that text, with the words themselves.
 */
public record StatedFact(String field, String value, String source, int start, int end, String quote) {
}
