package com.jobmatch.matching.pipeline;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.applications.ApplicationRepository;
import com.jobmatch.matching.applications.ApplicationStatus;
import com.jobmatch.matching.applications.JobApplication;
import com.jobmatch.matching.client.ResumeClient;
import com.jobmatch.matching.matches.JobProfileStore;
import com.jobmatch.matching.matches.MatchingService;
import com.jobmatch.matching.matches.ScoredMatch;
import com.jobmatch.matching.outbox.Outbox;
import com.jobmatch.matching.recruiting.OrgMember.Membership;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The applicants of an organization's jobs: ranked with the recruiters' candidate scoring and its explanations, and
 * moved through the ATS stages by owners and recruiters (one at a time or in bulk). Each move is audited and emails the
 * candidate (STAGE_CHANGED), through the outbox in the move's transaction.
 */
@ApplicationScoped
public class PipelineService {

    /** The largest page of applicants: each one on a page is scored in full, with what would raise the score. */
    public static final int MAX_PAGE_SIZE = 100;

    private final PipelineStore store;
    private final ApplicationRepository applications;
    private final ResumeClient resumes;
    private final JobProfileStore jobs;
    private final MatchingService matching;
    private final Outbox outbox;

    public PipelineService(PipelineStore store, ApplicationRepository applications, ResumeClient resumes,
                           JobProfileStore jobs, MatchingService matching, Outbox outbox) {
        this.store = store;
        this.applications = applications;
        this.resumes = resumes;
        this.jobs = jobs;
        this.matching = matching;
        this.outbox = outbox;
    }

    private record Sent(UUID id, UUID userId, UUID resumeId, ApplicationStatus status, String rejectionReason,
                        OffsetDateTime appliedAt, OffsetDateTime nextInterviewAt, OffsetDateTime updatedAt) {
    }

