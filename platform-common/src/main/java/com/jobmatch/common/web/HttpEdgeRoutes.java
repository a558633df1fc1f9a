package com.jobmatch.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.BodyConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.UUID;

/**
 * Work done at the HTTP edge, before any resource runs: the correlation id (accepted from the caller or
 * made here, echoed on the response) and the body size limit of the route, answered as problem+json rather than
 * the server's bare 413. A body that announces its length is refused before it is read; a chunked one (no
 * Content-Length) is read here by a Vert.x {@link BodyHandler} bounded by the route's limit, which fails the route
 * with 413 at the first byte over it (answered as problem+json by {@link InputHygieneRoutes}). The REST layer then
 * takes the body that was read instead of reading the request again.
 */
@ApplicationScoped
public class HttpEdgeRoutes {

    /** Routing-context key: the body limit of this request's route, named in the 413 of a chunked body. */
    static final String BODY_LIMIT = "jobmatch.body-limit";

    private final HttpEdgeConfig config;
    private final ObjectMapper mapper;
    private final BodyHandler chunkedBodies;
    private final BodyHandler chunkedUploads;

    public HttpEdgeRoutes(HttpEdgeConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        BodyConfig body = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(VertxHttpConfig.class).body();
        this.chunkedBodies = bodyReader(body, config.maxBodyBytes());
        this.chunkedUploads = bodyReader(body, config.maxUploadBytes());
    }

    /** Reads a body as Quarkus's own body handler does (uploads, form attributes), up to {@code limit} bytes. */
    private static BodyHandler bodyReader(BodyConfig body, long limit) {
        return BodyHandler.create()
                .setBodyLimit(limit)
                .setHandleFileUploads(body.handleFileUploads())
                .setUploadsDirectory(body.uploadsDirectory())
                .setDeleteUploadedFilesOnEnd(body.deleteUploadedFilesOnEnd())
                .setMergeFormAttributes(body.mergeFormAttributes())
                .setPreallocateBodyBuffer(body.preallocateBodyBuffer());
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
        HttpServerRequest request = ctx.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean upload = isUpload(request.path());
        long limit = upload ? config.maxUploadBytes() : config.maxBodyBytes();
        if (length == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null && !request.isEnded()) {
            // Quarkus pauses requests until a reader is ready; the body handler calls next() once the body is in.
            request.resume();
            ctx.put(BODY_LIMIT, limit);
            (upload ? chunkedUploads : chunkedBodies).handle(ctx);
            return;
        }
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
