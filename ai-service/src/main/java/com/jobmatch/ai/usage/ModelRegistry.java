package com.jobmatch.ai.usage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ai_models row of each model this service uses, registered on first use (UsageStore writes it) and its id kept
 * for the life of the process. Here rather than in {@code embeddings}: every model's use is recorded against it
 * (UsageRecorder), the embedding model's and the chat model's alike.
 */
@ApplicationScoped
public class ModelRegistry {

    public record ModelSpec(String name, String provider, String type, Integer dimension,
                            double costPer1kInput, double costPer1kOutput) {
    }

    private final UsageStore store;
    private final Map<String, UUID> ids = new ConcurrentHashMap<>();

    public ModelRegistry(UsageStore store) {
        this.store = store;
    }

    /** Registered in its own committed transaction, so the id stays valid whatever the caller's work does. */
    public UUID idOf(ModelSpec spec) {
        return ids.computeIfAbsent(spec.name(), name -> QuarkusTransaction.requiringNew().call(() -> store.registerModel(spec)));
    }
}
