package com.jobmatch.matching.catalogue;

import java.util.List;

/** One page of a list: the envelope every list endpoint answers. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    /**
     * One page of a list that is small and bounded by nature (configured sources, taxonomy categories, a skill's
     * aliases): read whole and cut here, so that such lists answer the same envelope as the ones paged in SQL.
     */
    public static <T> PageView<T> slice(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new PageView<>(List.copyOf(all.subList((int) from, (int) to)), page, size, all.size());
    }
}
