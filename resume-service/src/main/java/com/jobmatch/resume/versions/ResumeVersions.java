package com.jobmatch.resume.versions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.resume.parsing.ExperienceCalculator;
import com.jobmatch.resume.resumes.Resume;
import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.work.ResumeWorkStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The only way resume_data changes: a new numbered version with one change row per changed field, and a
 * durable notification to matching. Callers hold the resume row lock (loaded for update) in a transaction.
 */
@ApplicationScoped
public class ResumeVersions {

    private final VersionRepository versions;
    private final ResumeWorkStore queue;
    private final ObjectMapper json;
    private final ExperienceCalculator experience = new ExperienceCalculator(Clock.systemUTC());

    public ResumeVersions(VersionRepository versions, ResumeWorkStore queue, ObjectMapper json) {
        this.versions = versions;
        this.queue = queue;
        this.json = json;
    }

    /** A version a person asked for: matching is told as interactive work. */
    public java.util.Optional<ResumeVersion> record(Resume resume, ResumeData proposed, String source, String summary,
                                                    String by) {
        return record(resume, proposed, source, summary, by, WorkPriority.INTERACTIVE);
    }

    /** @return the new version, or empty when the data did not change; matching is told in the given class */
    public java.util.Optional<ResumeVersion> record(Resume resume, ResumeData proposed, String source, String summary,
                                                    String by, WorkPriority priority) {
        ResumeData data = experience.apply(proposed, resume.writtenOn());
        JsonNode before = json.valueToTree(resume.resumeData);
        List<FieldChange> changes = ResumeDiff.between(before, json.valueToTree(data));
        if (resume.currentVersion > 0 && changes.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (!ResumeVersion.PARSE.equals(source) && !ResumeVersion.IMPORT.equals(source)) {
            // A person confirmed these values: the parser's doubt no longer applies.
            Map<String, Double> confidence = new HashMap<>(data.confidence());
            changes.forEach(c -> confidence.put(c.field(), 1.0));
            data = data.withConfidence(confidence);
        }
        resume.currentVersion += 1;
        resume.resumeData = data;
        resume.totalExperienceMonths = data.totalExperienceMonths();

        ResumeVersion version = new ResumeVersion();
        version.resumeId = resume.id;
        version.versionNumber = resume.currentVersion;
        version.changeSource = source;
        version.changeSummary = summary;
        version.resumeData = data;
        version.createdBy = by;
        versions.persist(version);
        versions.flush();
        for (FieldChange change : changes) {
            ResumeVersionChange row = new ResumeVersionChange();
            row.versionId = version.id;
            row.fieldPath = change.field();
            row.changeType = change.changeType();
            row.oldValue = change.oldValue();
            row.newValue = change.newValue();
            versions.persistChange(row);
        }
        notifyMatching(resume, false, priority);
        return java.util.Optional.of(version);
    }

    public void notifyMatching(Resume resume, boolean deleted) {
        notifyMatching(resume, deleted, WorkPriority.INTERACTIVE);
    }

    public void notifyMatching(Resume resume, boolean deleted, WorkPriority priority) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("userId", resume.userId.toString());
        payload.put("version", resume.currentVersion);
        payload.put("deleted", deleted);
        queue.enqueueNotice(resume.id, resume.userId, priority, json.valueToTree(payload).toString());
    }
}
