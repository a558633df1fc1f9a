package com.jobmatch.matching.sources.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.sources.Fields;
import com.jobmatch.matching.sources.PostingBuilder;
import com.jobmatch.matching.sources.SourceAdapter;
import com.jobmatch.matching.sources.SourceContext;
import com.jobmatch.matching.sources.SourcePage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lever Postings API, a company's site: {@code GET /v0/postings/{site}?mode=json&skip=&limit=} answers an array of
 * postings {@code {id, text (title), categories: {commitment, department, location, team, allLocations}, country,
 * workplaceType, descriptionPlain, lists: [{text, content (HTML)}], additionalPlain, hostedUrl, applyUrl, createdAt
 * (epoch ms), salaryRange: {min, max, currency, interval}}}. EU sites use {@code url=https://api.eu.lever.co}.
 */
@ApplicationScoped
public class LeverAdapter implements SourceAdapter {

    static final String BASE = "https://api.lever.co";

    @Override
    public String kind() {
        return "lever";
    }

    @Override
    public boolean listsWholeSource() {
        return true;
    }

    @Override
    public SourcePage fetch(SourceContext source, String cursor) {
        String site = source.board();
        int skip = cursor == null ? 0 : Integer.parseInt(cursor);
        int limit = source.config().pageSize();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("mode", "json");
        query.put("skip", skip);
        query.put("limit", limit);
        JsonNode postings = Rows.array(source.json(source.uri(BASE, "/v0/postings/" + SourceContext.segment(site), query)),
                "an array of postings");
        String company = source.config().company().orElse(site);
        return new SourcePage(Rows.map(postings, p -> posting(site, company, p)),
                postings.size() < limit ? null : String.valueOf(skip + limit), null);
    }

    private JobPosting posting(String site, String company, JsonNode j) {
        JsonNode categories = j.path("categories");
        List<String> sections = new ArrayList<>();
        String requirements = null;
        for (JsonNode list : j.path("lists")) {
            String heading = Fields.text(list, "text");
            String content = Fields.html(Fields.text(list, "content"));
            if (content != null) {
                sections.add(heading == null ? content : heading + "\n" + content);
                if (heading != null && heading.toLowerCase(Locale.ROOT).matches(".*(requirement|qualification|what you bring).*")) {
                    requirements = content;
                }
            }
        }
        String plain = Fields.text(j, "descriptionPlain") != null ? Fields.text(j, "descriptionPlain")
                : Fields.html(Fields.text(j, "description"));
        List<String> parts = new ArrayList<>();
        if (plain != null) {
            parts.add(plain);
        }
        parts.addAll(sections);
        if (Fields.text(j, "additionalPlain") != null) {
            parts.add(Fields.text(j, "additionalPlain"));
        }
        JsonNode salary = j.path("salaryRange");
        PostingBuilder p = new PostingBuilder()
                .externalId(Rows.id(kind() + ":" + site, Fields.text(j, "id")))
                .title(Fields.text(j, "text"))
                .company(company)
                .url(Fields.text(j, "hostedUrl"))
                .source(kind())
                .postedAt(Fields.date(j, "createdAt"))
                .location(Fields.text(categories, "location"))
                .country(Fields.text(j, "country"))
                .description(parts.isEmpty() ? null : String.join("\n\n", parts))
                .requirementsSummary(requirements)
                .keywords(Fields.list(new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()
                        .add(categories.path("team")).add(categories.path("department"))))
                .workArrangement(Fields.arrangement(Fields.text(j, "workplaceType")))
                .employmentType(Fields.employmentType(Fields.text(categories, "commitment")))
                .salary(Fields.salary(Fields.decimal(salary.path("min")), Fields.decimal(salary.path("max")),
                        Fields.text(salary, "currency"), Fields.text(salary, "interval")));
        List<String> all = Fields.list(categories.path("allLocations"));
        if (!all.isEmpty()) {
            p.locationsDerived(all);
        }
        return p.build();
    }
}
