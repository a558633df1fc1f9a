package com.jobmatch.matching.sources;

import com.jobmatch.matching.imports.ParsedRow;

import java.util.List;

/**
 * One page a source gave: its rows (a posting mapped onto our shape, or why the row could not be read), the cursor of
 * the next page (null on the last one), and the quota the source reports as left, if it says.
 */
public record SourcePage(List<ParsedRow> rows, String next, String quotaRemaining) {

    public SourcePage {
        rows = List.copyOf(rows);
    }

    public static SourcePage last(List<ParsedRow> rows) {
        return new SourcePage(rows, null, null);
    }
}
