package com.jobmatch.matching.sources.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.sources.Fields;
import com.jobmatch.matching.sources.PostingBuilder;
import com.jobmatch.matching.sources.SourceAdapter;
import com.jobmatch.matching.sources.SourceContext;
import com.jobmatch.matching.sources.SourcePage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * Workable's public jobs of an account: {@code GET /api/accounts/{subdomain}?details=true} (it may redirect to
 * apply.workable.com's widget API; the redirect is followed through the same guard) answers {@code {"name",
 * "description", "jobs": [{title, shortcode, code, employment_type, telecommuting, department, url, shortlink,
 * application_url, published_on, created_at, country, city, state, education, experience, industry, function,
 * locations: [{country, countryCode, city, region}], description}]}}, the whole account at once.
 */
@ApplicationScoped
public class WorkableAdapter implements SourceAdapter {

    static final String BASE = "https://www.workable.com";

    @Override
    public String kind() {
        return "workable";
    }

    @Override
    public boolean listsWholeSource() {
        return true;
    }

    @Override
    public SourcePage fetch(SourceContext source, String cursor) {
        String account = source.board();
        JsonNode answer = source.json(source.uri(BASE, "/api/accounts/" + SourceContext.segment(account), Map.of("details", "true")));
        String company = Fields.text(answer, "name") != null ? Fields.text(answer, "name") : source.config().company().orElse(account);
        return SourcePage.last(Rows.map(Rows.array(answer.path("jobs"), "'jobs'"), job -> posting(account, company, job)));
    }

    private JobPosting posting(String account, String company, JsonNode j) {
        String industry = Fields.text(j, "industry");
        return new PostingBuilder()
                .externalId(Rows.id(kind() + ":" + account, Fields.text(j, "shortcode")))
                .title(Fields.text(j, "title"))
                .company(company)
                .url(Fields.text(j, "url") != null ? Fields.text(j, "url") : Fields.text(j, "shortlink"))
                .source(kind())
                .postedAt(Fields.date(j, Fields.text(j, "published_on") != null ? "published_on" : "created_at"))
                .place(Fields.text(j, "city"), Fields.text(j, "state"), Fields.text(j, "country"))
                .description(Fields.html(Fields.text(j, "description")))
                .employmentType(Fields.employmentType(Fields.text(j, "employment_type")))
                .workArrangement(Boolean.TRUE.equals(Fields.bool(j, "telecommuting")) ? WorkArrangement.REMOTE : null)
                .experienceLevel(Fields.text(j, "experience"))
                .educationRequirements(Fields.text(j, "education"))
                .industries(industry == null ? List.of() : List.of(industry))
                .keywords(Fields.text(j, "department") == null ? List.of() : List.of(Fields.text(j, "department")))
                .build();
    }
}
