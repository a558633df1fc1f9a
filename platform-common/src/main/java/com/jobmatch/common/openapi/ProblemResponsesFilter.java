package com.jobmatch.common.openapi;

import com.jobmatch.common.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Completes every service's OpenAPI document with the errors the platform really answers, so a client generated
 * from it knows them: the shared {@code Problem} schema (RFC 9457, {@link Problem}), problem+json content on every
 * 4xx/5xx response, and the responses every operation can give whatever its code says: 400 when it takes input
 * (validation, malformed JSON), 413/415 when it takes a body (the body limits and media type checks of
 * platform-common), 404 when its path names a resource, 401/403 when it is secured. Status codes an operation
 * answers for its own reasons (201, 202, 204, 409, 429, ...) are declared on the resource method with
 * {@code @APIResponse}; this filter only adds what is common. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid input: the problem's errors name each offending field",
            "401", "Not authenticated: no bearer token, or an expired or revoked one",
            "403", "Authenticated, but the caller's role does not allow this",
            "404", "Not found, or not the caller's",
            "413", "The request body is larger than the limit",
            "415", "The request body's media type is not one this operation takes");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.values().forEach(operation -> complete(path, item, operation));
            }
        });
    }

    private static void complete(String path, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || notEmpty(operation.getParameters()) || notEmpty(item.getParameters());
        if (hasInput) {
            add(responses, "400");
        }
        if (hasBody) {
            add(responses, "413");
            add(responses, "415");
        }
        if (path.contains("{")) {
            add(responses, "404");
        }
        if (notEmpty(operation.getSecurity())) {
            add(responses, "401");
            add(responses, "403");
        }
        // Declared on the method (or added above) without content: an error always comes as problem+json.
        Map<String, APIResponse> byCode = responses.getAPIResponses();
        if (byCode != null) {
            byCode.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    asProblem(response);
                }
            });
            // Sorted by code, so the document (and clients generated from it) stay stable from build to build.
            Map<String, APIResponse> sorted = new TreeMap<>(byCode);
            responses.setAPIResponses(sorted);
        }
    }

    private static void add(APIResponses responses, String code) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(COMMON.get(code)));
        }
    }

    private static void asProblem(APIResponse response) {
        Content content = response.getContent();
        boolean hasProblem = content != null && content.getMediaTypes() != null
                && content.getMediaTypes().containsKey(Problem.MEDIA_TYPE);
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            content = OASFactory.createContent();
        } else if (!hasProblem) {
            // A method declared the error with the JSON media type of its class: errors are problem+json only.
            content = OASFactory.createContent();
        }
        if (!hasProblem) {
            content.addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
            response.setContent(content);
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Problem");
        }
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid input: a JSON path, a query parameter or a form part, and why")
                .addProperty("field", string("the offending field, e.g. email or items[2].title"))
                .addProperty("message", string("why it is invalid"))
                .required(List.of("field", "message"));
    }

    private static Schema problemSchema() {
        Schema schema = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail, sent as application/problem+json for every error")
                .addProperty("type", string("a URI naming the kind of problem, e.g. https://jobmatch.dev/problems/not-found"))
                .addProperty("title", string("a short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").description("the HTTP status code"))
                .addProperty("detail", string("what went wrong in this case, meant for the user"))
                .addProperty("instance", string("the request path the problem is about"))
                .addProperty("referenceId", string("for a 500: the id of the log line to report"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))
                        .description("for a 400: each offending field"))
                .required(List.of("type", "title", "status"));
        schema.setExamples(List.of(Map.of(
                "type", "https://jobmatch.dev/problems/invalid-request",
                "title", "Bad Request",
                "status", 400,
                "detail", "The request has invalid fields",
                "errors", List.of(Map.of("field", "email", "message", "must be a well-formed email address")))));
        return schema;
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
