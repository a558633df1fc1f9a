package com.jobmatch.matching.sources;

import com.jobmatch.common.logging.FailureText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.matching.fetch.FetchFailed;
import com.jobmatch.matching.fetch.FetchRefused;
import com.jobmatch.matching.fetch.FetchRequest;
import com.jobmatch.matching.fetch.Fetched;
import com.jobmatch.matching.fetch.SafeFetcher;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client of every job source: requests go through {@link SafeFetcher} (address policy, redirects, limits) under a
 * guard of their source's own (timeout, retries with exponential backoff on failures on the way and 5xx, a circuit
 * breaker per source so one dead board does not slow the others, and a fallback that turns "unreachable" into
 * {@link SourceProblem.Unavailable}). Answers are read here into what a run records: a 429 with its Retry-After,
 * refused credentials with the source's own message, a missing board.
 */
@ApplicationScoped
public class SourceHttp {

    private static final Logger LOG = Logger.getLogger(SourceHttp.class);

    /** What one guarded request gave: an answer (any status below 500), or why there was none. */
    sealed interface Outcome permits Answered, NoAnswer {
    }

    record Answered(Fetched fetched) implements Outcome {
    }

    record NoAnswer(String reason) implements Outcome {
    }

    /** A failure worth retrying: the connection broke or the source answered 5xx. */
    static final class Transient extends RuntimeException {
        Transient(String message) {
            super(message);
        }
    }

    private final SafeFetcher fetcher;
    private final SourceRunsConfig.Http config;
    private final ObjectMapper mapper;
    private final Map<String, TypedGuard<Outcome>> guards = new ConcurrentHashMap<>();

    public SourceHttp(SafeFetcher fetcher, SourceRunsConfig config, ObjectMapper mapper) {
        this.fetcher = fetcher;
        this.config = config.http();
        this.mapper = mapper;
    }

    /** The answer to a GET, whatever its status below 500. */
    public Fetched get(String source, FetchRequest request) {
        Outcome outcome;
        try {
            outcome = guard(source).call(() -> attempt(request));
        } catch (FetchRefused e) {
            throw new SourceProblem.Refused("refused to fetch " + request.uri() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceProblem.Unavailable(e.toString());
        }
        return switch (outcome) {
            case Answered a -> a.fetched();
            case NoAnswer n -> throw new SourceProblem.Unavailable(n.reason());
        };
    }

    /** A GET whose answer must be JSON; every non-2xx status becomes the {@link SourceProblem} it stands for. */
    public JsonNode json(String source, FetchRequest request) {
        Fetched answer = get(source, request);
        requireOk(answer, request);
        try {
            return mapper.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new SourceProblem.Malformed("the answer of " + request.uri().getPath() + " is not JSON: "
                    + e.getOriginalMessage());
        }
    }

    /** Raises the problem a non-2xx answer stands for. */
    public static void requireOk(Fetched answer, FetchRequest request) {
        int status = answer.status();
        if (answer.ok()) {
            return;
        }
        String said = message(answer.body());
        if (status == 429) {
            Duration wait = answer.header("retry-after").map(SourceHttp::retryAfter).orElse(null);
            throw new SourceProblem.RateLimited("rate limited by the source (HTTP 429)"
                    + (wait == null ? "" : ", retry after " + wait.toSeconds() + " s") + said, wait);
        }
        if (status == 401 || status == 403) {
            throw new SourceProblem.Refused("the source refused our credentials (HTTP " + status + ")" + said
                    + "; the API key may be missing, expired or not subscribed to this endpoint");
        }
        if (status == 404) {
            throw new SourceProblem.Refused("not found (HTTP 404): " + request.uri().getPath()
                    + " - check the board token or URL" + said);
        }
        throw new SourceProblem.Refused("the source answered HTTP " + status + said);
    }

    private Outcome attempt(FetchRequest request) {
        Fetched answer;
        try {
            answer = fetcher.get(request);
        } catch (FetchFailed e) {
            throw new Transient(e.getMessage());
        }
        if (answer.status() >= 500) {
            throw new Transient("HTTP " + answer.status() + message(answer.body()));
        }
        return new Answered(answer);
    }

    private TypedGuard<Outcome> guard(String source) {
        return guards.computeIfAbsent(source, name -> TypedGuard.create(Outcome.class)
                .withDescription("job source " + name)
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(config.retries())
                    .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .jitter(0, ChronoUnit.MILLIS)
                    .retryOn(Transient.class)
                    .withExponentialBackoff().factor(2).maxDelay(config.maxRetryDelay().toMillis(), ChronoUnit.MILLIS).done()
                    .done()
                .withCircuitBreaker().failOn(Transient.class)
                    .requestVolumeThreshold(config.breakerRequests())
                    .failureRatio(config.breakerFailureRatio())
                    .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS).done()
                .withFallback().applyOn(List.of(Transient.class, CircuitBreakerOpenException.class, TimeoutException.class))
                    .handler(failure -> {
                        LOG.warnf("job source %s unavailable: %s", name, FailureText.of(failure));
                        return new NoAnswer(failure instanceof CircuitBreakerOpenException
                                ? "the source failed repeatedly; not asked again for " + config.breakerDelay().toSeconds() + " s"
                                : failure instanceof TimeoutException ? "no answer within " + config.timeout().toSeconds() + " s"
                                : "unreachable after " + (config.retries() + 1) + " attempts: " + failure.getMessage());
                    }).done()
                .build());
    }

    /** Retry-After is either seconds or an HTTP date. */
    static Duration retryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    /** The source's own words for an error ("message", "error"), briefly, or nothing. */
    private static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        try {
            JsonNode node = new ObjectMapper().readTree(text);
            for (String field : List.of("message", "error", "error_description", "detail", "title")) {
                if (node.path(field).isTextual()) {
                    text = node.path(field).asText();
                    break;
                }
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // not JSON: the text itself
        }
        text = text.replaceAll("\\s+", " ");
        return ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
    }
}
