package com.jobmatch.common.web;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response of every service, errors and edge rejections included: no content sniffing,
 * never framed, no referrer leaving the site, and API answers (personal data) never stored by a cache unless the
 * endpoint chose its own Cache-Control (the JWKS does).
 */
@ApplicationScoped
public class SecurityHeadersRoutes {

    void install(@Observes Router router) {
        // Before every other edge handler, so their early answers (413, 414, 400) carry the headers too.
        router.route().order(Integer.MIN_VALUE + 5).handler(this::addHeaders);
    }

    /** Health, metrics, OpenAPI and Swagger UI on the management port get them too. */
    void installOnManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE + 5).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        response.putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Content-Security-Policy", "frame-ancestors 'none'")
                .putHeader("Referrer-Policy", "no-referrer");
        if (carriesPersonalData(ctx.request().path())) {
            // The routing context's hook, not the response's: the response keeps only one headers-end handler.
            ctx.addHeadersEndHandler(ignored -> {
                if (!response.headers().contains("Cache-Control")) {
                    response.putHeader("Cache-Control", "no-store");
                }
            });
        }
        ctx.next();
    }

    private static boolean carriesPersonalData(String path) {
        return path != null && (path.startsWith("/api/") || path.startsWith("/internal/"));
    }
}
