package com.jobmatch.ai.config;

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
    }

    interface Embedding {
        /** Name of the in-process model; see EmbeddingModels for the names it knows. */
        @WithDefault("all-minilm-l6-v2-q")
        String model();

        /**
         * Words per chunk. all-MiniLM-L6-v2 was trained on sequences of up to 256 word pieces; about 180 English
         * words stay under that, so nothing is silently truncated.
         */
        @WithDefault("180")
        int chunkWords();
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
