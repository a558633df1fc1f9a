package com.jobmatch.ai.client;

import com.jobmatch.ai.client.ChatCompletionsRestClient.Completion;
import com.jobmatch.ai.client.ChatCompletionsRestClient.CompletionRequest;
import com.jobmatch.ai.client.ChatCompletionsRestClient.Message;
import com.jobmatch.ai.config.AiConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.Optional;

/**
 * The optional chat model. Empty when none is configured or when it fails (timeout, 5xx, unreadable answer),
 * so callers fall back to their deterministic text.
 */
@ApplicationScoped
public class LlmClient {

    /** The model's text and the tokens it counted. */
    public record Answer(String content, int promptTokens, int completionTokens) {
    }

    private final ChatCompletionsRestClient restClient;
    private final AiConfig.Llm config;

    public LlmClient(@RestClient ChatCompletionsRestClient restClient, AiConfig config) {
        this.restClient = restClient;
        this.config = config.llm();
    }

    public boolean configured() {
        return config.model().isPresent();
    }

    public String modelName() {
        return config.model().orElse("none");
    }

    @Timeout(20_000)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30_000)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<Answer> complete(String system, String user) {
        Completion completion = restClient.complete(config.apiKey().map(key -> "Bearer " + key).orElse(null),
                new CompletionRequest(config.model().orElseThrow(),
                        List.of(new Message("system", system), new Message("user", user)), 0.2));
        if (completion == null || completion.choices() == null || completion.choices().isEmpty()
                || completion.choices().getFirst().message() == null
                || completion.choices().getFirst().message().content() == null) {
            throw new IllegalStateException("The chat model answered without a message");
        }
        int prompt = completion.usage() == null ? 0 : completion.usage().promptTokens();
        int output = completion.usage() == null ? 0 : completion.usage().completionTokens();
        return Optional.of(new Answer(completion.choices().getFirst().message().content(), prompt, output));
    }

    Optional<Answer> unavailable(String system, String user, Throwable cause) {
        Log.warnf("Chat model unavailable, using the deterministic text: %s", cause.toString());
        return Optional.empty();
    }
}
