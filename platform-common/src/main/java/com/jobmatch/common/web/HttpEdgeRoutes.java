package com.jobmatch.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;

/**
 * Work done at the HTTP edge, before any resource runs: the correlation id (accepted from the caller or
 * made here, echoed on the response) and the body size limit, answered as problem+json rather than the
 * server's bare 413.
 */
@ApplicationScoped
public class HttpEdgeRoutes {

    private final HttpEdgeConfig config;
    private final ObjectMapper mapper;

    public HttpEdgeRoutes(HttpEdgeConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::correlate);
        router.route().order(Integer.MIN_VALUE + 11).handler(this::limitBodySize);
    }

    private void correlate(RoutingContext ctx) {
        String id = ctx.request().getHeader(CorrelationId.HEADER);
        if (!CorrelationId.isAcceptable(id)) {
            id = UUID.randomUUID().toString();
            ctx.request().headers().set(CorrelationId.HEADER, id);
        }
        ctx.response().putHeader(CorrelationId.HEADER, id);
        ctx.next();
    }

    private void limitBodySize(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = isUpload(ctx.request().path()) ? config.maxUploadBytes() : config.maxBodyBytes();
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    reject(ctx, 413, "Payload Too Large", "The request body is larger than the limit of " + limit + " bytes");
                    return;
                }
            } catch (NumberFormatException e) {
                reject(ctx, 400, "Bad Request", "The Content-Length header is not a number");
                return;
            }
        }
        ctx.next();
    }

    /**
     * Only the upload routes themselves get the larger limit: an exact match (a trailing slash aside), so JSON
     * endpoints below an upload path (e.g. /api/resumes/{id}/corrections under /api/resumes) keep the small one.
     */
    private boolean isUpload(String path) {
        if (path == null) {
            return false;
        }
        String route = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return config.uploadPaths().contains(route);
    }

    private void reject(RoutingContext ctx, int status, String title, String detail) {
        EdgeProblems.reject(ctx, mapper, status, title, detail, null);
    }
}
