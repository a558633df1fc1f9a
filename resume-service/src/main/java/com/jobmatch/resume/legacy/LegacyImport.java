package com.jobmatch.resume.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.problem.FieldError;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.resume.resumes.Resume;
import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeRepository;
import com.jobmatch.resume.resumes.ResumeService;
import com.jobmatch.resume.resumes.ResumeText;
import com.jobmatch.resume.versions.ResumeVersion;
import com.jobmatch.resume.versions.ResumeVersions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports resumes exported from the old document store (seed 004: {@code _key} becomes legacy_id; status,
 * source, resume_data, file_metadata, error_message and timestamps are kept). Each document is imported in its
 * own transaction and reported on its own; a legacy_id seen before is skipped, so the import can be re-run.
 */
@ApplicationScoped
public class LegacyImport {

    public record Outcome(int index, String legacyId, String result, UUID resumeId, List<FieldError> errors) {
        public static final String CREATED = "created";
        public static final String SKIPPED = "skipped";
        public static final String INVALID = "invalid";
    }

    private static final Set<String> STATUSES = Set.of("parsing", "parsed", "failed", "manual");
    private static final Set<String> SOURCES = Set.of("upload", "manual");

    private final ResumeRepository resumes;
    private final ResumeVersions versions;
    private final ResumeService resumeService;
    private final ObjectMapper json;

    public LegacyImport(ResumeRepository resumes, ResumeVersions versions, ResumeService resumeService, ObjectMapper json) {
        this.resumes = resumes;
        this.versions = versions;
        this.resumeService = resumeService;
        this.json = json;
    }

    public List<Outcome> run(List<JsonNode> documents) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            outcomes.add(importOne(i, documents.get(i)));
        }
        return outcomes;
    }

    private Outcome importOne(int index, JsonNode doc) {
        String legacyId = doc.path("_key").isTextual() ? doc.path("_key").asText().strip() : null;
        try {
            Parsed parsed = validate(doc, legacyId);
            return QuarkusTransaction.requiringNew().call(() -> {
                var existing = resumes.findByLegacyId(legacyId);
                if (existing.isPresent()) {
                    return new Outcome(index, legacyId, Outcome.SKIPPED, existing.get().id, List.of());
                }
                Resume resume = new Resume();
                resume.userId = parsed.userId;
                resume.legacyId = legacyId;
                resume.title = parsed.title;
                resume.source = parsed.source;
                resume.status = parsed.status;
                resume.errorMessage = parsed.errorMessage;
                resume.fileMetadata = parsed.fileMetadata;
                resumes.persistAndFlush(resume);
                if (!parsed.data.equals(ResumeData.EMPTY)) {
                    versions.record(resume, parsed.data, ResumeVersion.IMPORT, "Imported from the legacy store " + legacyId,
                            "legacy-import", WorkPriority.BULK);
                    resume.extractedText = ResumeText.of(resume.resumeData);
                }
                resumes.flush();
                resumes.keepLegacyTimes(resume.id, parsed.createdAt, parsed.updatedAt);
                return new Outcome(index, legacyId, Outcome.CREATED, resume.id, List.of());
            });
        } catch (ProblemException e) {
            return new Outcome(index, legacyId, Outcome.INVALID, null, e.errors());
        }
    }

    private record Parsed(UUID userId, String title, String status, String source, String errorMessage,
                          ResumeData data, Map<String, Object> fileMetadata, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
    }

    @SuppressWarnings("unchecked")
    private Parsed validate(JsonNode doc, String legacyId) {
        if (legacyId == null || legacyId.isEmpty() || legacyId.length() > 200) {
            throw ProblemException.invalidField("_key", "is required (the old store's document key)");
        }
        UUID userId;
        try {
            userId = UUID.fromString(doc.path("user_id").asText());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("user_id", "must be the user's UUID");
        }
        String status = doc.path("status").asText("parsed");
        if (!STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "must be one of " + STATUSES);
        }
        String source = doc.path("source").asText("upload");
        if (!SOURCES.contains(source)) {
            throw ProblemException.invalidField("source", "must be one of " + SOURCES);
        }
        String errorMessage = doc.path("error_message").isTextual() ? doc.path("error_message").asText() : null;
        if ("parsing".equals(status)) {
            // The old store's parse never finished and its file did not come along: nothing can finish it here.
            status = Resume.FAILED;
            errorMessage = "Imported while still parsing in the legacy store; upload the file again";
        }
        JsonNode rawData = doc.path("resume_data");
        ResumeData data = rawData.isMissingNode() || rawData.isNull() ? ResumeData.EMPTY
                : resumeService.readStrict(rawData, "resume_data", "");
        JsonNode metadata = doc.path("file_metadata");
        Map<String, Object> fileMetadata = metadata.isObject() ? json.convertValue(metadata, Map.class) : null;
        OffsetDateTime createdAt = timestamp(doc, "created_at");
        OffsetDateTime updatedAt = doc.has("updated_at") ? timestamp(doc, "updated_at") : createdAt;
        String name = data.contactInfo().fullName();
        String original = fileMetadata == null ? null : (String) fileMetadata.get("filename");
        String title = original != null ? ResumeService.safeName(original) : name != null ? name : "Imported resume";
        return new Parsed(userId, title.length() > 200 ? title.substring(0, 200) : title, status, source, errorMessage,
                data, fileMetadata, createdAt, updatedAt);
    }

    private static OffsetDateTime timestamp(JsonNode doc, String field) {
        if (!doc.path(field).isTextual()) {
            return OffsetDateTime.now();
        }
        try {
            return OffsetDateTime.parse(doc.path(field).asText());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an ISO-8601 timestamp with offset");
        }
    }
}
