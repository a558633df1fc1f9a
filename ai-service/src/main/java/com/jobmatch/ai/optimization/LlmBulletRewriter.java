package com.jobmatch.ai.optimization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.ai.analysis.GroundingCheck;
import com.jobmatch.ai.analysis.PiiMasker;
import com.jobmatch.ai.client.LlmClient;
import com.jobmatch.ai.config.AiConfig;
import com.jobmatch.ai.optimization.ResumeOptimizer.Outcome;
import com.jobmatch.ai.usage.ModelRegistry.ModelSpec;
import com.jobmatch.ai.usage.UsageRecorder;
import com.jobmatch.ai.usage.UsageRecorder.Status;
import com.jobmatch.ai.usage.UsageRecorder.Usage;
import com.jobmatch.contract.api.OptimizationSuggestion;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * With a chat model configured, asks it for better wording of the bullets the deterministic optimizer flagged.
 * A rewrite replaces the deterministic one only if the grounding check finds nothing in it that the resume does
 * not state; otherwise it is counted as rejected and the deterministic rewrite stays.
 */
@ApplicationScoped
public class LlmBulletRewriter {

    private static final String SYSTEM_PROMPT = """
            You improve resume bullets. Rewrite each bullet to start with a strong action verb and read clearly.
            Never add a skill, employer, title, date, number or result that the bullet does not already state.
            Answer with JSON only: {"rewrites": [{"id": "<id>", "after": "<rewritten bullet>"}]}.""";

    private final LlmClient llm;
    private final UsageRecorder usage;
    private final AiConfig.Llm config;
    private final ObjectMapper json;

    public LlmBulletRewriter(LlmClient llm, UsageRecorder usage, AiConfig config, ObjectMapper json) {
        this.llm = llm;
        this.usage = usage;
        this.config = config.llm();
        this.json = json;
    }

    public boolean available() {
        return llm.configured();
    }

    /** The outcome with LLM wording where it is grounded; {@code source} is the resume text and profile. */
    public Outcome improve(UUID userId, String candidateName, Outcome deterministic, String source,
                           List<String> skillNames) {
        List<OptimizationSuggestion> bullets = deterministic.suggestions().stream()
                .filter(s -> s.type().equals(ResumeOptimizer.REWRITE_BULLET)).toList();
        if (bullets.isEmpty()) {
            return deterministic;
        }
        PiiMasker masker = new PiiMasker(candidateName == null ? List.of() : List.of(candidateName));
        StringBuilder prompt = new StringBuilder();
        for (OptimizationSuggestion bullet : bullets) {
            prompt.append(bullet.id()).append(": ").append(masker.mask(bullet.before())).append('\n');
        }
        long started = System.nanoTime();
        Optional<LlmClient.Answer> answer = llm.complete(SYSTEM_PROMPT, prompt.toString());
        long latency = (System.nanoTime() - started) / 1_000_000;
        if (answer.isEmpty()) {
            record(userId, Status.FALLBACK, 0, 0, latency, "chat model unavailable");
            return deterministic;
        }
        Map<String, String> rewrites = parse(answer.get().content(), masker);
        List<OptimizationSuggestion> suggestions = new ArrayList<>();
        int rejected = deterministic.rejected();
        int used = 0;
        for (OptimizationSuggestion suggestion : deterministic.suggestions()) {
            String rewrite = rewrites.get(suggestion.id());
            if (rewrite == null || !suggestion.type().equals(ResumeOptimizer.REWRITE_BULLET)) {
                suggestions.add(suggestion);
            } else if (!GroundingCheck.unsupported(rewrite, source, skillNames).isEmpty()) {
                // The count only: the unsupported terms come from the resume's bullets, which logs never carry.
                Log.warnf("LLM rewrite of %s rejected: %d unsupported terms", suggestion.id(),
                        GroundingCheck.unsupported(rewrite, source, skillNames).size());
                rejected++;
                suggestions.add(suggestion);
            } else {
                used++;
                suggestions.add(new OptimizationSuggestion(suggestion.id(), suggestion.type(), suggestion.section(),
                        suggestion.field(), suggestion.before(), rewrite, suggestion.why()));
            }
        }
        record(userId, used > 0 ? Status.SUCCEEDED : Status.FALLBACK, answer.get().promptTokens(),
                answer.get().completionTokens(), latency, used > 0 ? null : "no usable rewrite");
        return new Outcome(suggestions, rejected, used > 0);
    }

    private Map<String, String> parse(String content, PiiMasker masker) {
        Map<String, String> rewrites = new HashMap<>();
        try {
            JsonNode root = json.readTree(content.strip().replaceFirst("^```(?:json)?", "").replaceFirst("```$", ""));
            for (JsonNode rewrite : root.path("rewrites")) {
                if (rewrite.path("id").isTextual() && rewrite.path("after").isTextual()
                        && !rewrite.path("after").asText().isBlank()) {
                    rewrites.put(rewrite.path("id").asText(), masker.restore(rewrite.path("after").asText().strip()));
                }
            }
        } catch (Exception e) {
            Log.warnf("Chat model answer is not the expected JSON; keeping the deterministic rewrites");
        }
        return rewrites;
    }

    private void record(UUID userId, Status status, int in, int out, long latency, String error) {
        usage.record(new Usage(userId, "OPTIMIZATION_REWRITE", new ModelSpec(llm.modelName(), "openai-compatible",
                "CHAT", null, config.costPerThousandInputTokens(), config.costPerThousandOutputTokens()),
                status, in, out, latency, error));
    }
}
