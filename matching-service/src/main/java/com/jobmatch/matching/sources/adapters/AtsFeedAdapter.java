package com.jobmatch.matching.sources.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.fetch.FetchRequest;
import com.jobmatch.matching.fetch.Fetched;
import com.jobmatch.matching.sources.Fields;
import com.jobmatch.matching.sources.PostingBuilder;
import com.jobmatch.matching.sources.SourceAdapter;
import com.jobmatch.matching.sources.SourceContext;
import com.jobmatch.matching.sources.SourceHttp;
import com.jobmatch.matching.sources.SourcePage;
import com.jobmatch.matching.sources.SourceProblem;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An ATS-aggregator feed like the one seed 001 read hourly (Active Jobs DB on RapidAPI, {@code /active-ats-1h}): postings
 * from many ATS platforms, an API key in a header, a "last hour" window, {@code offset}/{@code limit} paging, at most
 * max-pages pages per run. Each row is a posting in the aggregator's documented shape: {@code id, title, organization,
 * url, date_posted, date_validthrough, locations_derived, cities_derived, countries_derived, lats_derived, lngs_derived,
 * remote_derived, employment_type, salary_raw (schema.org MonetaryAmount), source (the ATS), description_text} and the
 * {@code ai_*} fields (seed 001's names: key skills, work arrangement, experience level, salary, benefits, ...).
 * The window is incremental, so a posting missing from a run is not gone; postings close by date_validthrough.
 */
@ApplicationScoped
public class AtsFeedAdapter implements SourceAdapter {

    static final String DEFAULT_URL = "https://active-jobs-db.p.rapidapi.com/active-ats-1h";

    @Override
    public String kind() {
        return "ats-feed";
    }

    @Override
    public boolean listsWholeSource() {
        return false;
    }

    @Override
    public SourcePage fetch(SourceContext source, String cursor) {
        int offset = cursor == null ? 0 : Integer.parseInt(cursor);
        int limit = source.config().pageSize();
        URI uri = source.uri(DEFAULT_URL, "", Map.of("offset", offset, "limit", limit));
        Fetched answer = source.fetch(uri, FetchRequest.JSON);
        FetchRequest request = FetchRequest.of(uri, FetchRequest.JSON);
        SourceHttp.requireOk(answer, request);
        JsonNode rows = Rows.array(parse(answer), "an array of jobs");
        String quota = answer.header("x-ratelimit-jobs-remaining")
                .or(() -> answer.header("x-ratelimit-requests-remaining")).orElse(null);
        String next = rows.size() < limit ? null : String.valueOf(offset + limit);
        return new SourcePage(Rows.map(rows, row -> posting(source, row)), next, quota);
    }

    private static JsonNode parse(Fetched answer) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SourceProblem.Malformed("the feed's answer is not JSON: " + e.getOriginalMessage());
        }
    }

    private JobPosting posting(SourceContext source, JsonNode j) {
        List<String> locations = Fields.list(j.path("locations_derived"));
        List<String> cities = Fields.list(j.path("cities_derived"));
        String level = Fields.text(j, "ai_experience_level");
        PostingBuilder p = new PostingBuilder()
                .externalId(Rows.id(kind(), Fields.text(j, "id")))
                .title(Fields.text(j, "title"))
                .company(Fields.text(j, "organization"))
                .url(Fields.text(j, "url"))
                .source(Fields.text(j, "source"))
                .postedAt(Fields.date(j, "date_posted"))
                .validThrough(Fields.date(j, "date_validthrough"))
                .location(Fields.first(locations))
                .locationsDerived(locations)
                .citiesDerived(cities)
                .country(Fields.first(Fields.list(j.path("countries_derived"))))
                .region(Fields.first(Fields.list(j.path("regions_derived"))))
                .coordinates(Fields.number(j.path("lats_derived").path(0)), Fields.number(j.path("lngs_derived").path(0)))
                .description(Fields.text(j, "description_text") != null ? Fields.text(j, "description_text")
                        : Fields.html(Fields.text(j, "description_html")))
                .experienceLevel(level)
                .experience(Fields.years(level))
                .keySkills(Fields.list(j.path("ai_key_skills")))
                .keywords(Fields.list(j.path("ai_keywords")))
                .coreResponsibilities(Fields.text(j, "ai_core_responsibilities"))
                .requirementsSummary(Fields.text(j, "ai_requirements_summary"))
                .educationRequirements(Fields.join(Fields.list(j.path("ai_education_requirements"))))
                .benefits(Fields.list(j.path("ai_benefits")))
                .industries(Fields.list(j.path("ai_taxonomies_a")))
                .visaSponsorship(Fields.bool(j, "ai_visa_sponsorship"))
                .jobLanguage(Fields.text(j, "ai_job_language"))
                .workingHours(Fields.text(j, "ai_working_hours"));
        JsonNode types = j.path("ai_employment_type").isArray() ? j.path("ai_employment_type") : j.path("employment_type");
        Fields.list(types).forEach(t -> p.employmentType(Fields.employmentType(t)));
        WorkArrangement arrangement = Fields.arrangement(Fields.text(j, "ai_work_arrangement"));
        p.workArrangement(arrangement != null ? arrangement : Boolean.TRUE.equals(Fields.bool(j, "remote_derived")) ? WorkArrangement.REMOTE : null);
        p.salary(j.has("ai_salary_minvalue") || j.has("ai_salary_maxvalue")
                ? Fields.salary(Fields.decimal(j.path("ai_salary_minvalue")), Fields.decimal(j.path("ai_salary_maxvalue")),
                Fields.text(j, "ai_salary_currency"), Fields.text(j, "ai_salary_unittext"))
                : Fields.monetaryAmount(j.path("salary_raw")));
        return p.build();
    }
}
