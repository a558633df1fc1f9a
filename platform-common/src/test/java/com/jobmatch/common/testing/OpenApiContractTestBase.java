package com.jobmatch.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API contract of a service (issue 18): its OpenAPI document, as the running service serves it on the management
 * interface, against the code. Every JAX-RS endpoint of the service's classes (found by reflection over the @Path
 * resources and the contract interfaces they implement) is documented with its method and a stable, camelCase,
 * unique operationId; every error response is problem+json with the shared Problem schema; every DELETE answers
 * 204; and every status the module's other tests saw an operation answer (written down by platform-common's
 * ObservedStatuses while they ran) is documented for that operation: a POST that creates and answers 201 is
 * documented 201, a 409 or 429 a test provoked is documented. Each service runs it as a @QuarkusTest; it is ordered
 * last (junit-platform.properties orders classes by @Order) so it sees the statuses of every other test class.
 */
@Order(Integer.MAX_VALUE)
public abstract class OpenApiContractTestBase {

    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The service's base package, e.g. {@code com.jobmatch.matching}. */
    protected abstract String basePackage();

    /** One endpoint in the code: its resource class and Java method, and its HTTP method and path as documented. */
    public record Endpoint(Class<?> resource, String javaMethod, String httpMethod, String path) {
        String key() {
            return httpMethod + " " + path;
        }
    }

