package com.jobmatch.resume.resumes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobmatch.common.problem.FieldError;
import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.queue.WorkPriority;
import com.jobmatch.resume.config.ResumeConfig;
import com.jobmatch.resume.files.FileInspector;
import com.jobmatch.resume.files.FileKind;
import com.jobmatch.resume.files.FileStorage;
import com.jobmatch.resume.files.StorageStore;
import com.jobmatch.resume.versions.FieldPath;
import com.jobmatch.resume.versions.ResumeVersion;
import com.jobmatch.resume.versions.ResumeVersions;
import com.jobmatch.resume.versions.VersionRepository;
import com.jobmatch.resume.work.ResumeWorkStore;
import com.jobmatch.resume.work.WorkItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What owners do with their resumes: upload, correct, restore, choose the primary one, delete. */
@ApplicationScoped
public class ResumeService {

    private static final Logger LOG = Logger.getLogger(ResumeService.class);

    /** One field to correct: a path into resume_data and its new JSON value. */
    public record Correction(String field, JsonNode value) {
    }

    public record UploadResult(Views.ResumeView resume, boolean created) {
    }

    private final ResumeRepository resumes;
    private final VersionRepository versionRows;
    private final ResumeVersions versions;
    private final ResumeWorkStore queue;
    private final int interactiveUploads;
    private final StorageStore storages;
    private final FileInspector inspector;
    private final ObjectMapper json;
    private final ObjectReader strictReader;
    private final long maxUploadBytes;

