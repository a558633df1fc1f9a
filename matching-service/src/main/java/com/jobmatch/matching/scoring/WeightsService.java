package com.jobmatch.matching.scoring;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.Weights;
import com.jobmatch.matching.catalogue.PageView;
import com.jobmatch.matching.matches.RecomputeQueueStore;
import com.jobmatch.matching.matches.RecomputeTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Changing collar weights and A/B variants. Weights are validated before anything is written (six values in
 * [0, 1] summing to exactly 1.00), and every change queues a recompute of the stored rankings in the same
 * transaction.
 */
@ApplicationScoped
public class WeightsService {

    private final CollarWeightsStore store;
    private final RecomputeQueueStore queue;

    public WeightsService(CollarWeightsStore store, RecomputeQueueStore queue) {
        this.store = store;
        this.queue = queue;
    }

    /** One page of the collars and their variants. */
    @Transactional
    public PageView<WeightsView> page(int page, int size) {
        return new PageView<>(store.page(page, size).stream().map(WeightsView::of).toList(), page, size, store.count());
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
    public WeightsView update(CollarType collar, String variant, Weights weights, BigDecimal sum,
                              Boolean active, String description) {
        CollarWeightsConfig config = store.find(collar, variant).orElseThrow(() -> ProblemException.notFound("Weights variant"));
        apply(config, weights, sum, active, description);
        store.flush();
        return WeightsView.of(config);
    }

    @Transactional
    public WeightsView create(CollarType collar, String variant, Weights weights, BigDecimal sum,
                              Boolean active, String description) {
        if (store.find(collar, variant).isPresent()) {
            throw ProblemException.conflict("Variant %s of %s already exists".formatted(variant, collar));
        }
        CollarWeightsConfig config = new CollarWeightsConfig();
        config.collarType = CollarWeightsConfig.column(collar);
        config.variant = variant;
        apply(config, weights, sum, active, description);
        store.persistAndFlush(config);
        return WeightsView.of(config);
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