    /**
     * One page of the applicants of the organization's job, best match first; {@code stage} null means every stage.
     * Every applicant is graded on each call, so the order is the same whichever page is asked (best score first, then
     * the resume's id, as {@link MatchingService#rankCandidates} ranks; those without a resume to score after them, by
     * application id); only the page's ranks are scored in full, with what would raise each score.
     */
    public Page<ApplicantView> applicants(Membership member, UUID postedJobId, ApplicationStatus stage, int page,
                                          int size) {
        record Read(PostedJobRef job, List<Sent> sent) {
        }
        Read read = QuarkusTransaction.requiringNew().call(() -> {
            PostedJobRef job = ownJob(member, postedJobId);
            List<Sent> sent = job.jobId() == null ? List.of() : applications.sentTo(job.jobId()).stream()
                    .filter(a -> stage == null || a.status == stage)
                    .map(a -> new Sent(a.id, a.userId, a.resumeId, a.status, a.rejectionReason, a.appliedAt,
                            a.nextInterviewAt, a.updatedAt)).toList();
            return new Read(job, sent);
        });
        if (read.sent().isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        // Remote reads outside any transaction: a slow resume-service must not hold a database connection.
        Map<UUID, CandidateProfile> profiles = new HashMap<>();
        Map<UUID, String> unranked = new HashMap<>();
        for (Sent a : read.sent()) {
            if (a.resumeId() == null) {
                unranked.put(a.id(), "the application names no resume");
                continue;
            }
            try {
                Optional<CandidateProfile> profile = resumes.find(a.resumeId()).filter(p -> a.userId().equals(p.userId()));
                profile.ifPresentOrElse(p -> profiles.put(a.id(), p), () -> unranked.put(a.id(), "the resume is gone"));
            } catch (ProblemException e) {
                unranked.put(a.id(), "resume-service could not give the resume now (" + e.getMessage() + ")");
            }
        }
        JobProfile job = jobs.find(read.job().jobId()).orElseThrow(() -> ProblemException.notFound("Job"));
        // One application per user and job (a unique key), and a resume is its owner's: each ranked resume is one
        // applicant, so the ranks scored in full are the positions of the page.
        Map<UUID, List<Sent>> byResume = read.sent().stream().filter(a -> profiles.containsKey(a.id()))
                .sorted(Comparator.comparing(Sent::id))
                .collect(Collectors.groupingBy(a -> profiles.get(a.id()).resumeId()));
        List<CandidateProfile> distinct = byResume.values().stream().map(a -> profiles.get(a.getFirst().id())).toList();
        int from = (int) Math.min((long) page * size, Integer.MAX_VALUE);
        List<ScoredMatch> ranked = distinct.isEmpty() ? List.of() : matching.rankCandidates(job, distinct, from, size);
        List<ApplicantView> views = new ArrayList<>(read.sent().size());
        for (ScoredMatch scored : ranked) {
            for (Sent a : byResume.get(scored.result().resumeId())) {
                views.add(view(a, profiles.get(a.id()), scored, null));
            }
        }
        read.sent().stream().filter(a -> !profiles.containsKey(a.id())).sorted(Comparator.comparing(Sent::id))
                .forEach(a -> views.add(view(a, null, null, unranked.getOrDefault(a.id(), "not scored"))));
        return Page.slice(views, page, size);
    }

    private static ApplicantView view(Sent a, CandidateProfile profile, ScoredMatch scored, String rankedWithout) {
        return new ApplicantView(a.id(), a.userId(), a.resumeId(), profile == null ? null : profile.name(),
                profile == null ? null : profile.headline(), a.status(), a.rejectionReason(), a.appliedAt(),
                a.nextInterviewAt(), a.updatedAt(), scored == null ? null : scored.result().overallScore(),
                scored == null ? null : scored.result(), rankedWithout);
    }

    /** Moves one applicant of the organization's jobs to {@code stage}. */
    @Transactional
    public ApplicantMove move(Membership member, UUID applicationId, StageRequest request) {
        ApplicationStatus target = parseStage(request.stage());
        requireReason(target, request.rejectionReason());
        JobApplication application = applications.lock(applicationId).orElseThrow(() -> ProblemException.notFound("Application"));
        PostedJobRef job = ownJobOf(member, application);
        moveOne(member, job, application, target, request.note(), request.rejectionReason());
        applications.flush();
        return new ApplicantMove(application.id, job.postedJobId(), application.status, application.rejectionReason,
                application.updatedAt);
    }

    /** Moves each listed applicant of one job; one that cannot move is reported and the others are moved. */
    @Transactional
    public BulkStageResult moveMany(Membership member, UUID postedJobId, BulkStageRequest request) {
        ApplicationStatus target = parseStage(request.stage());
        requireReason(target, request.rejectionReason());
        PostedJobRef job = ownJob(member, postedJobId);
        List<BulkStageResult.Item> items = new ArrayList<>();
        // Locked in id order, so two bulk moves over overlapping lists cannot deadlock.
        for (UUID id : request.applicationIds().stream().distinct().sorted().toList()) {
            Optional<JobApplication> found = applications.lock(id)
                    .filter(a -> a.jobId.equals(job.jobId()) && a.status != ApplicationStatus.SAVED);
            if (found.isEmpty()) {
                items.add(new BulkStageResult.Item(id, false, null, "not an applicant of this job"));
                continue;
            }
            JobApplication application = found.get();
            if (!application.status.canMoveTo(target)) {
                items.add(new BulkStageResult.Item(id, false, application.status, "cannot go from %s to %s"
                        .formatted(application.status, target)));
                continue;
            }
            moveOne(member, job, application, target, request.note(), request.rejectionReason());
            items.add(new BulkStageResult.Item(id, true, target, null));
        }
        return new BulkStageResult((int) items.stream().filter(BulkStageResult.Item::moved).count(), items);
    }

    private void moveOne(Membership member, PostedJobRef job, JobApplication application, ApplicationStatus target,
                         String note, String rejectionReason) {
        if (!application.status.canMoveTo(target)) {
            throw ProblemException.conflict("An application cannot go from %s to %s; allowed: %s"
                    .formatted(application.status, target, application.status.next()));
        }
        ApplicationStatus from = application.status;
        application.moveTo(target, note, null, OffsetDateTime.now(), member.userId());
        application.rejectionReason = target == ApplicationStatus.REJECTED ? rejectionReason.strip() : null;
        if (target == ApplicationStatus.INTERVIEWING) {
            application.nextInterviewAt = store.nextInterview(application.id)
                    .map(i -> i.atOffset(java.time.ZoneOffset.UTC)).orElse(null);
        }
        Map<String, Object> detail = new HashMap<>(Map.of("from", from.name(), "to", target.name(),
                "postedJobId", job.postedJobId().toString()));
        if (target == ApplicationStatus.REJECTED) {
            detail.put("rejectionReason", application.rejectionReason);
        }
        outbox.audit(member.userId(), member.organizationId(), "APPLICATION_STAGE_CHANGED", "application", application.id,
                detail);
        outbox.email(member.organizationId(), application.userId, "STAGE_CHANGED",
                "Your application for %s: %s".formatted(job.title(), label(target)),
                "Your application for \"%s\" moved from %s to %s.%s".formatted(job.title(), label(from), label(target),
                        target == ApplicationStatus.REJECTED ? " Thank you for your interest; we will not take it further." : ""));
    }

    static String label(ApplicationStatus status) {
        return switch (status) {
            case SAVED -> "saved";
            case APPLIED -> "applied";
            case SCREENING -> "screening";
            case SUBMITTED -> "submitted to the hiring team";
            case INTERVIEWING -> "interviewing";
            case OFFER -> "offer";
            case HIRED -> "hired";
            case REJECTED -> "not selected";
            case WITHDRAWN -> "withdrawn";
        };
    }

    /** The organization's job (404 for another organization's or an unknown one). */
    public PostedJobRef ownJob(Membership member, UUID postedJobId) {
        PostedJobRef job = store.postedJob(postedJobId).orElseThrow(() -> ProblemException.notFound("Job"));
        member.requireOwn(job.organizationId(), "Job");
        return job;
    }

    /** The organization's job an application was sent to: 404 when it is another's, or only saved (not sent). */
    public PostedJobRef ownJobOf(Membership member, JobApplication application) {
        PostedJobRef job = store.postedJobOfCatalogueJob(application.jobId)
                .filter(j -> j.organizationId().equals(member.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("Application"));
        if (application.status == ApplicationStatus.SAVED) {
            throw ProblemException.notFound("Application");
        }
        return job;
    }

    static ApplicationStatus parseStage(String value) {
        try {
            ApplicationStatus stage = ApplicationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (stage == ApplicationStatus.SAVED || stage == ApplicationStatus.APPLIED) {
                throw new IllegalArgumentException("the candidate's own step");
            }
            return stage;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("stage", "must be one of " + Arrays.toString(Arrays.copyOfRange(
                    ApplicationStatus.values(), 2, ApplicationStatus.values().length)));
        }
    }

    /** A stage to filter applicants by (any stage but SAVED). */
    public static ApplicationStatus parseStageFilter(String value) {
        try {
            ApplicationStatus stage = ApplicationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (stage != ApplicationStatus.SAVED) {
                return stage;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalidField("stage", "must be one of " + Arrays.toString(Arrays.copyOfRange(
                ApplicationStatus.values(), 1, ApplicationStatus.values().length)));
    }

    private static void requireReason(ApplicationStatus target, String reason) {
        boolean given = reason != null && !reason.isBlank();
        if (target == ApplicationStatus.REJECTED && !given) {
            throw ProblemException.invalidField("rejectionReason", "a rejection needs its reason");
        }
        if (target != ApplicationStatus.REJECTED && given) {
            throw ProblemException.invalidField("rejectionReason", "only a REJECTED move has a rejection reason");
        }
    }
}
