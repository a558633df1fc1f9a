package com.jobmatch.ai.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.ai.analysis.JobMatchAnalyzer.Facts;
import com.jobmatch.ai.client.LlmClient;
import com.jobmatch.ai.config.AiConfig;
import com.jobmatch.ai.usage.ModelRegistry.ModelSpec;
import com.jobmatch.ai.usage.UsageRecorder;
import com.jobmatch.ai.usage.UsageRecorder.Status;
import com.jobmatch.ai.usage.UsageRecorder.Usage;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The narrative of a job-match analysis. The deterministic one always exists; with a chat model configured the
 * model is shown only the structured facts (personal data masked) and its answer is kept only if every skill,
 * name and number it cites is in those facts.
 */
@ApplicationScoped
public class JobMatchNarrator {

    public static final String DETERMINISTIC = "DETERMINISTIC";
    public static final String LLM = "LLM";

    public record Narrative(String text, String source, Double llmScore) {
    }

    private static final String SYSTEM_PROMPT = """
            You explain to a job seeker how well they fit a job. Use ONLY the facts given: do not mention any skill,
            employer, title, date or number that is not in them. Answer with JSON only:
            {"narrative": "<2-4 sentences addressed to [NAME_1] or 'you'>", "score": <0-100>}.
            Score guide: skill match >= 80% start at 85-90; 60-79% at 75-84; 40-59% at 60-74; lower below 60;
            then adjust for experience and industry.""";

    private final JobMatchAnalyzer analyzer;
    private final LlmClient llm;
    private final UsageRecorder usage;
    private final AiConfig.Llm llmConfig;
    private final ObjectMapper json;

    public JobMatchNarrator(JobMatchAnalyzer analyzer, LlmClient llm, UsageRecorder usage, AiConfig config,
                            ObjectMapper json) {
        this.analyzer = analyzer;
        this.llm = llm;
        this.usage = usage;
        this.llmConfig = config.llm();
        this.json = json;
    }

    /** {@code knownSkills}: every skill name the service knows, so a skill the facts do not mention is caught. */
    public Narrative narrate(UUID userId, String candidateName, String jobTitle, Facts facts, boolean llmAllowed,
                             Collection<String> knownSkills) {
        Narrative deterministic = new Narrative(analyzer.narrative(facts), DETERMINISTIC, null);
        if (!llm.configured() || !llmAllowed) {
            return deterministic;
        }
        String factsText = facts.asText(jobTitle);
        PiiMasker masker = new PiiMasker(candidateName == null ? List.of() : List.of(candidateName));
        String prompt = "Candidate: " + masker.mask(candidateName == null ? "the candidate" : candidateName) + "\n"
                + masker.mask(factsText);
        long started = System.nanoTime();
        Optional<LlmClient.Answer> answer = llm.complete(SYSTEM_PROMPT, prompt);
        long latency = (System.nanoTime() - started) / 1_000_000;
        if (answer.isEmpty()) {
            record(userId, Status.FALLBACK, 0, 0, latency, "chat model unavailable");
            return deterministic;
        }
        Optional<Narrative> accepted = parse(answer.get().content(), masker, factsText + "\n" + candidateName, knownSkills);
        record(userId, accepted.isPresent() ? Status.SUCCEEDED : Status.FALLBACK, answer.get().promptTokens(),
                answer.get().completionTokens(), latency, accepted.isPresent() ? null : "answer rejected");
        return accepted.orElse(deterministic);
    }

    private Optional<Narrative> parse(String content, PiiMasker masker, String source, Collection<String> knownSkills) {
        JsonNode node;
        try {
            node = json.readTree(stripFence(content));
        } catch (Exception e) {
            Log.warnf("Chat model answer is not JSON; using the deterministic narrative");
            return Optional.empty();
        }
        if (node == null || !node.path("narrative").isTextual() || !node.path("score").isNumber()) {
            return Optional.empty();
        }
        double score = node.path("score").asDouble();
        String narrative = masker.restore(node.path("narrative").asText()).strip();
        if (narrative.isEmpty() || score < 0 || score > 100) {
            return Optional.empty();
        }
        List<String> invented = GroundingCheck.unsupported(narrative, source, knownSkills);
        if (!invented.isEmpty()) {
            // The count only: the terms are taken from a person's resume and a posting, which logs never carry.
            Log.warnf("Chat model narrative rejected, it cites %d facts not in the analysis", invented.size());
            return Optional.empty();
        }
        return Optional.of(new Narrative(narrative, LLM, score));
    }

    private static String stripFence(String content) {
        String text = content.strip();
        if (text.startsWith("```")) {
            text = text.replaceFirst("^```(?:json)?", "").replaceFirst("```$", "").strip();
        }
        return text;
    }

    private void record(UUID userId, Status status, int in, int out, long latency, String error) {
        usage.record(new Usage(userId, "JOB_MATCH_NARRATIVE", new ModelSpec(llm.modelName(), "openai-compatible",
                "CHAT", null, llmConfig.costPerThousandInputTokens(), llmConfig.costPerThousandOutputTokens()),
                status, in, out, latency, error));
    }
}
