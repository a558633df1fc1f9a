package com.jobmatch.resume.work;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.contract.api.ResumeChangedEvent;
import com.jobmatch.contract.api.SkillExtractionResponse;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.resume.client.AiClient;
import com.jobmatch.resume.client.MatchingClient;
import com.jobmatch.resume.config.ResumeConfig;
import com.jobmatch.resume.files.FileKind;
import com.jobmatch.resume.files.StorageStore;
import com.jobmatch.resume.files.TextExtractor;
import com.jobmatch.resume.jsonresume.JsonResumeMapper;
import com.jobmatch.resume.parsing.ResumeSections;
import com.jobmatch.resume.parsing.ResumeTextParser;
import com.jobmatch.resume.resumes.Resume;
import com.jobmatch.resume.resumes.ResumeData;
import com.jobmatch.resume.resumes.ResumeRepository;
import com.jobmatch.resume.resumes.ResumeText;
import com.jobmatch.resume.versions.ResumeVersion;
import com.jobmatch.resume.versions.ResumeVersions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The background steps of a resume, run from the work queue: parse (file to text to resume_data), enrich
 * (skills from ai-service) and notify (tell matching-service). Each step commits its effect together with the
 * completion of its work row, so a step cut short by a crash simply runs again.
 */
@ApplicationScoped
public class ResumeProcessing {

    /** How long a resume read before ai-service had embedded every taxonomy label waits to be read again. */
    static final Duration READ_AGAIN_AFTER = Duration.ofSeconds(60);

    /** The step could not finish now (a service is down); the queue retries it with backoff. */
    public static final class RetryLater extends Exception {
        public RetryLater(String message) {
            super(message);
        }
    }

    private record FileToParse(String provider, String key, FileKind kind) {
    }

    /** What reading a document gave: its text and structure, or the reason it cannot be used. */
    private record Read(String text, Optional<LocalDate> writtenOn, ResumeData data, String failure) {
        static Read failed(String reason) {
            return new Read(null, Optional.empty(), null, reason);
        }
    }

    private final ResumeRepository resumes;
    private final ResumeVersions versions;
    private final ResumeWorkStore queue;
    private final StorageStore storages;
    private final AiClient ai;
    private final MatchingClient matching;
    private final ObjectMapper json;
    private final TextExtractor extractor;
    private final JsonResumeMapper jsonResume;
    private final BoundedReader reader;

    public ResumeProcessing(ResumeRepository resumes, ResumeVersions versions, ResumeWorkStore queue, StorageStore storages,
                            AiClient ai, MatchingClient matching, ObjectMapper json, ResumeConfig config,
                            BoundedReader reader) {
        this.reader = reader;
        this.resumes = resumes;
        this.versions = versions;
        this.queue = queue;
        this.storages = storages;
        this.ai = ai;
        this.matching = matching;
        this.json = json;
        this.extractor = new TextExtractor(config.upload().maxTextChars());
        this.jsonResume = new JsonResumeMapper(json);
    }

    public void handle(WorkItem item) throws RetryLater, IOException {
        switch (item.kind()) {
            case WorkItem.PARSE -> parse(item);
            case WorkItem.ENRICH -> enrich(item);
            case WorkItem.NOTIFY -> notify(item);
            default -> throw new IllegalStateException("unknown work kind " + item.kind());
        }
    }

    /** Called when the queue gives up on a step: a resume that could not be parsed must not stay "parsing". */
    public void gaveUp(WorkItem item, String error) {
        if (WorkItem.PARSE.equals(item.kind())) {
            QuarkusTransaction.requiringNew().run(() -> resumes.findForUpdate(item.resumeId()).ifPresent(r -> {
                r.status = Resume.FAILED;
                r.errorMessage = "Processing failed repeatedly: " + error;
            }));
        }
    }

