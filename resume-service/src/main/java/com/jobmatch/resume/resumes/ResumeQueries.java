package com.jobmatch.resume.resumes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.resume.jsonresume.JsonResumeMapper;
import com.jobmatch.resume.profiles.CandidateProfiles;
import com.jobmatch.resume.resumes.Views.Comparison;
import com.jobmatch.resume.resumes.Views.ResumeSummary;
import com.jobmatch.resume.resumes.Views.ResumeView;
import com.jobmatch.resume.resumes.Views.SearchHit;
import com.jobmatch.resume.resumes.Views.VersionSummary;
import com.jobmatch.resume.resumes.Views.VersionView;
import com.jobmatch.resume.search.ResumeSearchStore;
import com.jobmatch.resume.versions.ResumeDiff;
import com.jobmatch.resume.versions.ResumeVersion;
import com.jobmatch.resume.versions.ResumeVersionChange;
import com.jobmatch.resume.versions.VersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reading resumes and their versions for the API, as views; each read runs in a short transaction of its own.
 * Access is checked by {@link ResumeAccess} first.
 */
@ApplicationScoped
public class ResumeQueries {

    /** The sort keys of the resume list and the fields they order by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "created_at", "createdAt", "updated_at", "updatedAt", "title", "title", "status", "status");

    /** A stored original file: its bytes, media type and the name it was uploaded with. */
    public record StoredFile(byte[] content, String contentType, String name) {
    }

    private final ResumeRepository resumes;
    private final VersionRepository versions;
    private final ResumeSearchStore search;
    private final ResumeService service;
    private final ResumeAccess access;
    private final ObjectMapper json;
    private final JsonResumeMapper jsonResume;

    public ResumeQueries(ResumeRepository resumes, VersionRepository versions, ResumeSearchStore search, ResumeService service,
                         ResumeAccess access, ObjectMapper json) {
        this.resumes = resumes;
        this.versions = versions;
        this.search = search;
        this.service = service;
        this.access = access;
        this.json = json;
        this.jsonResume = new JsonResumeMapper(json);
    }

    public static Set<String> sortKeys() {
        return SORTABLE.keySet();
    }

    /** A page of the owner's resumes ordered by a {@link #sortKeys() sort key}, then id. */
    public Page<ResumeSummary> pageOf(UUID owner, String sortKey, boolean ascending, int page, int size) {
        Sort order = Sort.by(SORTABLE.get(sortKey), ascending ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        return QuarkusTransaction.requiringNew().call(() -> new Page<>(
                resumes.pageOfUser(owner, order, page, size).stream().map(ResumeSummary::of).toList(),
                page, size, resumes.countOfUser(owner)));
    }

    /**
     * Full-text search over the owner's resumes, or for a recruiter over those their owners let the recruiter's
     * organization see.
     */
    public Page<SearchHit> search(String query, UUID owner, boolean recruiter, UUID organizationId, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var hits = recruiter ? search.searchable(query, organizationId, page, size) : search.ofOwner(owner, query, page, size);
            long total = recruiter ? search.countSearchable(query, organizationId) : search.countOfOwner(owner, query);
            return new Page<>(hits.stream().map(h -> new SearchHit(h.resumeId(), h.title(), h.name(), h.headline(), h.rank()))
                    .toList(), page, size, total);
        });
    }

    /** The owner's visibility setting of their resume (404 for anyone else). */
    public Views.VisibilityView visibility(UUID id) {
        return Views.VisibilityView.of(access.owned(id));
    }

    public ResumeView view(UUID id) {
        return ResumeView.of(access.readable(id));
    }

    public StoredFile file(UUID id) {
        Resume resume = access.readable(id);
        byte[] content = service.file(resume);
        String name = resume.fileMetadata == null ? "resume" : String.valueOf(resume.fileMetadata.getOrDefault("original_filename", "resume"));
        return new StoredFile(content, resume.contentType, name);
    }

    public JsonNode jsonResume(UUID id) {
        return jsonResume.toJsonResume(access.readable(id).resumeData);
    }

    /** One page of a resume's versions, newest first. */
    public Page<VersionSummary> history(UUID id, int page, int size) {
        access.readable(id);
        return QuarkusTransaction.requiringNew().call(() -> new Page<>(
                versions.history(id, page, size).stream().map(VersionSummary::of).toList(),
                page, size, versions.countOfResume(id)));
    }

    public VersionView version(UUID id, int number) {
        access.readable(id);
        return QuarkusTransaction.requiringNew().call(() -> {
            ResumeVersion v = load(id, number, "version");
            return new VersionView(v.versionNumber, v.changeSource, v.changeSummary, v.createdBy, v.createdAt,
                    v.resumeData, versions.changesOf(v.id).stream().map(ResumeVersionChange::toChange).toList());
        });
    }

    public Comparison compare(UUID id, int from, int to) {
        access.readable(id);
        return QuarkusTransaction.requiringNew().call(() -> new Comparison(from, to, ResumeDiff.between(
                json.valueToTree(load(id, from, "from").resumeData), json.valueToTree(load(id, to, "to").resumeData))));
    }

    /** The resume in the matching contract's shape; 409 while it has no data yet. */
    public CandidateProfile candidateProfile(UUID resumeId) {
        Resume resume = QuarkusTransaction.requiringNew().call(() -> resumes.findByIdOptional(resumeId))
                .orElseThrow(() -> ProblemException.notFound("Resume"));
        if (resume.currentVersion == 0) {
            throw ProblemException.conflict("The resume has no data yet (status " + resume.status + ")");
        }
        return CandidateProfiles.of(resume);
    }

    /** Resumes with data visible to recruiters of this organization (null: only those visible to all). */
    public Page<CandidateProfile> searchable(UUID organizationId, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> new Page<>(
                resumes.searchablePage(organizationId, page, size).stream().map(CandidateProfiles::of).toList(),
                page, size, resumes.countSearchable(organizationId)));
    }

    private ResumeVersion load(UUID id, int number, String field) {
        if (number < 1) {
            throw ProblemException.invalidField(field, "must be 1 or more");
        }
        return versions.find(id, number).orElseThrow(() -> ProblemException.notFound("Version " + number));
    }
}
