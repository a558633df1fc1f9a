package com.jobmatch.resume.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Roles;
import com.jobmatch.resume.api.Views.Comparison;
import com.jobmatch.resume.api.Views.ResumeView;
import com.jobmatch.resume.api.Views.VersionSummary;
import com.jobmatch.resume.api.Views.VersionView;
import com.jobmatch.resume.domain.ResumeDiff;
import com.jobmatch.resume.domain.ResumeService;
import com.jobmatch.resume.domain.ResumeVersion;
import com.jobmatch.resume.domain.ResumeVersionChange;
import com.jobmatch.resume.store.VersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** A resume's history: every version with the fields it changed; compare two, restore one. */
@Path("/api/resumes/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    private final VersionRepository versions;
    private final ResumeService service;
    private final ResumeAccess access;
    private final ObjectMapper json;

    public VersionResource(VersionRepository versions, ResumeService service, ResumeAccess access, ObjectMapper json) {
        this.versions = versions;
        this.service = service;
        this.access = access;
        this.json = json;
    }

    @GET
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    public List<VersionSummary> history(@PathParam("id") UUID id) {
        access.readable(id);
        return QuarkusTransaction.requiringNew().call(() -> versions.history(id).stream().map(VersionSummary::of).toList());
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    public VersionView version(@PathParam("id") UUID id, @PathParam("version") int number) {
        access.readable(id);
        return QuarkusTransaction.requiringNew().call(() -> {
            ResumeVersion v = load(id, number, "version");
            return new VersionView(v.versionNumber, v.changeSource, v.changeSummary, v.createdBy, v.createdAt,
                    v.resumeData, versions.changesOf(v.id).stream().map(ResumeVersionChange::toChange).toList());
        });
    }

    @GET
    @Path("/compare")
    @RolesAllowed({Roles.CANDIDATE, Roles.RECRUITER, Roles.SERVICE})
    public Comparison compare(@PathParam("id") UUID id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null) {
            throw ProblemException.invalidField("from", "is required");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "is required");
        }
        access.readable(id);
        return QuarkusTransaction.requiringNew().call(() -> new Comparison(from, to, ResumeDiff.between(
                json.valueToTree(load(id, from, "from").resumeData), json.valueToTree(load(id, to, "to").resumeData))));
    }

    /** Makes the data of an old version current again, as a new version. */
    @POST
    @Path("/{version}/restore")
    @RolesAllowed(Roles.CANDIDATE)
    public ResumeView restore(@PathParam("id") UUID id, @PathParam("version") int number) {
        access.owned(id);
        return ResumeView.of(service.restore(id, number, access.actor()));
    }

    private ResumeVersion load(UUID id, int number, String field) {
        if (number < 1) {
            throw ProblemException.invalidField(field, "must be 1 or more");
        }
        return versions.find(id, number).orElseThrow(() -> ProblemException.notFound("Version " + number));
    }
}
