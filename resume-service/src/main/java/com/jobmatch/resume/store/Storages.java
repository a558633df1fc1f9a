package com.jobmatch.resume.store;

import com.jobmatch.resume.config.ResumeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured storage providers and their storage_configs rows. New files go to the active provider
 * (resume.storage.provider); each resume remembers the provider its file went to.
 */
@ApplicationScoped
public class Storages {

    private final ResumeConfig.Storage config;
    private final EntityManager em;
    private final Map<String, FileStorage> byProvider = new ConcurrentHashMap<>();
    private final Map<String, UUID> configIds = new ConcurrentHashMap<>();

    public Storages(ResumeConfig config, EntityManager em) {
        this.config = config.storage();
        this.em = em;
    }

    public FileStorage active() {
        return forProvider(config.provider());
    }

    public FileStorage forProvider(String provider) {
        return byProvider.computeIfAbsent(provider, this::create);
    }

    public UUID configId(String provider) {
        return configIds.computeIfAbsent(provider, p -> (UUID) em
                .createNativeQuery("SELECT id FROM storage_configs WHERE provider = :p AND active")
                .setParameter("p", p).getSingleResult());
    }

    public String providerOf(UUID configId) {
        return (String) em.createNativeQuery("SELECT provider FROM storage_configs WHERE id = :id")
                .setParameter("id", configId).getSingleResult();
    }

    private FileStorage create(String provider) {
        return switch (provider) {
            case "local" -> new LocalFileStorage(Path.of(config.localDir()));
            case "s3" -> new S3FileStorage(config.s3());
            default -> throw new IllegalStateException("unknown storage provider " + provider);
        };
    }
}
