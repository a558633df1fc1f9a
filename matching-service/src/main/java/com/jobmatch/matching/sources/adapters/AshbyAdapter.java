package com.jobmatch.matching.sources.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.imports.ParsedRow;
import com.jobmatch.matching.sources.Fields;
import com.jobmatch.matching.sources.PostingBuilder;
import com.jobmatch.matching.sources.SourceAdapter;
import com.jobmatch.matching.sources.SourceContext;
import com.jobmatch.matching.sources.SourcePage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * Ashby's public Job Postings API, a company's job board by name: {@code GET /posting-api/job-board/{board}
 * ?includeCompensation=true} answers {@code {"apiVersion", "jobs": [{id, title, department, team, employmentType
 * (FullTime, PartTime, Intern, Contract, Temporary), location, secondaryLocations, address: {postalAddress:
 * {addressLocality, addressRegion, addressCountry}}, isRemote, workplaceType (OnSite, Remote, Hybrid), publishedAt,
 * isListed, jobUrl, applyUrl, descriptionHtml, descriptionPlain, compensation}]}}, the whole board at once. Unlisted
 * postings are left out.
 */
@ApplicationScoped
public class AshbyAdapter implements SourceAdapter {

    static final String BASE = "https://api.ashbyhq.com";

    @Override
    public String kind() {
        return "ashby";
    }

    @Override
    public boolean listsWholeSource() {
        return true;
    }

    @Override
    public SourcePage fetch(SourceContext source, String cursor) {
        String board = source.board();
        JsonNode answer = source.json(source.uri(BASE, "/posting-api/job-board/" + SourceContext.segment(board),
                Map.of("includeCompensation", "true")));
        String company = source.config().company().orElse(board);
        List<ParsedRow> rows = Rows.map(Rows.array(answer.path("jobs"), "'jobs'"), job -> posting(board, company, job));
        // isListed=false: published but hidden from the board; such a row is not on the board and not an error
        JsonNode jobs = answer.path("jobs");
        return SourcePage.last(rows.stream().filter(r -> !jobs.path(r.rowNumber() - 1).path("isListed").isBoolean()
                || jobs.path(r.rowNumber() - 1).path("isListed").asBoolean()).toList());
    }

    private JobPosting posting(String board, String company, JsonNode j) {
        JsonNode address = j.path("address").path("postalAddress");
        WorkArrangement arrangement = Fields.arrangement(Fields.text(j, "workplaceType"));
        return new PostingBuilder()
                .externalId(Rows.id(kind() + ":" + board, Fields.text(j, "id")))
                .title(Fields.text(j, "title"))
                .company(company)
                .url(Fields.text(j, "jobUrl"))
                .source(kind())
                .postedAt(Fields.date(j, "publishedAt"))
                .location(Fields.text(j, "location"))
                .place(Fields.text(address, "addressLocality"), Fields.text(address, "addressRegion"),
                        Fields.text(address, "addressCountry"))
                .description(Fields.text(j, "descriptionPlain") != null ? Fields.text(j, "descriptionPlain")
                        : Fields.html(Fields.text(j, "descriptionHtml")))
                .keywords(Fields.list(new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()
                        .add(j.path("department")).add(j.path("team"))))
                .workArrangement(arrangement != null ? arrangement
                        : Boolean.TRUE.equals(Fields.bool(j, "isRemote")) ? WorkArrangement.REMOTE : null)
                .employmentType(Fields.employmentType(Fields.text(j, "employmentType")))
                .salary(salary(j.path("compensation")))
                .build();
    }

    /** The salary component of the compensation summary, when the employer shows one. */
    private static SalaryRange salary(JsonNode compensation) {
        for (JsonNode component : compensation.path("summaryComponents")) {
            if ("Salary".equalsIgnoreCase(Fields.text(component, "compensationType"))) {
                return Fields.salary(Fields.decimal(component.path("minValue")), Fields.decimal(component.path("maxValue")),
                        Fields.text(component, "currencyCode"), Fields.text(component, "interval"));
            }
        }
        return null;
    }
}
