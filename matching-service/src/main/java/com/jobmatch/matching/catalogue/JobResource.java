package com.jobmatch.matching.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.WorkArrangement;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** The job catalogue, readable by every signed-in user. */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class JobResource {

    static final String JOB_POSTING_EXAMPLE = """
            {"@context": "https://schema.org", "@type": "JobPosting",
             "identifier": {"@type": "PropertyValue", "name": "greenhouse", "value": "4021"},
             "title": "Backend Engineer", "description": "Build the matching API in Java and PostgreSQL.",
             "datePosted": "2026-11-30", "hiringOrganization": {"@type": "Organization", "name": "Initech"},
             "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin, Germany"}},
             "employmentType": ["FULL_TIME"], "skills": ["Java", "PostgreSQL"],
             "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                            "value": {"@type": "QuantitativeValue", "minValue": 60000, "maxValue": 75000, "unitText": "YEAR"}}}""";

    private final JobCatalogue jobs;
    private final StatisticsStore statistics;
    private final com.jobmatch.common.security.Caller caller;

    public JobResource(JobCatalogue jobs, StatisticsStore statistics, com.jobmatch.common.security.Caller caller) {
        this.jobs = jobs;
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listJobs")
    public Page<JobSummary> list(@QueryParam("q") String q, @QueryParam("source") String source,
                                     @QueryParam("workArrangement") String workArrangement,
                                     @QueryParam("experienceLevel") String experienceLevel,
                                     @QueryParam("collarType") String collarType, @QueryParam("company") String company,
                                     @QueryParam("skill") String skill,
                                     @QueryParam("includeDuplicates") @DefaultValue("false") boolean includeDuplicates,
                                     @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        JobRepository.Criteria criteria = new JobRepository.Criteria(blankToNull(q), source,
                enumName("workArrangement", workArrangement, WorkArrangement.class), experienceLevel,
                enumName("collarType", collarType, CollarType.class), company, skill, !includeDuplicates, includeClosed);
        return jobs.search(criteria, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJob")
    public JobView get(@PathParam("id") UUID id) {
        return jobs.view(id, caller.userId());
    }

    /** The job as schema.org JobPosting JSON-LD, the format the catalogue also imports. */
    @GET
    @Path("/{id}/jobposting")
    @Produces({JobPostingLd.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getJobPosting")
    @APIResponse(responseCode = "200", description = "The job as a schema.org JobPosting", content = {
            @Content(mediaType = JobPostingLd.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "posting", value = JOB_POSTING_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    public ObjectNode jobPosting(@PathParam("id") UUID id) {
        return JobPostingLd.of(jobs.view(id, caller.userId()));
    }

    @GET
    @Path("/statistics")
    @Operation(operationId = "getJobStatistics")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsStore.Statistics.class)))
    // JAX-RS answers 404 for a query parameter it cannot convert (topSkills not an int, e.g. 1e400).
    @APIResponse(responseCode = "404", description = "topSkills is not an integer")
    public StatisticsStore.Statistics statistics(@QueryParam("topSkills") @DefaultValue("20") @Min(1) @Max(200) int topSkills) {
        return statistics.compute(topSkills);
    }

    private static <E extends Enum<E>> String enumName(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        if (Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.name().equals(name))) {
            throw ProblemException.invalidField(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
        return name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