    @Test
    void everyEndpointInTheCodeIsInTheDocumentWithItsMethod() {
        JsonNode paths = document().path("paths");
        List<String> missing = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (operation(paths, endpoint).isEmpty()) {
                missing.add(endpoint.key() + " (" + endpoint.resource().getSimpleName() + "." + endpoint.javaMethod() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "endpoints missing from the OpenAPI document: " + missing);
        assertFalse(endpoints().isEmpty(), "no endpoint found in " + basePackage());
    }

    @Test
    void everyOperationHasAStableCamelCaseUniqueOperationId() {
        Map<String, String> seen = new HashMap<>();
        forEachOperation(document(), (key, operation) -> {
            String id = operation.path("operationId").asText("");
            assertTrue(OPERATION_ID.matcher(id).matches(), key + " has no camelCase operationId: '" + id + "'");
            String other = seen.put(id, key);
            assertTrue(other == null, "operationId " + id + " is used by " + other + " and " + key);
        });
        // Unique across the four services too: the documents the other modules stored at build time, when present.
        String title = document().path("info").path("title").asText();
        try (Stream<java.nio.file.Path> modules = Files.list(java.nio.file.Path.of("..").toAbsolutePath().normalize())) {
            for (java.nio.file.Path stored : modules.map(m -> m.resolve("target/openapi/openapi.json")).filter(Files::exists).toList()) {
                JsonNode other = JSON.readTree(stored.toFile());
                if (title.equals(other.path("info").path("title").asText())) {
                    continue;
                }
                forEachOperation(other, (key, operation) -> {
                    String id = operation.path("operationId").asText("");
                    assertFalse(seen.containsKey(id), "operationId " + id + " of " + title + " " + seen.get(id)
                            + " is also used by " + other.path("info").path("title").asText() + " " + key);
                });
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyErrorResponseIsAProblem() {
        JsonNode problem = document().path("components").path("schemas").path("Problem");
        assertTrue(problem.path("properties").has("status") && problem.path("properties").has("detail"),
                "the shared Problem schema is in the document");
        forEachOperation(document(), (key, operation) -> operation.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                JsonNode content = r.getValue().path("content");
                assertEquals(List.of("application/problem+json"), fieldNames(content), key + " " + r.getKey() + " media types");
                assertEquals("#/components/schemas/Problem",
                        content.path("application/problem+json").path("schema").path("$ref").asText(), key + " " + r.getKey());
            }
        }));
    }

    @Test
    void everyDeleteAnswers204() {
        forEachOperation(document(), (key, operation) -> {
            if (key.startsWith("DELETE ")) {
                Set<String> codes = new TreeSet<>(fieldNames(operation.path("responses")));
                assertTrue(codes.contains("204") && !codes.contains("200"), key + " documents " + codes);
            }
        });
    }

    @Test
    void everyStatusTheTestsSawIsDocumented() throws IOException {
        Optional<String> file = ConfigProvider.getConfig().getOptionalValue("jobmatch.openapi.observed-statuses", String.class);
        assertTrue(file.isPresent(), "%test sets jobmatch.openapi.observed-statuses");
        java.nio.file.Path observed = java.nio.file.Path.of(file.get());
        // This class's own requests (at least the document) were recorded, so the file exists whatever ran before.
        assertTrue(Files.exists(observed), observed + " was written while the tests ran");
        Map<String, Endpoint> byJavaMethod = new HashMap<>();
        for (Endpoint endpoint : endpoints()) {
            byJavaMethod.put(endpoint.resource().getName() + "\t" + endpoint.javaMethod() + "\t" + endpoint.httpMethod(), endpoint);
        }
        JsonNode paths = document().path("paths");
        Map<String, Set<String>> undocumented = new LinkedHashMap<>();
        int checked = 0;
        for (String line : new TreeSet<>(Files.readAllLines(observed))) {
            String[] f = line.split("\t");
            if (f.length != 4) {
                continue;
            }
            Endpoint endpoint = byJavaMethod.get(f[0] + "\t" + f[1] + "\t" + f[2]);
            // 500 is never an answer an operation gives on purpose (UnexpectedErrorMapper logs it with a reference).
            if (endpoint == null || f[3].equals("500")) {
                continue;
            }
            checked++;
            Optional<JsonNode> operation = operation(paths, endpoint);
            if (operation.isEmpty() || !operation.get().path("responses").has(f[3])) {
                undocumented.computeIfAbsent(endpoint.key(), k -> new TreeSet<>()).add(f[3]);
            }
        }
        assertTrue(undocumented.isEmpty(), "statuses the tests saw that the OpenAPI document does not list: " + undocumented);
        assertTrue(checked > 0, "no status of a documented endpoint was observed");
    }

    /**
     * Every list answers the one paged envelope, and its document says what the items are: a page declared by its raw
     * class (an annotation naming the generic record) gives clients {@code unknown[]}, so they cast.
     */
    @Test
    void everyPagedListTypesItsItems() {
        List<String> untyped = new ArrayList<>();
        document().path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode properties = schema.getValue().path("properties");
            if (properties.has("items") && properties.has("page") && properties.has("size") && properties.has("total")) {
                JsonNode item = properties.path("items").path("items");
                if (!item.has("$ref") && !item.has("type")) {
                    untyped.add(schema.getKey());
                }
            }
        });
        assertTrue(untyped.isEmpty(), "paged lists whose items have no type: " + untyped);
    }

    /**
     * Jackson's trees (JsonNode, ObjectNode) are JSON values, not beans: the document never describes them by their
     * getters (isArray, nodeType, ...), which generated clients would take for the value's shape.
     */
    @Test
    void noJsonValueIsDescribedAsAJacksonBean() {
        JsonNode schemas = document().path("components").path("schemas");
        for (String bean : List.of("JsonNode", "ObjectNode", "ArrayNode", "JsonNodeType")) {
            assertFalse(schemas.has(bean), "the document describes Jackson's " + bean + " as a bean");
        }
        assertFalse(schemas.path("AnyJsonValue").has("type"), "any JSON value has no type: " + schemas.path("AnyJsonValue"));
    }

    /** The operation with this operationId, for a service's own checks of its document. */
    protected JsonNode operationById(String operationId) {
        List<JsonNode> found = new ArrayList<>();
        forEachOperation(document(), (key, operation) -> {
            if (operationId.equals(operation.path("operationId").asText())) {
                found.add(operation);
            }
        });
        assertEquals(1, found.size(), "operations with id " + operationId);
        return found.getFirst();
    }

    /** The schema a {@code $ref} names (or the node itself when it is no reference). */
    protected JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema
                : document().path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    // --- the document ---

    private JsonNode cached;

    protected JsonNode document() {
        if (cached == null) {
            String body = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .extract().asString();
            try {
                cached = JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return cached;
    }

    private static Optional<JsonNode> operation(JsonNode paths, Endpoint endpoint) {
        JsonNode operation = paths.path(endpoint.path()).path(endpoint.httpMethod().toLowerCase(Locale.ROOT));
        return operation.isObject() ? Optional.of(operation) : Optional.empty();
    }

    private interface OperationVisitor {
        void visit(String key, JsonNode operation);
    }

    private static void forEachOperation(JsonNode document, OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (VERBS.contains(op.getKey().toUpperCase(Locale.ROOT))) {
                visitor.visit(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
            }
        }));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    // --- the code ---

    private List<Endpoint> endpoints;

    /** Every JAX-RS endpoint of the service's main classes. */
    protected List<Endpoint> endpoints() {
        if (endpoints == null) {
            endpoints = new ArrayList<>();
            ClassLoader loader = getClass().getClassLoader();
            for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(basePackage())) {
                if (javaClass.isInterface() || javaClass.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                        || javaClass.isNestedClass() && !javaClass.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(javaClass.getName(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Optional<String> base = classPath(type);
                if (base.isEmpty()) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                        continue;
                    }
                    Optional<Method> annotated = jaxRsMethod(type, method);
                    if (annotated.isEmpty()) {
                        continue;
                    }
                    String verb = httpMethod(annotated.get()).orElseThrow();
                    Path sub = annotated.get().getAnnotation(Path.class);
                    endpoints.add(new Endpoint(type, method.getName(), verb, join(base.get(), sub == null ? "" : sub.value())));
                }
            }
        }
        return endpoints;
    }

    /** The class's @Path, or that of the interface it implements (a contract API). */
    private static Optional<String> classPath(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Path.class)) {
                return Optional.of(c.getAnnotation(Path.class).value());
            }
            for (Class<?> api : c.getInterfaces()) {
                if (api.isAnnotationPresent(Path.class)) {
                    return Optional.of(api.getAnnotation(Path.class).value());
                }
            }
        }
        return Optional.empty();
    }

    /** The method carrying the JAX-RS annotations: the resource's own, else the interface method it implements. */
    private static Optional<Method> jaxRsMethod(Class<?> type, Method method) {
        if (httpMethod(method).isPresent()) {
            return Optional.of(method);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<?> api : c.getInterfaces()) {
                try {
                    Method declared = api.getMethod(method.getName(), method.getParameterTypes());
                    if (httpMethod(declared).isPresent()) {
                        return Optional.of(declared);
                    }
                } catch (NoSuchMethodException e) {
                    // not this interface's
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    /** Joins a class and a method path as OpenAPI writes it: one slash between parts, templates without regex. */
    static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
