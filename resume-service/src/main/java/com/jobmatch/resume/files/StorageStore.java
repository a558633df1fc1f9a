package com.jobmatch.resume.files;

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
public class StorageStore {

    private final ResumeConfig.Storage config;
    private final EntityManager em;
    private final Map<String, FileStorage> byProvider = new ConcurrentHashMap<>();

    /** What a provider's storage_configs row allows. */
    public record Limits(UUID configId, long maxFileBytes, java.util.List<String> allowedTypes) {
    }

    public StorageStore(ResumeConfig config, EntityManager em) {
        this.config = config.storage();
        this.em = em;
    }

    public FileStorage active() {
        return forProvider(config.provider());
    }

    public FileStorage forProvider(String provider) {
        return byProvider.computeIfAbsent(provider, this::create);
    }

    /** Read on every upload, so an operator's change to storage_configs applies at once. */
    public Limits limits(String provider) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT id, max_file_bytes, allowed_types FROM storage_configs WHERE provider = :p AND active")
                .setParameter("p", provider).getSingleResult();
        return new Limits((UUID) row[0], ((Number) row[1]).longValue(), java.util.List.of((String[]) row[2]));
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
