package com.jobmatch.matching.sources.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.sources.Fields;
import com.jobmatch.matching.sources.SourceAdapter;
import com.jobmatch.matching.sources.SourceContext;
import com.jobmatch.matching.sources.SourcePage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A feed that already speaks this service's posting shape (the import format): {@code GET url?cursor=&limit=} answers
 * {@code {"jobs": [...], "next": cursor-or-null}}. What the collector read before there were adapters.
 */
@ApplicationScoped
public class JobmatchFeedAdapter implements SourceAdapter {

    private final ObjectMapper mapper;

    public JobmatchFeedAdapter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String kind() {
        return "jobmatch-feed";
    }

    @Override
    public boolean listsWholeSource() {
        return true;
    }

    @Override
    public SourcePage fetch(SourceContext source, String cursor) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (cursor != null) {
            query.put("cursor", cursor);
        }
        query.put("limit", source.config().pageSize());
        JsonNode page = source.json(source.uri(source.config().url().orElse(""), "", query));
        return new SourcePage(Rows.map(Rows.array(page.path("jobs"), "'jobs'"), this::posting), Fields.text(page, "next"), null);
    }

    private JobPosting posting(JsonNode row) {
        try {
            return mapper.treeToValue(row, JobPosting.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage());
        }
    }
}
