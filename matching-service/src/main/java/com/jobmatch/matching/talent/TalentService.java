package com.jobmatch.matching.talent;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.applications.ApplicationRepository;
import com.jobmatch.matching.applications.ApplicationStatus;
import com.jobmatch.matching.applications.JobApplication;
import com.jobmatch.matching.outbox.Outbox;
import com.jobmatch.matching.pipeline.PipelineService;
import com.jobmatch.matching.pipeline.PostedJobRef;
import com.jobmatch.matching.pipeline.StageRequest;
import com.jobmatch.matching.recruiting.OrgMember.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Submissions (a candidate put forward to one of the organization's jobs or to a client, with a note) and the
 * organization's hot list (candidates with availability and tags). Every change is audited.
 */
@ApplicationScoped
public class TalentService {

    private final TalentStore store;
    private final PipelineService pipeline;
    private final ApplicationRepository applications;
    private final Outbox outbox;

    public TalentService(TalentStore store, PipelineService pipeline, ApplicationRepository applications, Outbox outbox) {
        this.store = store;
        this.pipeline = pipeline;
        this.applications = applications;
        this.outbox = outbox;
    }

    /**
     * Records the submission; when it is to one of the organization's jobs and the candidate applied to it, their
     * application moves to SUBMITTED (emailing them, as every stage change does) if it can.
     */
    @Transactional
    public SubmissionView submit(Membership member, SubmissionRequest request) {
        String client = request.clientName() == null || request.clientName().isBlank() ? null : request.clientName().strip();
        if (request.postedJobId() == null && client == null) {
            throw ProblemException.invalidField("postedJobId", "give the organization's job (postedJobId) or a clientName");
        }
        UUID applicationId = null;
        if (request.postedJobId() != null) {
            PostedJobRef job = pipeline.ownJob(member, request.postedJobId());
            Optional<JobApplication> applied = job.jobId() == null ? Optional.empty()
                    : applications.findFor(request.candidateUserId(), job.jobId()).filter(a -> a.status != ApplicationStatus.SAVED);
            if (applied.isPresent()) {
                applicationId = applied.get().id;
                if (applied.get().status.canMoveTo(ApplicationStatus.SUBMITTED)) {
                    pipeline.move(member, applicationId, new StageRequest(ApplicationStatus.SUBMITTED.name(),
                            request.note(), null));
                }
            }
        }
        UUID id = store.addSubmission(member.organizationId(), request.candidateUserId(), request.resumeId(),
                request.postedJobId(), client, applicationId, request.note(), member.userId());
        Map<String, Object> detail = new HashMap<>(Map.of("candidateUserId", request.candidateUserId().toString()));
        if (request.postedJobId() != null) {
            detail.put("postedJobId", request.postedJobId().toString());
        }
        if (client != null) {
            detail.put("clientName", client);
        }
        outbox.audit(member.userId(), member.organizationId(), "CANDIDATE_SUBMITTED", "candidate_submission", id, detail);
        return store.submission(member.organizationId(), id).orElseThrow();
    }

    @Transactional
    public Page<SubmissionView> submissions(Membership member, UUID postedJobId, int page, int size) {
        return new Page<>(store.submissions(member.organizationId(), postedJobId, page, size), page, size,
                store.countSubmissions(member.organizationId(), postedJobId));
    }

    @Transactional
    public HotListView putOnHotList(Membership member, UUID candidate, HotListRequest request) {
        Availability availability = availability(request.availability());
        List<String> tags = request.tags() == null ? List.of()
                : request.tags().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .distinct().sorted().toList();
        UUID id = store.putHotList(member.organizationId(), candidate, request.resumeId(), availability,
                request.availableFrom(), tags, request.note(), member.userId());
        outbox.audit(member.userId(), member.organizationId(), "HOT_LIST_UPDATED", "hot_list_candidate", id,
                Map.of("candidateUserId", candidate.toString(), "availability", availability.name(), "tags", tags));
        return store.hotListEntry(member.organizationId(), candidate).orElseThrow();
    }

    @Transactional
    public Page<HotListView> hotList(Membership member, String tag, String availability, int page, int size) {
        String tagged = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        Availability available = availability == null ? null : availability(availability);
        return new Page<>(store.hotList(member.organizationId(), tagged, available, page, size), page, size,
                store.countHotList(member.organizationId(), tagged, available));
    }

    @Transactional
    public void removeFromHotList(Membership member, UUID candidate) {
        Optional<HotListView> entry = store.hotListEntry(member.organizationId(), candidate);
        if (entry.isEmpty() || !store.removeFromHotList(member.organizationId(), candidate)) {
            throw ProblemException.notFound("Hot list entry");
        }
        outbox.audit(member.userId(), member.organizationId(), "HOT_LIST_REMOVED", "hot_list_candidate",
                entry.get().id(), Map.of("candidateUserId", candidate.toString()));
    }

    private static Availability availability(String value) {
        try {
            return Availability.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("availability", "must be one of " + Arrays.toString(Availability.values()));
        }
    }
}