    private void parse(WorkItem item) throws RetryLater, IOException {
        Optional<FileToParse> file = QuarkusTransaction.requiringNew().call(() -> {
            Optional<Resume> found = resumes.findForUpdate(item.resumeId());
            if (found.isEmpty() || found.get().currentVersion > 0 || found.get().storageKey == null) {
                queue.complete(item);
                return Optional.<FileToParse>empty();
            }
            Resume resume = found.get();
            resume.status = Resume.PARSING;
            resume.errorMessage = null;
            return Optional.of(new FileToParse(storages.providerOf(resume.storageConfigId), resume.storageKey,
                    resume.fileKind()));
        });
        if (file.isEmpty()) {
            return;
        }
        byte[] content = storages.forProvider(file.get().provider()).get(file.get().key());
        Read read;
        try {
            read = reader.read(() -> read(file.get().kind(), content));
        } catch (BoundedReader.TooSlow e) {
            // Reading it again would take as long: the document fails once, in words its owner can act on.
            read = Read.failed(tooSlow(reader.limit()));
        } catch (BoundedReader.Busy e) {
            throw new RetryLater("every reading thread is still held by a document past its time limit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLater("stopped while reading the document");
        }
        String extracted = read.text();
        Optional<LocalDate> writtenOn = read.writtenOn();
        ResumeData parsed = read.data();
        String reason = read.failure();
        QuarkusTransaction.requiringNew().run(() -> {
            // The resume is locked first (the order every writer of both tables keeps), then the step completed
            // before anything is stored: a step taken over by another worker (this one outlived its lease) stores nothing.
            Optional<Resume> found = resumes.findForUpdate(item.resumeId());
            if (!queue.complete(item)) {
                return;
            }
            if (found.isPresent() && found.get().currentVersion == 0) {
                Resume resume = found.get();
                if (reason != null) {
                    resume.status = Resume.FAILED;
                    resume.errorMessage = reason;
                } else {
                    resume.extractedText = extracted;
                    resume.status = Resume.PARSED;
                    writtenOn.ifPresent(resume::writtenOn);
                    String source = file.get().kind() == FileKind.JSON_RESUME ? ResumeVersion.IMPORT : ResumeVersion.PARSE;
                    versions.record(resume, parsed, source, "Parsed from the uploaded file", "resume-service",
                            item.claim().priority());
                    // A bulk parse stays bulk through its enrichment and notification.
                    queue.enqueue(resume.id, resume.userId, item.claim().priority(), WorkItem.ENRICH, "{}");
                }
            }
        });
    }

    /** The document's text and structure, or the reason it has none; runs on a reading thread of {@link BoundedReader}. */
    private Read read(FileKind kind, byte[] content) throws IOException {
        String text;
        Optional<LocalDate> writtenOn = Optional.empty();
        ResumeData data;
        try {
            if (kind == FileKind.JSON_RESUME) {
                JsonNode document = json.readTree(content);
                data = jsonResume.fromJsonResume(document);
                text = ResumeText.of(data);
                writtenOn = JsonResumeMapper.lastModified(document);
            } else {
                TextExtractor.Extracted extracted = extractor.read(kind, content);
                text = extracted.text();
                writtenOn = extracted.writtenOn();
                data = ResumeTextParser.parse(text);
            }
        } catch (TextExtractor.UnreadableFileException e) {
            return Read.failed(e.getMessage());
        }
        if (hasNul(text) || hasNul(json.writeValueAsString(data))) {
            // PostgreSQL cannot store NUL in text or jsonb: storing would fail on every retry, so fail once, clearly.
            return Read.failed("The document contains a NUL character (\\u0000), which cannot be stored; remove it and upload again");
        }
        return new Read(text, writtenOn, data, null);
    }

    static String tooSlow(Duration limit) {
        return "The document took too long to read (more than " + Math.max(1, limit.toSeconds()) + " seconds); "
                + "upload a shorter or simpler file, such as a DOCX or a PDF exported again";
    }

    private static boolean hasNul(String text) {
        return text != null && (text.indexOf('\u0000') >= 0 || text.contains("\\u0000"));
    }

    private void enrich(WorkItem item) throws RetryLater {
        Optional<Resume> stored = QuarkusTransaction.requiringNew().call(() -> resumes.findByIdOptional(item.resumeId()));
        Optional<String> text = stored.map(Resume::text);
        if (text.isEmpty() || text.get().isBlank()) {
            QuarkusTransaction.requiringNew().run(() -> queue.complete(item));
            return;
        }
        // The parsed employers go with the text: "Flint Energy" names where the person worked, not what they know.
        SkillExtractionResponse skills = ai.extractSkills(text.get(), stored.get().resumeData.employers())
                .orElseThrow(() -> new RetryLater("ai-service is unavailable for skill extraction"));
        // A skill read from a section heading's words ("Work History" as the field history) names the section, not a
        // skill of the writer's.
        List<int[]> headings = ResumeSections.headingRanges(text.get());
        List<ExtractedSkill> read = skills.skills() == null ? List.of() : skills.skills().stream()
                .filter(skill -> !ResumeSections.covers(headings, skill.start())).toList();
        QuarkusTransaction.requiringNew().run(() -> {
            Optional<Resume> found = resumes.findForUpdate(item.resumeId());
            // Read while ai-service was still embedding its taxonomy's labels (after its start): phrases were linked
            // only to the labels embedded so far, so the reading is kept and the resume read again a minute later.
            if (!(skills.complete() ? queue.complete(item) : queue.runAgainLater(item, READ_AGAIN_AFTER))) {
                return;
            }
            found.ifPresent(resume -> {
                resume.extractedSkills = read;
                resume.enriched = true;
                versions.notifyMatching(resume, false, item.claim().priority());
            });
        });
    }

    private void notify(WorkItem item) throws RetryLater, IOException {
        JsonNode payload = json.readTree(item.payload());
        ResumeChangedEvent event = new ResumeChangedEvent(UUID.fromString(payload.path("userId").asText()),
                item.resumeId(), payload.path("version").asInt(), payload.path("deleted").asBoolean());
        if (!matching.resumeChanged(event)) {
            throw new RetryLater("matching-service did not take the resume-changed event");
        }
        QuarkusTransaction.requiringNew().run(() -> queue.complete(item));
    }
}
