package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One page of a list, the one shape every list of the API answers (public lists and the service-to-service ones
 * alike): {@code page} counts from 0, {@code size} is the page size asked for, {@code total} counts every item of
 * the list. It lives in the contract rather than platform-common because platform-common depends on the contract,
 * and the contract's own lists (the searchable resumes) answer it too. Unknown properties are ignored when read, so
 * a reader keeps working when a newer writer adds one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(List<T> items, int page, int size, long total) {

    /**
     * One page of a list that is small and bounded by nature (configured sources, taxonomy categories, a skill's
     * aliases, a job's applicants once ranked): read whole and cut here, so that such lists answer the same envelope
     * as the ones paged in SQL.
     */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(List.copyOf(all.subList((int) from, (int) to)), page, size, all.size());
    }
}
