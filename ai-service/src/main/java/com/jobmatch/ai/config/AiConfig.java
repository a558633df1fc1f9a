package com.jobmatch.ai.config;

import com.jobmatch.ai.skills.SkillExtractor;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "jobmatch.ai")
public interface AiConfig {

    Embedding embedding();

    Extraction extraction();

    Llm llm();

    Taxonomy taxonomy();

    interface Taxonomy {
        /** How often the taxonomy is re-read from matching-service (a Quarkus scheduler interval, or "off"). */
        @WithDefault("10m")
        String refreshEvery();

        /**
         * Skill names embedded per step of building the semantic index. The first batch is embedded while the
         * taxonomy loads; the rest in the background, one batch per step, so extraction by dictionary is never
         * held up by the ~12k names of the real taxonomy (minutes of CPU on a small machine).
         */
        @WithDefault("256")
        int labelBatchSize();

        /**
         * Whether the synonyms are embedded as labels too, not only the names. Linking then compares a phrase with
         * every wording of a skill; the price is about seven times the background CPU of the first load (~80k
         * synonyms for ~12k names), paid once per taxonomy version since label vectors are kept in pgvector. Off
         * until measured: bench/skill-extraction.sh with EVAL_SYNONYMS=true.
         */
        @WithDefault("false")
        boolean embedSynonyms();
    }

    interface Embedding {
        /** Name of the in-process model; see EmbeddingModels for the names it knows. */
        @WithDefault("all-minilm-l6-v2-q")
        String model();

        /**
         * Words per chunk. 256 English words are about 330 word pieces, inside the 510-piece window the ONNX
         * encoder takes in one pass, so a typical resume section is one model call and a long resume a few.
         * Smaller chunks stay nearer all-MiniLM-L6-v2's 256-piece training length at the cost of more calls
         * (180 words halved the service's throughput on ~300-token texts in bench/ai-embeddings.sh).
         */
        @WithDefault("256")
        int chunkWords();

        /** Most texts one embedding batch may hold; a longer batch is a 400 naming texts, before any model work. */
        @WithDefault("256")
        int maxBatchSize();
    }

    interface Extraction {
        /** Cosine similarity a phrase needs to a taxonomy label to count as that skill when no dictionary entry matched. */
        @WithDefault("0.80")
        double semanticThreshold();

        /** Longest phrase (in words) tried against the taxonomy by embedding similarity. */
        @WithDefault("4")
        int semanticMaxWords();

        /** Whether phrases the dictionary misses are tried by embedding similarity at all. */
        @WithDefault("true")
        boolean semanticEnabled();

        /**
         * Where the phrases tried by embedding similarity come from: TAGGER (the SkillSpan-trained tagger's spans,
         * then clause fragments in what is left) or FRAGMENTS (clause fragments only). FRAGMENTS by default: with the
         * tagger threshold at 0.70 the tagger path's links are as precise as the fragments' (bench/skill-extraction.sh),
         * but few tagged spans clear it, and a two-page resume still takes several seconds on a busy 2-core machine
         * (about 3 s of CPU on first read; it took ~18 s through the running suite before phrases were batched and
         * the label search packed). TAGGER is measured and tested; through the API on the fit pairs (bench README,
         * session 18 run T) it ranks as FRAGMENTS does (AUC 0.777 against 0.776) and cites a fifth more evidence, less
         * of it true (bench/evidence-audit-session18t.jsonl: EXACT 0.940, SIMILAR 0.867, against 0.957 and 0.915 for
         * FRAGMENTS in -session17r), so FRAGMENTS stays the default.
         */
        @WithDefault("FRAGMENTS")
        SkillExtractor.Phrases phrases();

        /**
         * Cosine similarity a tagged span needs to its nearest taxonomy label to be kept. Lower than the fragments'
         * threshold because the tagger has already judged the span to be a skill; the link only has to name it, and a
         * span no label comes near is dropped (every extracted skill carries a taxonomy id). 0.70 is the lowest
         * threshold at which held-out ESCO alternative labels link to their own skill at least 85 % of the time
         * (SkillExtractionEvaluation#linkingThresholds: 0.60 gave 0.80, 0.70 0.86, 0.80 0.91; SkillSpan dev and the
         * ESCO-linked sets were not used to choose it).
         */
        @WithDefault("0.70")
        double taggerThreshold();

        /** Phrase vectors kept in memory between extractions (~1.6 kB each). */
        @WithDefault("20000")
        int phraseCacheSize();
    }

    interface Llm {
        /** The chat model to ask; the LLM narrative and suggestions are off while this is empty. */
        Optional<String> model();

        Optional<String> apiKey();

        @WithDefault("0")
        double costPerThousandInputTokens();

        @WithDefault("0")
        double costPerThousandOutputTokens();
    }
}
