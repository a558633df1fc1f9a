package com.jobmatch.matching.matches;

import java.util.List;
import java.util.UUID;

public record MatchPage(UUID resumeId, List<MatchSummary> items, int page, int size, long total) {
}
