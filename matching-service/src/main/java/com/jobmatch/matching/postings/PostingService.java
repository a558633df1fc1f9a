package com.jobmatch.matching.postings;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.catalogue.PostingBatchWriter;
import com.jobmatch.matching.catalogue.PostingValidator;
import com.jobmatch.matching.outbox.Outbox;
import com.jobmatch.matching.recruiting.OrgMember.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs an organization posts: drafts (only its members see them), published (written to the catalogue like an
 * imported posting, so they are parsed, enriched and matched), closed and reopened; and its job templates. Every change
 * is audited through the outbox, in the change's transaction.
 */
@ApplicationScoped
public class PostingService {

    private final PostingStore store;
    private final PostingBatchWriter writer;
    private final Outbox outbox;

    public PostingService(PostingStore store, PostingBatchWriter writer, Outbox outbox) {
        this.store = store;
        this.writer = writer;
        this.outbox = outbox;
    }

    @Transactional
    public TemplateView addTemplate(Membership member, TemplateRequest request) {
        UUID id = store.addTemplate(member.organizationId(), request.name().strip(), request.posting(), member.userId())
                .orElseThrow(() -> ProblemException.conflict("The organization already has a template named '%s'"
                        .formatted(request.name().strip())));
        outbox.audit(member.userId(), member.organizationId(), "JOB_TEMPLATE_CREATED", "job_template", id,
                Map.of("name", request.name().strip()));
        return store.template(id).orElseThrow();
    }

    @Transactional
    public Page<TemplateView> templates(Membership member, int page, int size) {
        return new Page<>(store.templatesOf(member.organizationId(), page, size), page, size,
                store.countTemplates(member.organizationId()));
    }

    @Transactional
    public TemplateView template(Membership member, UUID id) {
        TemplateView template = store.template(id).orElseThrow(() -> ProblemException.notFound("Template"));
        member.requireOwn(template.organizationId(), "Template");
        return template;
    }

    /** A new draft, from a template of the organization when one is named, its fields overridden by the request's. */
    @Transactional
    public PostedJobView create(Membership member, JobDraftRequest request) {
        PostingFields base = null;
        if (request.templateId() != null) {
            TemplateView template = store.template(request.templateId())
                    .filter(t -> t.organizationId().equals(member.organizationId()))
                    .orElseThrow(() -> ProblemException.invalidField("templateId", "no such template in your organization"));
            base = template.posting();
        }
        PostingFields given = request.posting();
        PostingFields fields = given == null ? base : given.over(base);
        if (fields == null) {
            throw ProblemException.invalidField("posting", "give the job's fields, or a templateId");
        }
        validate(fields, UUID.randomUUID());
        UUID id = store.addJob(member.organizationId(), fields, request.templateId(), member.userId());
        Map<String, Object> detail = new HashMap<>(Map.of("title", fields.title()));
        if (request.templateId() != null) {
            detail.put("templateId", request.templateId().toString());
        }
        outbox.audit(member.userId(), member.organizationId(), "JOB_CREATED", "posted_job", id, detail);
        return store.job(id).orElseThrow();
    }

    @Transactional
    public Page<PostedJobView> jobs(Membership member, PostedJobStatus status, int page, int size) {
        return new Page<>(store.jobsOf(member.organizationId(), status, page, size), page, size,
                store.countJobs(member.organizationId(), status));
    }

    @Transactional
    public PostedJobView job(Membership member, UUID id) {
        return owned(member, store.job(id), id);
    }

    /** Replaces the fields of a draft or a published job (the catalogue row follows and is enriched again). */
    @Transactional
    public PostedJobView edit(Membership member, UUID id, PostingFields fields) {
        PostedJobView job = owned(member, store.lockJob(id), id);
        if (job.status() == PostedJobStatus.CLOSED) {
            throw ProblemException.conflict("The job is closed: reopen it before editing");
        }
        validate(fields, id);
        store.updatePosting(id, fields, member.userId());
        if (job.status() == PostedJobStatus.PUBLISHED) {
            writeToCatalogue(id, fields, job.publishedAt());
        }
        outbox.audit(member.userId(), member.organizationId(), "JOB_EDITED", "posted_job", id,
                Map.of("title", fields.title(), "status", job.status().name()));
        return store.job(id).orElseThrow();
    }

    @Transactional
    public PostedJobView publish(Membership member, UUID id) {
        PostedJobView job = owned(member, store.lockJob(id), id);
        if (job.status() != PostedJobStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft is published; this job is " + job.status());
        }
        UUID jobId = writeToCatalogue(id, job.posting(), OffsetDateTime.now());
        store.markPublished(id, jobId, member.userId());
        outbox.audit(member.userId(), member.organizationId(), "JOB_PUBLISHED", "posted_job", id,
                Map.of("jobId", jobId.toString()));
        return store.job(id).orElseThrow();
    }

    @Transactional
    public PostedJobView close(Membership member, UUID id) {
        PostedJobView job = owned(member, store.lockJob(id), id);
        if (job.status() != PostedJobStatus.PUBLISHED) {
            throw ProblemException.conflict("Only a published job is closed; this job is " + job.status());
        }
        store.markClosed(id, job.jobId(), member.userId());
        outbox.audit(member.userId(), member.organizationId(), "JOB_CLOSED", "posted_job", id, Map.of());
        return store.job(id).orElseThrow();
    }

    @Transactional
    public PostedJobView reopen(Membership member, UUID id) {
        PostedJobView job = owned(member, store.lockJob(id), id);
        if (job.status() != PostedJobStatus.CLOSED) {
            throw ProblemException.conflict("Only a closed job is reopened; this job is " + job.status());
        }
        store.markReopened(id, job.jobId(), member.userId());
        outbox.audit(member.userId(), member.organizationId(), "JOB_REOPENED", "posted_job", id, Map.of());
        return store.job(id).orElseThrow();
    }

    /** Upserts the catalogue row (queueing its enrichment when new or changed); returns its id. */
    private UUID writeToCatalogue(UUID id, PostingFields fields, OffsetDateTime postedAt) {
        return store.writeToCatalogue(writer.prepare(fields.toPosting(id, postedAt)));
    }

    private static void validate(PostingFields fields, UUID id) {
        PostingValidator.problem(fields.toPosting(id, null)).ifPresent(reason -> {
            String field = reason.substring(0, reason.indexOf(':'));
            throw ProblemException.invalidField(field, reason.substring(reason.indexOf(':') + 1).strip());
        });
    }

    private static PostedJobView owned(Membership member, Optional<PostedJobView> job, UUID id) {
        PostedJobView found = job.orElseThrow(() -> ProblemException.notFound("Job"));
        member.requireOwn(found.organizationId(), "Job");
        return found;
    }
}
