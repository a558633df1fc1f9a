package com.jobmatch.common.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets (Bucket4j, in memory, per instance) per limit name and caller, and per limit name and client
 * address. The address is the one Quarkus resolved, so X-Forwarded-For counts only from configured gateways.
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitConfig config;
    private final JsonWebToken jwt;
    private final CurrentVertxRequest request;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitConfig config, JsonWebToken jwt, CurrentVertxRequest request) {
        this.config = config;
        this.jwt = jwt;
        this.request = request;
    }

    /** Takes one call from the current caller's and address's budgets of {@code limitName}, or throws 429. */
    public void check(String limitName) {
        RateLimitConfig.Limit limit = config.limits().get(limitName);
        if (limit == null) {
            throw new IllegalStateException("No rate limit configured under jobmatch.rate-limits." + limitName);
        }
        String subject = jwt == null ? null : jwt.getSubject();
        if (subject != null) {
            take(limitName, "user:" + subject, limit.perUser(), limit);
        }
        String address = clientAddress();
        if (address != null) {
            take(limitName, "address:" + address, limit.perAddress(), limit);
        }
    }

    private void take(String limitName, String key, long capacity, RateLimitConfig.Limit limit) {
        if (buckets.size() >= config.maxTrackedKeys()) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(limitName + "|" + key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            throw new RateLimitExceeded(limitName, seconds);
        }
    }

    private String clientAddress() {
        RoutingContext ctx = request.getCurrent();
        if (ctx == null || ctx.request().remoteAddress() == null) {
            return null;
        }
        String host = ctx.request().remoteAddress().hostAddress();
        return host != null ? host : ctx.request().remoteAddress().host();
    }
}
