package com.jobmatch.ai.bench;

import com.jobmatch.ai.embeddings.Embedder;
import com.jobmatch.ai.embeddings.EmbeddingService;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Texts per second through the service's batch path (hash lookup, one batched model call for the misses,
 * pgvector insert) next to the raw model called once per text in a loop, on the same texts in the same run.
 * Every text carries a run nonce so nothing is served from the store. Run with bench/ai-embeddings.sh.
 */
@QuarkusTest
@Tag("bench")
class EmbeddingThroughputBench {

    static final int BATCH = 64;

    @Inject
    EmbeddingService service;

    @Inject
    Embedder embedder;

    @Test
    void batchPathAgainstRawModel() {
        Path conll = SharedData.file("skill-extraction/skillspan/skillspan_tech_dev.conll");
        Assumptions.assumeTrue(Files.exists(conll), "no shared data at " + SharedData.root() + ": skipped");
        List<String> sentences = SharedData.skillSpan(conll).stream().map(SharedData.Sentence::text)
                .filter(text -> text.split(" ").length >= 8).toList();
        List<String> shortTexts = sentences.subList(0, Math.min(512, sentences.size()));
        List<String> longTexts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : sentences) {
            current.append(sentence).append(' ');
            if (current.toString().split(" ").length >= 220) {
                longTexts.add(current.toString().strip());
                current.setLength(0);
                if (longTexts.size() == 96) {
                    break;
                }
            }
        }
        EmbeddingModel raw = embedder.rawModel();
        warmUp(raw, shortTexts);
        System.out.printf("%n%-22s %8s %14s %14s %7s%n", "texts", "count", "raw texts/s", "service texts/s", "ratio");
        report("short (~20 words)", shortTexts, raw);
        report("long (~300 tokens)", longTexts, raw);
    }

    private void warmUp(EmbeddingModel raw, List<String> texts) {
        String nonce = " " + UUID.randomUUID();
        texts.subList(0, 16).forEach(text -> raw.embed(text + nonce));
        service.embed(texts.subList(16, 32).stream().map(text -> text + nonce).toList(), "BENCH", null);
    }

    private void report(String label, List<String> texts, EmbeddingModel raw) {
        String rawNonce = " " + UUID.randomUUID();
        long started = System.nanoTime();
        for (String text : texts) {
            raw.embed(text + rawNonce);
        }
        double rawRate = texts.size() / ((System.nanoTime() - started) / 1e9);

        String serviceNonce = " " + UUID.randomUUID();
        List<String> fresh = texts.stream().map(text -> text + serviceNonce).toList();
        started = System.nanoTime();
        for (int from = 0; from < fresh.size(); from += BATCH) {
            service.embed(fresh.subList(from, Math.min(fresh.size(), from + BATCH)), "BENCH", null);
        }
        double serviceRate = texts.size() / ((System.nanoTime() - started) / 1e9);
        System.out.printf("%-22s %8d %14.1f %14.1f %7.2f%n", label, texts.size(), rawRate, serviceRate, serviceRate / rawRate);
    }
}
