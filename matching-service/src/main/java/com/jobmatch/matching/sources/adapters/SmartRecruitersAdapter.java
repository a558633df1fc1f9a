package com.jobmatch.matching.sources.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.imports.ParsedRow;
import com.jobmatch.matching.sources.Fields;
import com.jobmatch.matching.sources.PostingBuilder;
import com.jobmatch.matching.sources.SourceAdapter;
import com.jobmatch.matching.sources.SourceContext;
import com.jobmatch.matching.sources.SourcePage;
import com.jobmatch.matching.sources.SourceProblem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SmartRecruiters Posting API, a company by its identifier: {@code GET /v1/companies/{id}/postings?offset=&limit=}
 * answers {@code {offset, limit, totalFound, content: [{id, name, refNumber, company: {identifier, name}, releasedDate,
 * location: {city, region, country, remote, hybrid}, industry: {label}, department: {label}, typeOfEmployment: {label},
 * experienceLevel: {label}}]}}; the text of each posting comes from {@code GET .../postings/{postingId}}
 * ({@code jobAd.sections.{companyDescription, jobDescription, qualifications, additionalInformation}.text}, HTML, and
 * {@code postingUrl}). A posting whose detail cannot be read is rejected with the reason; the page goes on.
 */
@ApplicationScoped
public class SmartRecruitersAdapter implements SourceAdapter {

    static final String BASE = "https://api.smartrecruiters.com";

    @Override
    public String kind() {
        return "smartrecruiters";
    }

    @Override
    public boolean listsWholeSource() {
        return true;
    }

    @Override
    public SourcePage fetch(SourceContext source, String cursor) {
        String company = source.board();
        String path = "/v1/companies/" + SourceContext.segment(company) + "/postings";
        int offset = cursor == null ? 0 : Integer.parseInt(cursor);
        int limit = Math.min(100, source.config().pageSize());
        JsonNode page = source.json(source.uri(BASE, path, Map.of("offset", offset, "limit", limit)));
        JsonNode content = Rows.array(page.path("content"), "'content'");
        List<ParsedRow> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode summary : content) {
            number++;
            String id = Fields.text(summary, "id");
            if (id == null) {
                rows.add(ParsedRow.unreadable(number, "id: missing"));
                continue;
            }
            try {
                JsonNode detail = source.json(source.uri(BASE, path + "/" + SourceContext.segment(id), Map.of()));
                rows.add(ParsedRow.of(number, posting(source, company, summary, detail)));
            } catch (SourceProblem.Refused | SourceProblem.Malformed e) {
                rows.add(ParsedRow.unreadable(number, "posting detail: " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                rows.add(ParsedRow.unreadable(number, e.getMessage()));
            }
        }
        long total = page.path("totalFound").asLong(content.size());
        String next = content.isEmpty() || offset + content.size() >= total ? null : String.valueOf(offset + content.size());
        return new SourcePage(rows, next, null);
    }

    private JobPosting posting(SourceContext source, String company, JsonNode s, JsonNode detail) {
        JsonNode location = s.path("location");
        JsonNode sections = detail.path("jobAd").path("sections");
        List<String> text = new ArrayList<>();
        for (String section : List.of("companyDescription", "jobDescription", "qualifications", "additionalInformation")) {
            String html = Fields.html(Fields.text(sections.path(section), "text"));
            if (html != null) {
                text.add(html);
            }
        }
        String name = Fields.text(s.path("company"), "name");
        String url = Fields.text(detail, "postingUrl") != null ? Fields.text(detail, "postingUrl")
                : "https://jobs.smartrecruiters.com/" + SourceContext.segment(company) + "/" + SourceContext.segment(Fields.text(s, "id"));
        return new PostingBuilder()
                .externalId(Rows.id(kind() + ":" + company, Fields.text(s, "id")))
                .title(Fields.text(s, "name"))
                .company(name != null ? name : source.config().company().orElse(company))
                .url(url)
                .source(kind())
                .postedAt(Fields.date(s, "releasedDate"))
                .place(Fields.text(location, "city"), Fields.text(location, "region"), Fields.text(location, "country"))
                .workArrangement(Boolean.TRUE.equals(Fields.bool(location, "remote")) ? WorkArrangement.REMOTE
                        : Boolean.TRUE.equals(Fields.bool(location, "hybrid")) ? WorkArrangement.HYBRID : null)
                .employmentType(Fields.employmentType(Fields.text(s.path("typeOfEmployment"), "label")))
                .experienceLevel(Fields.text(s.path("experienceLevel"), "label"))
                .industries(Fields.text(s.path("industry"), "label") == null ? List.of() : List.of(Fields.text(s.path("industry"), "label")))
                .keywords(Fields.text(s.path("department"), "label") == null ? List.of() : List.of(Fields.text(s.path("department"), "label")))
                .requirementsSummary(Fields.html(Fields.text(sections.path("qualifications"), "text")))
                .description(text.isEmpty() ? null : String.join("\n\n", text))
                .build();
    }
}
