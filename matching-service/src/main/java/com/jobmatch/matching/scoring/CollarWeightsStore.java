package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CollarType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Collar weights and their A/B variants; each person is assigned one active variant per collar, always the same. */
@ApplicationScoped
public class CollarWeightsStore {

    /** One page of the collars' weights and variants, by collar then variant. */
    public List<CollarWeightsConfig> page(int page, int size) {
        return CollarWeightsConfig.findAll(Sort.by("collarType").and("variant")).page(page, size).list();
    }

    public long count() {
        return CollarWeightsConfig.count();
    }

    /** Stores a new variant and writes it at once, so the database's times are read back into it. */
    public void persistAndFlush(CollarWeightsConfig config) {
        config.persistAndFlush();
    }

    /** Writes pending changes now, so the database's times are read back into the changed variants. */
    public void flush() {
        CollarWeightsConfig.flush();
    }

    public Optional<CollarWeightsConfig> find(CollarType collar, String variant) {
        return CollarWeightsConfig.find("collarType = ?1 and variant = ?2", CollarWeightsConfig.column(collar), variant)
                .firstResultOptional();
    }

    /**
     * The variant a person gets for a collar: a stable hash of the person and collar over the active variants in
     * name order, so a person stays in the same arm until the set of active variants changes.
     */
    public CollarWeightsConfig assigned(CollarType collar, UUID userId) {
        List<CollarWeightsConfig> active = CollarWeightsConfig.list("collarType = ?1 and active = true",
                Sort.by("variant"), CollarWeightsConfig.column(collar));
        if (active.isEmpty()) {
            return find(collar, CollarWeightsConfig.DEFAULT_VARIANT).orElseThrow(
                    () -> new IllegalStateException("No weights for collar " + collar));
        }
        return active.get(Math.floorMod((userId + ":" + collar).hashCode(), active.size()));
    }
}
