package com.jobmatch.matching.sources.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.sources.Fields;
import com.jobmatch.matching.sources.PostingBuilder;
import com.jobmatch.matching.sources.SourceAdapter;
import com.jobmatch.matching.sources.SourceContext;
import com.jobmatch.matching.sources.SourcePage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * Greenhouse Job Board API, a company's board by its token: {@code GET /v1/boards/{token}/jobs?content=true} answers
 * {@code {"jobs": [{id, title, absolute_url, location: {name}, updated_at, first_published, content (entity-escaped
 * HTML), departments: [{name}], offices: [{name, location}]}], "meta": {"total"}}}, the whole board at once (no paging);
 * the company's name comes from {@code GET /v1/boards/{token}} unless configured.
 */
@ApplicationScoped
public class GreenhouseAdapter implements SourceAdapter {

    static final String BASE = "https://boards-api.greenhouse.io";

    @Override
    public String kind() {
        return "greenhouse";
    }

    @Override
    public boolean listsWholeSource() {
        return true;
    }

    @Override
    public SourcePage fetch(SourceContext source, String cursor) {
        String board = source.board();
        String path = "/v1/boards/" + SourceContext.segment(board);
        String company = source.config().company().orElseGet(() -> Fields.text(source.json(source.uri(BASE, path, Map.of())), "name"));
        JsonNode page = source.json(source.uri(BASE, path + "/jobs", Map.of("content", "true")));
        return SourcePage.last(Rows.map(Rows.array(page.path("jobs"), "'jobs'"), job -> posting(board, company, job)));
    }

    private JobPosting posting(String board, String company, JsonNode j) {
        String published = Fields.text(j, "first_published") != null ? "first_published" : "updated_at";
        return new PostingBuilder()
                .externalId(Rows.id(kind() + ":" + board, Fields.text(j, "id")))
                .title(Fields.text(j, "title"))
                .company(company == null ? board : company)
                .url(Fields.text(j, "absolute_url"))
                .source(kind())
                .postedAt(Fields.date(j, published))
                .location(Fields.text(j, "location", "name"))
                .description(Fields.html(Fields.text(j, "content")))
                .keywords(Fields.list(j.path("departments")))
                .jobLanguage(Fields.text(j, "language"))
                .build();
    }
}
