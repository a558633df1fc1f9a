package com.jobmatch.matching.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Hashes that identify postings. The cluster fingerprint ignores case, punctuation, markup and spacing, so the
 * same posting copied to several sources lands in one cluster.
 */
public final class PostingFingerprints {

    private PostingFingerprints() {
    }

    public static String cluster(JobPosting p) {
        return sha256(loose(p.company()) + "|" + loose(p.title()) + "|" + loose(p.description()));
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String loose(String text) {
        return text == null ? "" : text.replaceAll("<[^>]*>", " ").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