    public ResumeService(ResumeRepository resumes, VersionRepository versionRows, ResumeVersions versions,
                         ResumeWorkStore queue, StorageStore storages, ObjectMapper json, ResumeConfig config) {
        this.resumes = resumes;
        this.versionRows = versionRows;
        this.versions = versions;
        this.queue = queue;
        this.storages = storages;
        this.json = json;
        this.strictReader = json.readerFor(ResumeData.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.inspector = new FileInspector(json, config.upload().maxUncompressedBytes(), config.upload().maxZipEntries());
        this.maxUploadBytes = config.upload().maxBytes();
        this.interactiveUploads = config.work().interactiveUploads();
    }

    /**
     * Checks the file, stores it under a name we generate and queues its parsing. Nothing is stored when the
     * file is refused; the same file uploaded again by the same person returns the existing resume.
     */
    public UploadResult upload(UUID userId, String originalName, byte[] content, String title) {
        return upload(userId, originalName, content, title, false);
    }

    /**
     * As {@link #upload(UUID, String, byte[], String)}; a file marked as part of a batch, or arriving while the same
     * person already has several files waiting to be parsed, is parsed as bulk work, so that other people's single
     * uploads go first.
     */
    public UploadResult upload(UUID userId, String originalName, byte[] content, String title, boolean batch) {
        if (content.length > maxUploadBytes) {
            throw new ProblemException(413, "Payload too large",
                    "file: the file is larger than the limit of " + maxUploadBytes + " bytes", List.of());
        }
        FileKind kind = inspector.inspect(content);
        String checksum = sha256(content);
        Optional<Resume> existing = QuarkusTransaction.requiringNew().call(() -> resumes.findByChecksum(userId, checksum));
        if (existing.isPresent()) {
            return new UploadResult(Views.ResumeView.of(existing.get()), false);
        }
        FileStorage storage = storages.active();
        StorageStore.Limits limits = QuarkusTransaction.requiringNew().call(() -> storages.limits(storage.provider()));
        if (content.length > limits.maxFileBytes()) {
            throw new ProblemException(413, "Payload too large", "file: the " + storage.provider()
                    + " storage takes files up to " + limits.maxFileBytes() + " bytes", List.of());
        }
        if (!limits.allowedTypes().contains(kind.mediaType())) {
            throw new ProblemException(415, "Unsupported file type", "file: the " + storage.provider()
                    + " storage does not take " + kind.mediaType(), List.of(new FieldError("file", "type not allowed")));
        }
        String key = userId + "/" + UUID.randomUUID() + "." + kind.extension();
        try {
            storage.put(key, content, kind.mediaType());
        } catch (IOException e) {
            throw new UncheckedIOException("storing the upload failed", e);
        }
        try {
            Resume resume = QuarkusTransaction.requiringNew().call(() -> {
                Resume r = resumes.insertNew(userId, title(title, originalName), "upload", checksum);
                r.storageConfigId = limits.configId();
                r.storageKey = key;
                r.contentType = kind.mediaType();
                r.fileMetadata = fileMetadata(originalName, content.length, kind);
                resumes.flush();
                WorkPriority priority = batch || queue.unfinishedParses(userId) >= interactiveUploads
                        ? WorkPriority.BULK : WorkPriority.INTERACTIVE;
                queue.enqueue(r.id, userId, priority, WorkItem.PARSE, "{}");
                return r;
            });
            return new UploadResult(Views.ResumeView.of(resume), true);
        } catch (RuntimeException e) {
            deleteQuietly(storage, key);
            // Two identical uploads racing: the unique (user, checksum) index let one win.
            return QuarkusTransaction.requiringNew().call(() -> resumes.findByChecksum(userId, checksum))
                    .map(r -> new UploadResult(Views.ResumeView.of(r), false)).orElseThrow(() -> e);
        }
    }

    /** A resume typed in rather than uploaded (e.g. after a scan could not be read): status manual, version 1. */
    public Views.ResumeView createManual(UUID userId, String title, JsonNode data) {
        ResumeData resumeData = readStrict(data, "resumeData", "resumeData.");
        return Views.ResumeView.of(QuarkusTransaction.requiringNew().call(() -> {
            Resume resume = resumes.insertNew(userId, title.strip(), "manual", null);
            resume.status = Resume.MANUAL;
            resumes.flush();
            resume.extractedText = ResumeText.of(resumeData);
            versions.record(resume, resumeData, ResumeVersion.MANUAL, "Entered by hand", userId.toString());
            queue.enqueue(resume.id, userId, WorkPriority.INTERACTIVE, WorkItem.ENRICH, "{}");
            return resume;
        }));
    }

    /** Applies the corrections as one new version; a path or value that does not fit resume_data is a 400. */
    public Views.ResumeView correct(UUID resumeId, List<Correction> corrections, String summary, String by) {
        return Views.ResumeView.of(QuarkusTransaction.requiringNew().call(() -> {
            Resume resume = lockParsed(resumeId);
            ObjectNode draft = json.valueToTree(resume.resumeData);
            for (int i = 0; i < corrections.size(); i++) {
                Correction c = corrections.get(i);
                String field = "changes[" + i + "].field";
                FieldPath.parse(c.field(), field).set(draft, c.value() == null ? json.nullNode() : c.value(), field);
            }
            ResumeData corrected = readStrict(draft, "changes", "");
            versions.record(resume, corrected, ResumeVersion.CORRECTION, summary, by);
            return resume;
        }));
    }

    public Views.ResumeView restore(UUID resumeId, int versionNumber, String by) {
        return Views.ResumeView.of(QuarkusTransaction.requiringNew().call(() -> {
            Resume resume = lockParsed(resumeId);
            ResumeVersion old = versionRows.find(resumeId, versionNumber)
                    .orElseThrow(() -> ProblemException.notFound("Version " + versionNumber));
            versions.record(resume, old.resumeData, ResumeVersion.RESTORE, "Restored version " + versionNumber, by);
            return resume;
        }));
    }

    public Views.ResumeView makePrimary(UUID resumeId) {
        return Views.ResumeView.of(QuarkusTransaction.requiringNew().call(() -> {
            Resume resume = resumes.findForUpdate(resumeId).orElseThrow(() -> ProblemException.notFound("Resume"));
            if (!resume.primary) {
                resumes.clearPrimary(resume.userId);
                resume.primary = true;
            }
            return resume;
        }));
    }

    public Views.ResumeView updateSettings(UUID resumeId, String title, Boolean searchable) {
        return Views.ResumeView.of(QuarkusTransaction.requiringNew().call(() -> {
            Resume resume = resumes.findForUpdate(resumeId).orElseThrow(() -> ProblemException.notFound("Resume"));
            if (title != null) {
                resume.title = title.strip();
            }
            if (searchable != null && searchable != resume.searchable) {
                // The older switch: searchable means visible to every organization, not searchable private.
                show(resume, searchable ? ResumeVisibility.ALL_ORGANIZATIONS : ResumeVisibility.PRIVATE, List.of());
            }
            return resume;
        }));
    }

    /**
     * Sets which organizations' recruiters may see the resume. SELECTED_ORGANIZATIONS needs 1 to 50 organizations (400
     * {@code organizations} otherwise); the other two take none.
     */
    public Views.VisibilityView updateVisibility(UUID resumeId, ResumeVisibility visibility, List<UUID> organizations) {
        List<UUID> selected = organizations == null ? List.of() : organizations.stream().distinct().toList();
        if (visibility == ResumeVisibility.SELECTED_ORGANIZATIONS && selected.isEmpty()) {
            throw ProblemException.invalidField("organizations", "name at least one organization to show the resume to");
        }
        if (visibility != ResumeVisibility.SELECTED_ORGANIZATIONS && !selected.isEmpty()) {
            throw ProblemException.invalidField("organizations", "only SELECTED_ORGANIZATIONS takes organizations");
        }
        return Views.VisibilityView.of(QuarkusTransaction.requiringNew().call(() -> {
            Resume resume = resumes.findForUpdate(resumeId).orElseThrow(() -> ProblemException.notFound("Resume"));
            show(resume, visibility, selected);
            return resume;
        }));
    }

    /** Matching is told, so that its recruiter ranking and knowledge see the resume, or no longer see it. */
    private void show(Resume resume, ResumeVisibility visibility, List<UUID> organizations) {
        resume.visibility = visibility;
        resume.visibleTo = organizations.toArray(UUID[]::new);
        resume.searchable = visibility != ResumeVisibility.PRIVATE;
        versions.notifyMatching(resume, false);
    }

    /** Removes the resume, its versions, analyses and optimizations, then its file; matching is told. */
    public void delete(UUID resumeId) {
        Resume removed = QuarkusTransaction.requiringNew().call(() -> {
            Resume resume = resumes.findForUpdate(resumeId).orElseThrow(() -> ProblemException.notFound("Resume"));
            queue.cancelProcessing(resumeId);
            versions.notifyMatching(resume, true);
            resumes.delete(resume);
            return resume;
        });
        if (removed.storageKey != null) {
            deleteQuietly(storages.forProvider(storages.providerOf(removed.storageConfigId)), removed.storageKey);
        }
    }

    public byte[] file(Resume resume) {
        if (resume.storageKey == null) {
            throw ProblemException.notFound("The original file of this resume");
        }
        try {
            return storages.forProvider(QuarkusTransaction.requiringNew().call(() -> storages.providerOf(resume.storageConfigId)))
                    .get(resume.storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException("reading resume file " + resume.storageKey, e);
        }
    }

    /**
     * Reads resume_data refusing unknown fields and wrong types; the 400 names the offending path (after
     * {@code prefix}), or {@code field} when Jackson cannot tell.
     */
    public ResumeData readStrict(JsonNode node, String field, String prefix) {
        if (node == null || !node.isObject()) {
            throw ProblemException.invalidField(field, "must be a resume_data object");
        }
        try {
            return strictReader.readValue(node);
        } catch (JsonProcessingException e) {
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? pathOf(m) : "";
            throw ProblemException.invalidField(path.isEmpty() ? field : prefix + path,
                    "does not fit the resume structure: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.invalidField(field, "is not valid resume data");
        }
    }

    private Resume lockParsed(UUID resumeId) {
        Resume resume = resumes.findForUpdate(resumeId).orElseThrow(() -> ProblemException.notFound("Resume"));
        if (resume.currentVersion == 0) {
            throw ProblemException.conflict("The resume has no data yet (status " + resume.status + "); wait until it is parsed");
        }
        return resume;
    }

    private static String pathOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String title(String title, String originalName) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        String base = safeName(originalName).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        return base.isBlank() ? "Resume" : base;
    }

    /** The client's file name, kept only as metadata and for the download's Content-Disposition. */
    public static String safeName(String name) {
        if (name == null) {
            return "resume";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String cleaned = last.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("^\\.+", "").strip();
        cleaned = cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
        return cleaned.isEmpty() ? "resume" : cleaned;
    }

    private static Map<String, Object> fileMetadata(String originalName, long size, FileKind kind) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("original_filename", safeName(originalName));
        metadata.put("size_bytes", size);
        metadata.put("media_type", kind.mediaType());
        metadata.put("uploaded_at", Instant.now().toString());
        return metadata;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(FileStorage storage, String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not delete stored file %s: %s", key, e.toString());
        }
    }
}
