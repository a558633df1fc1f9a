package com.jobmatch.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobmatch.common.input.TextRules;
import com.jobmatch.common.problem.Problems;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Input refused at the edge, once for every service, before any resource or database sees it: over-long
 * URIs (414) and header blocks (431), NUL bytes and control characters in path segments and query
 * parameters (400 naming the parameter), paging parameters that could overflow {@code page * size}, and a
 * body without a Content-Type (415).
 * Statuses the HTTP layer itself fails a route with (e.g. 413 for a chunked body over the limit) are answered
 * as problem+json here too.
 */
@ApplicationScoped
public class InputHygieneRoutes {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final HttpEdgeConfig config;
    private final ObjectMapper mapper;

    public InputHygieneRoutes(HttpEdgeConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 12).handler(this::limitRequestHead);
        router.route().order(Integer.MIN_VALUE + 13).handler(this::refuseInvalidCharactersAndPaging);
        router.route().order(Integer.MIN_VALUE + 14).handler(this::requireContentTypeWithBody);
        router.route().order(Integer.MIN_VALUE + 15).failureHandler(this::answerHttpLayerFailures);
    }

    private void limitRequestHead(RoutingContext ctx) {
        if (ctx.request().uri().length() > config.maxUriLength()) {
            EdgeProblems.reject(ctx, mapper, 414, "URI Too Long",
                    "The request URI is longer than the limit of " + config.maxUriLength() + " characters", null);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > config.maxHeaderBytes()) {
            EdgeProblems.reject(ctx, mapper, 431, "Request Header Fields Too Large",
                    "The request headers are larger than the limit of " + config.maxHeaderBytes() + " bytes", null);
            return;
        }
        ctx.next();
    }

    private void refuseInvalidCharactersAndPaging(RoutingContext ctx) {
        String path = decodePath(ctx.request().path());
        if (path == null) {
            EdgeProblems.rejectField(ctx, mapper, "path", "is not properly percent-encoded");
            return;
        }
        if (TextRules.hasInvalidCharacter(path)) {
            EdgeProblems.rejectField(ctx, mapper, "path", TextRules.INVALID_CHARACTER_MESSAGE);
            return;
        }
        MultiMap query;
        try {
            query = ctx.queryParams();
        } catch (RuntimeException e) {
            EdgeProblems.rejectField(ctx, mapper, "query", "is not properly percent-encoded");
            return;
        }
        for (Map.Entry<String, String> parameter : query) {
            String name = parameter.getKey();
            if (TextRules.hasInvalidCharacter(name) || TextRules.hasInvalidCharacter(parameter.getValue())) {
                EdgeProblems.rejectField(ctx, mapper, printable(name), TextRules.INVALID_CHARACTER_MESSAGE);
                return;
            }
            if (config.pagingParameters().contains(name) && !isPagingValue(parameter.getValue().trim())) {
                EdgeProblems.rejectField(ctx, mapper, name, "must be a whole number from 0 to " + config.maxPagingValue());
                return;
            }
        }
        ctx.next();
    }

    /**
     * A body must say what it is: without a Content-Type, the REST layer matches any {@code @Consumes} and hands
     * resources a null media type.
     */
    private void requireContentTypeWithBody(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (hasBody && (type == null || type.isBlank())) {
            EdgeProblems.reject(ctx, mapper, 415, "Unsupported Media Type",
                    "The request has a body but no Content-Type; send application/json unless the endpoint says otherwise", null);
            return;
        }
        ctx.next();
    }

    private boolean isPagingValue(String value) {
        return WHOLE_NUMBER.matcher(value).matches() && Integer.parseInt(value) <= config.maxPagingValue();
    }

    /**
     * A failure the HTTP layer set on the route (no exception of ours, or a Vert.x HttpException) with a client
     * error status. 401 and 403 are left alone: the security layer answers those with its own challenge.
     */
    private void answerHttpLayerFailures(RoutingContext ctx) {
        int status = ctx.statusCode();
        boolean httpLayer = ctx.failure() == null || ctx.failure() instanceof HttpException;
        if (httpLayer && status >= 400 && status < 500 && status != 401 && status != 403 && !ctx.response().headWritten()) {
            EdgeProblems.reject(ctx, mapper, status, Problems.titleFor(status), detailFor(status, ctx.get(HttpEdgeRoutes.BODY_LIMIT)), null);
            return;
        }
        ctx.next();
    }

    private String detailFor(int status, Long bodyLimit) {
        return switch (status) {
            case 413 -> bodyLimit == null ? "The request body is larger than the limit for this endpoint"
                    : "The request body is larger than the limit of " + bodyLimit + " bytes";
            case 414 -> "The request URI is too long";
            case 431 -> "The request headers are too large";
            default -> "The request could not be processed";
        };
    }

    /** The path with its percent escapes decoded as UTF-8, or null when an escape is malformed. */
    static String decodePath(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return raw == null ? "" : raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A parameter name fit to echo back: control characters shown as '?'. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), 100));
        name.codePoints().limit(100).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return out.toString();
    }
}
