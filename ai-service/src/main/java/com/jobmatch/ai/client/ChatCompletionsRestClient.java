package com.jobmatch.ai.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** An OpenAI-compatible chat completions API (OpenAI, Ollama, llama.cpp server); base URL ends before /chat. */
@RegisterRestClient(configKey = "llm")
@Path("/chat/completions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ChatCompletionsRestClient {

    @POST
    Completion complete(@HeaderParam("Authorization") String authorization, CompletionRequest request);

    record Message(String role, String content) {
    }

    record CompletionRequest(String model, List<Message> messages, double temperature) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Completion(List<Choice> choices, Usage usage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Choice(Message message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Usage(@JsonProperty("prompt_tokens") int promptTokens, @JsonProperty("completion_tokens") int completionTokens) {
    }
}
