package com.jobmatch.matching.enrichment;

import com.jobmatch.common.logging.FailureText;
import com.jobmatch.contract.api.EmbeddingResponse;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.Vectors;
import com.jobmatch.matching.client.AiClient;
import com.jobmatch.matching.config.MatchingConfig;
import com.jobmatch.matching.enrichment.EnrichmentQueueStore.Claim;
import com.jobmatch.matching.enrichment.JobEnrichmentStore.ResolvedSkill;
import com.jobmatch.matching.knowledge.TaxonomyRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import com.jobmatch.common.queue.QueueWorkers;
import com.jobmatch.common.queue.QueuedWork;
import com.jobmatch.common.queue.WorkHandler;
import com.jobmatch.matching.catalogue.SkillRequirementKind;
import com.jobmatch.matching.knowledge.SkillTaxonomyEntry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drains the enrichment queue: normalized skills (required/preferred) and an embedding from ai-service for
 * every new or changed job (the centroid of its statements' embeddings, see {@link Statements}), and the experience
 * its text states when the posting has no structured range ({@link PostingRequirements}). A job whose enrichment
 * fails stays queued with the queue's backoff, and is dead (kept with its last error) after its last attempt.
 *
 * <p>As many workers as cores (jobmatch.matching.enrichment.workers) each enrich one job at a time, so ai-service
 * is kept busy on every core; the queue component takes turns between sources. ENRICHMENT_EVERY is how long an
 * idle worker waits before looking again ("off" starts no workers: tests drive {@link #processDue()}).
 */
@ApplicationScoped
public class EnrichmentWorker implements WorkHandler {

    static final int EMBEDDING_DIMENSION = 384;
    private static final Logger LOG = Logger.getLogger(EnrichmentWorker.class);
    private static final BigDecimal MIN_IMPORTANCE = new BigDecimal("0.10");

    private final EnrichmentQueueStore queue;
    private final JobEnrichmentStore jobs;
    private final TaxonomyRepository taxonomy;
    private final AiClient ai;
    private final MatchingConfig.Enrichment config;

    private final QueueWorkers workers;
    private final String every;

    public EnrichmentWorker(EnrichmentQueueStore queue, JobEnrichmentStore jobs, TaxonomyRepository taxonomy, AiClient ai,
                            MatchingConfig config,
                            @ConfigProperty(name = "jobmatch.schedule.enrichment", defaultValue = "2s") String every) {
        this.queue = queue;
        this.jobs = jobs;
        this.taxonomy = taxonomy;
        this.ai = ai;
        this.config = config.enrichment();
        this.every = every.strip();
        this.workers = new QueueWorkers(queue.queue(), this,
                "off".equals(this.every) ? Duration.ofSeconds(1) : DurationConverter.parseDuration(this.every));
    }

    void start(@Observes StartupEvent event) {
        if (!"off".equals(every)) {
            workers.start(config.workers() > 0 ? config.workers() : Runtime.getRuntime().availableProcessors());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        workers.stop();
    }

    /** One pass over the due entries (up to the batch size) on the calling thread; returns how many jobs were enriched. */
    public int processDue() {
        List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> queue.claimDue(config.batchSize()));
        int enriched = 0;
        for (Claim claim : claims) {
            try {
                if (enrich(claim)) {
                    enriched++;
                }
            } catch (RuntimeException e) {
                QuarkusTransaction.requiringNew().run(() -> queue.retryLater(claim, FailureText.of(e)));
            }
        }
        return enriched;
    }

    /**
     * Enriches one job now on the calling thread, when a person waits for it (a job they brought): true when it is
     * enriched. False when ai-service did not answer (the entry stays queued with its backoff, the workers retry) or a
     * worker already holds it.
     */
    public boolean enrichNow(UUID jobId) {
        Optional<Claim> claim = QuarkusTransaction.requiringNew().call(() -> queue.claimJob(jobId));
        if (claim.isEmpty()) {
            return false;
        }
        try {
            return enrich(claim.get());
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> queue.retryLater(claim.get(), FailureText.of(e)));
            return false;
        }
    }

    /** A worker's item: enriched, or its failure recorded for a later attempt. */
    @Override
    public void handle(QueuedWork work) {
        QuarkusTransaction.requiringNew().call(() -> queue.claimOf(work)).ifPresent(this::enrich);
    }

    private boolean enrich(Claim claim) {
        Optional<JobEnrichmentStore.JobText> job = QuarkusTransaction.requiringNew().call(() -> jobs.jobText(claim.jobId()));
        if (job.isEmpty()) {
            // The job is gone; its entry went with it (ON DELETE CASCADE).
            return false;
        }
        String text = job.get().text();
        Optional<List<ExtractedSkill>> extracted = ai.extractSkills(text);
        List<String> statements = Statements.of(text, Statements.MAX_JOB_STATEMENTS);
        Optional<EmbeddingResponse> embedding = extracted.isPresent() ? ai.embedJob(claim.jobId(), statements) : Optional.empty();
        String problem = extracted.isEmpty() ? "skill extraction unavailable"
                : embedding.isEmpty() ? "embedding unavailable" : embeddingProblem(embedding.get(), statements.size());
        if (problem != null) {
            QuarkusTransaction.requiringNew().run(() -> queue.retryLater(claim, problem));
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<ResolvedSkill> skills = resolve(text, extracted.get(), job.get().keySkills());
            List<String> names = skills.stream().map(s -> taxonomy.findById(s.skillId()).canonicalName).toList();
            // The job's enrichment and the queue entry's completion commit together.
            JobEnrichmentStore.JobText posting = job.get();
            PostingFacts facts = PostingFacts.read(posting.title(), posting.description());
            List<StatedFact> stated = new ArrayList<>(facts.facts());
            PostingRequirements.experienceStated(posting.description(), "description").ifPresent(stated::add);
            PostingRequirements.educationStated(posting.description(), "description").ifPresent(stated::add);
            jobs.store(claim.jobId(), skills, names, Vectors.centroid(embedding.get().vectors()), embedding.get().model(),
                    PostingRequirements.experience(text), PostingRequirements.education(text), facts, stated);
            queue.complete(claim);
        });
        return true;
    }

    /** Taxonomy skills of the job: extracted mentions, plus key skills the posting listed itself (required). */
    private List<ResolvedSkill> resolve(String text, List<ExtractedSkill> extracted, List<String> keySkills) {
        Map<String, SkillTaxonomyEntry> bySlug = taxonomy.bySlugs(extracted.stream().map(ExtractedSkill::skillId)
                .filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(s -> s.slug, Function.identity()));
        Map<UUID, ResolvedSkill> resolved = new LinkedHashMap<>();
        for (ExtractedSkill e : extracted) {
            SkillTaxonomyEntry skill = e.skillId() != null && bySlug.containsKey(e.skillId()) ? bySlug.get(e.skillId())
                    : taxonomy.byAlias(e.name() == null ? e.matchedText() : e.name()).stream().findFirst().orElse(null);
            if (skill != null) {
                merge(resolved, new ResolvedSkill(skill.id, RequirementSections.kindAt(text, e.start()), importance(e.confidence())));
            }
        }
        for (String listed : keySkills) {
            taxonomy.byAlias(listed).stream().findFirst()
                    .ifPresent(skill -> merge(resolved, new ResolvedSkill(skill.id, SkillRequirementKind.REQUIRED, BigDecimal.ONE)));
        }
        return List.copyOf(resolved.values());
    }

    /** A skill mentioned twice keeps its strongest reading: required over preferred, then the higher importance. */
    private static void merge(Map<UUID, ResolvedSkill> resolved, ResolvedSkill next) {
        resolved.merge(next.skillId(), next, (a, b) -> {
            SkillRequirementKind kind = a.requirement() == SkillRequirementKind.REQUIRED || b.requirement() == SkillRequirementKind.REQUIRED
                    ? SkillRequirementKind.REQUIRED : SkillRequirementKind.PREFERRED;
            return new ResolvedSkill(a.skillId(), kind, a.importance().max(b.importance()));
        });
    }

    private static BigDecimal importance(double confidence) {
        BigDecimal value = BigDecimal.valueOf(Math.min(1.0, confidence)).setScale(2, RoundingMode.HALF_UP);
        return value.max(MIN_IMPORTANCE);
    }

    private static String embeddingProblem(EmbeddingResponse response, int statements) {
        if (response.vectors() == null || response.vectors().size() != statements
                || response.vectors().stream().anyMatch(v -> v.length != EMBEDDING_DIMENSION)) {
            LOG.warnf("ai-service did not return one %d-dimensional vector per statement", EMBEDDING_DIMENSION);
            return "embedding is not one " + EMBEDDING_DIMENSION + "-dimensional vector per statement";
        }
        return null;
    }
}
