package com.jobmatch.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input campaign every service runs (issue 21): every operation of the service's own OpenAPI document
 * is sent NUL bytes (in path segments, query parameters and every string of a valid JSON body), overflowing
 * numbers, an empty body, JSON {@code null}, deep nesting, a body without Content-Type, broken multipart and an
 * over-long URI. The service must answer none of them with 5xx, and every 4xx must be problem+json.
 * <p>
 * Requests go through {@link HttpClient} rather than RestAssured so nothing is added or "fixed" on the way
 * (RestAssured sets a Content-Type of its own, and re-encodes paths).
 */
public abstract class BadInputCampaign {

    private static final String NUL = "\u0000";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    private final UUID caller = UUID.randomUUID();

    /**
     * The bearer token (without "Bearer ") to send to this operation, or null to send none. By default a
     * service token for {@code /internal} operations and a token with every human role for the rest, so the
     * bad input gets past authorization to the code that reads it.
     */
    protected String tokenFor(String method, String path) {
        return path.startsWith("/internal") ? TestTokens.service("matching-service")
                : TestTokens.user(caller, "candidate", "recruiter", "admin");
    }

    /**
     * A valid JSON body for an operation, when the one made from its schema would not get past validation
     * (so the NUL bytes reach the code that stores them). Null: make one from the schema.
     */
    protected String validBody(String method, String path) {
        return null;
    }

