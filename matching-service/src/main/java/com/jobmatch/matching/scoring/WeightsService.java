package com.jobmatch.matching.scoring;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.Weights;
import com.jobmatch.matching.matches.RecomputeQueueStore;
import com.jobmatch.matching.matches.RecomputeTask;
import com.jobmatch.matching.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Changing collar weights and A/B variants. Weights are validated before anything is written (six values in
 * [0, 1] summing to exactly 1.00), and every change queues a recompute of the stored rankings and an audit entry
 * for user-service's audit log (through the outbox) in the same transaction.
 */
@ApplicationScoped
public class WeightsService {

    private final CollarWeightsStore store;
    private final RecomputeQueueStore queue;
    private final Outbox outbox;

    public WeightsService(CollarWeightsStore store, RecomputeQueueStore queue, Outbox outbox) {
        this.store = store;
        this.queue = queue;
        this.outbox = outbox;
    }

    /** One page of the collars and their variants. */
    @Transactional
    public Page<WeightsView> page(int page, int size) {
        return new Page<>(store.page(page, size).stream().map(WeightsView::of).toList(), page, size, store.count());
    }

    /** The variant each collar's jobs are scored with for this person. */
    @Transactional
    public VariantAssignment assignment(UUID userId) {
        Map<CollarType, String> variants = new EnumMap<>(CollarType.class);
        for (CollarType collar : CollarType.values()) {
            variants.put(collar, store.assigned(collar, userId).variant);
        }
        return new VariantAssignment(userId, variants);
    }

    @Transactional
    public WeightsView update(UUID actorId, CollarType collar, String variant, Weights weights, BigDecimal sum,
                              Boolean active, String description) {
        CollarWeightsConfig config = store.find(collar, variant).orElseThrow(() -> ProblemException.notFound("Weights variant"));
        apply(config, weights, sum, active, description);
        store.flush();
        return audited(actorId, "WEIGHTS_CHANGED", WeightsView.of(config));
    }

    @Transactional
    public WeightsView create(UUID actorId, CollarType collar, String variant, Weights weights, BigDecimal sum,
                              Boolean active, String description) {
        if (store.find(collar, variant).isPresent()) {
            throw ProblemException.conflict("Variant %s of %s already exists".formatted(variant, collar));
        }
        CollarWeightsConfig config = new CollarWeightsConfig();
        config.collarType = CollarWeightsConfig.column(collar);
        config.variant = variant;
        apply(config, weights, sum, active, description);
        store.persistAndFlush(config);
        return audited(actorId, "WEIGHTS_VARIANT_CREATED", WeightsView.of(config));
    }

    private WeightsView audited(UUID actorId, String action, WeightsView view) {
        outbox.audit(actorId, null, action, "weights", view.id(), Map.of("collar", view.collar(),
                "variant", view.variant(), "weights", view.weights(), "active", view.active()));
        return view;
    }

    private void apply(CollarWeightsConfig config, Weights weights, BigDecimal sum, Boolean active, String description) {
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw ProblemException.invalidField("weights", "the six weights must sum to 1.00, not " + sum.toPlainString());
        }
        config.apply(weights);
        config.active = active == null || active;
        if (description != null) {
            config.description = description;
        }
        queue.enqueue(RecomputeTask.Reason.WEIGHTS, null, null, null);
    }
}