    /** Path parameter values that must point at a real object for the operation to get that far. */
    protected String pathValue(String method, String path, String parameter, JsonNode schema) {
        return java.net.URLEncoder.encode(exampleScalar(schema).asText(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void noBadInputCausesA5xxAndEvery4xxIsProblemJson() throws Exception {
        JsonNode document = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(Management.url("/q/openapi?format=json")))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body());
        JsonNode paths = document.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    attack(document, op.getKey().toUpperCase(), path.getKey(), op.getValue(), path.getValue());
                }
            }
        }
        overLongHeaders();
        assertTrue(sent > 0, "the OpenAPI document lists operations");
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " bad requests were not answered well:\n"
                + String.join("\n", failures));
    }

    private void attack(JsonNode document, String method, String template, JsonNode operation, JsonNode pathItem) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, JsonNode> queryParameters = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            JsonNode schema = resolve(document, parameter.path("schema"));
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> pathValues.put(name, pathValue(method, template, name, schema));
                case "query" -> queryParameters.put(name, schema);
                default -> { }
            }
        }
        String path = fill(template, pathValues);
        String token = tokenFor(method, template);
        JsonNode content = operation.path("requestBody").path("content");
        String validJson = null;
        if (content.has("application/json")) {
            validJson = validBody(method, template);
            if (validJson == null) {
                validJson = example(document, content.path("application/json").path("schema"), 0).toString();
            }
        }
        String op = method + " " + template;

        // NUL in each path segment
        for (String name : pathValues.keySet()) {
            Map<String, String> poisoned = new LinkedHashMap<>(pathValues);
            poisoned.put(name, "a%00b");
            check(op + " NUL in path parameter " + name, method, fill(template, poisoned), token, json(validJson));
        }
        // NUL, overflowing numbers and garbage in each query parameter
        for (Map.Entry<String, JsonNode> query : queryParameters.entrySet()) {
            String name = query.getKey();
            check(op + " NUL in query " + name, method, path + "?" + name + "=a%00b", token, json(validJson));
            for (String number : List.of("2147483647", "-2147483648", "99999999999999999999", "1e400", "NaN")) {
                check(op + " query " + name + "=" + number, method, path + "?" + name + "=" + number, token, json(validJson));
            }
        }
        if (queryParameters.containsKey("page") && queryParameters.containsKey("size")) {
            check(op + " page*size overflow", method, path + "?page=2147483647&size=100", token, json(validJson));
            check(op + " page*size overflow", method, path + "?page=21474837&size=100", token, json(validJson));
        }
        // Bodies
        if (validJson != null) {
            check(op + " empty body", method, path, token, new Body("application/json", ""));
            check(op + " JSON null", method, path, token, new Body("application/json", "null"));
            check(op + " deep array nesting", method, path, token, new Body("application/json", "[".repeat(5000) + "]".repeat(5000)));
            check(op + " deep object nesting", method, path, token,
                    new Body("application/json", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
            check(op + " body without Content-Type", method, path, token, new Body(null, validJson));
            for (Map.Entry<String, String> poisoned : withNulInEachString(validJson).entrySet()) {
                check(op + " NUL in JSON " + poisoned.getKey(), method, path, token, new Body("application/json", poisoned.getValue()));
            }
        }
        if (content.has("multipart/form-data")) {
            check(op + " multipart without boundary", method, path, token, new Body("multipart/form-data", "--x\r\n"));
            check(op + " truncated multipart", method, path, token, new Body("multipart/form-data; boundary=XyZ",
                    "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1."));
            check(op + " multipart with no parts", method, path, token, new Body("multipart/form-data; boundary=XyZ", "--XyZ--\r\n"));
            check(op + " multipart without Content-Type", method, path, token, new Body(null, "--XyZ--\r\n"));
        }
        // An over-long URI
        check(op + " over-long URI", method, path + "?q=" + "a".repeat(20_000), token, json(validJson));
    }

    private void overLongHeaders() {
        Consumer<HttpRequest.Builder> bigHeaders = builder -> {
            for (int i = 0; i < 40; i++) {
                builder.header("X-Padding-" + i, "p".repeat(1000));
            }
        };
        try {
            HttpResponse<String> response = sendRaw("GET", "/api/no-such-route", null, null, bigHeaders);
            record("GET /api/no-such-route with 40 KB of headers", response, true);
        } catch (Exception e) {
            failures.add("GET with 40 KB of headers: " + e);
        }
    }

    private record Body(String contentType, String text) {
    }

    private static Body json(String validJson) {
        return validJson == null ? null : new Body("application/json", validJson);
    }

    private void check(String description, String method, String path, String token, Body body) {
        try {
            HttpResponse<String> response = send(method, path, token, body == null ? null : body.contentType(),
                    body == null ? null : body.text());
            record(description, response, false);
        } catch (IOException | InterruptedException | RuntimeException e) {
            failures.add(description + ": " + abbreviate(e.toString()));
        }
    }

    private void record(String description, HttpResponse<String> response, boolean mustBeAnError) {
        sent++;
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(description + ": " + status + " " + abbreviate(response.body()));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(description + ": " + status + " with Content-Type '" + type + "' " + abbreviate(response.body()));
        } else if (mustBeAnError && status < 400) {
            failures.add(description + ": accepted with " + status);
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws IOException, InterruptedException {
        return sendRaw(method, path, token == null ? null : "Bearer " + token, contentType == null && body == null ? null
                : new Body(contentType, body), null);
    }

    private HttpResponse<String> sendRaw(String method, String path, String authorization, Body body,
                                         Consumer<HttpRequest.Builder> extra) throws IOException, InterruptedException {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        HttpRequest.BodyPublisher publisher = body == null || body.text() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.text(), StandardCharsets.UTF_8);
        builder.method(method, publisher);
        if (body != null && body.contentType() != null) {
            builder.header("Content-Type", body.contentType());
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (extra != null) {
            extra.accept(builder);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.replace('\n', ' ');
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}]+}", "x");
    }

    /** One variant of the body per string leaf, that leaf carrying a NUL byte; keyed by the leaf's JSON path. */
    static Map<String, String> withNulInEachString(String validJson) {
        Map<String, String> variants = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(validJson);
            List<String> leaves = new ArrayList<>();
            collectStringLeaves(root, "", leaves);
            for (String leaf : leaves) {
                if (leaf.isEmpty()) {
                    variants.put("body", new TextNode(root.asText() + NUL + "x").toString());
                    continue;
                }
                JsonNode copy = root.deepCopy();
                poison(copy, leaf);
                variants.put(leaf.isEmpty() ? "body" : leaf, copy.toString());
            }
            // A NUL in a field name, too: it is stored in JSON columns as-is.
            if (root.isObject()) {
                ObjectNode copy = root.deepCopy();
                copy.put("bad" + NUL + "name", "x");
                variants.put("field name", copy.toString());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + validJson, e);
        }
        return variants;
    }

    private static void collectStringLeaves(JsonNode node, String at, List<String> leaves) {
        if (node.isTextual()) {
            leaves.add(at);
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collectStringLeaves(node.get(name), at + "/" + name, leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectStringLeaves(node.get(i), at + "/" + i, leaves);
            }
        }
    }

    private static void poison(JsonNode root, String pointer) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, new TextNode(object.get(last).asText() + NUL + "x"));
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            array.set(index, new TextNode(array.get(index).asText() + NUL + "x"));
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(document, current.get("allOf").get(0));
        }
        return current;
    }

    /** A value the schema accepts, as far as its declared types, formats, enums and bounds tell. */
    static JsonNode example(JsonNode document, JsonNode rawSchema, int depth) {
        JsonNode schema = resolve(document, rawSchema);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (depth > 6) {
            return nodes.nullNode();
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return example(document, schema.has("oneOf") ? schema.get("oneOf").get(0) : schema.get("anyOf").get(0), depth + 1);
        }
        String type = typeOf(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (!property.getValue().path("readOnly").asBoolean(false)) {
                        object.set(property.getKey(), example(document, property.getValue(), depth + 1));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                array.add(example(document, schema.path("items"), depth + 1));
                return array;
            }
            default -> {
                return exampleScalar(schema);
            }
        }
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    static JsonNode exampleScalar(JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        switch (typeOf(schema)) {
            case "integer" -> {
                return nodes.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1);
            }
            case "number" -> {
                return nodes.numberNode(schema.has("minimum") ? Math.max(1.0, schema.get("minimum").asDouble()) : 1.0);
            }
            case "boolean" -> {
                return nodes.booleanNode(true);
            }
            default -> {
                String format = schema.path("format").asText("");
                String value = switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "email" -> "someone@example.test";
                    case "date" -> "2024-01-15";
                    case "date-time" -> "2024-01-15T10:00:00Z";
                    case "uri", "url" -> "https://example.test/x";
                    case "duration" -> "PT1H";
                    default -> "Example text";
                };
                int min = schema.path("minLength").asInt(0);
                if (value.length() < min) {
                    value = value + "x".repeat(min - value.length());
                }
                return nodes.textNode(value);
            }
        }
    }
}
