package com.jobmatch.e2e.support;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/** resume-service's public API, as the web client uses it. */
public final class Resumes {

    public static final Path DEMO_PDF = Repository.root().resolve("scripts/sample-data/demo-resume.pdf");
    private static final Duration PARSING = Duration.ofSeconds(120);

    private final ServiceProcesses services;

    public Resumes(ServiceProcesses services) {
        this.services = services;
    }

    public Response upload(Accounts.SignedIn owner, Path file, String mimeType, String title) {
        return given().header("Authorization", owner.bearer())
                .multiPart("file", file.toFile(), mimeType)
                .multiPart("title", title)
                .post(services.url("resume") + "/api/resumes");
    }

    public UUID uploadDemoPdf(Accounts.SignedIn owner) {
        Response response = upload(owner, DEMO_PDF, "application/pdf", "Demo resume");
        response.then().statusCode(201);
        return UUID.fromString(response.path("id"));
    }

    public Response get(Accounts.SignedIn caller, UUID resumeId) {
        return given().header("Authorization", caller.bearer()).get(services.url("resume") + "/api/resumes/" + resumeId);
    }

    /** Waits until the resume's background parsing has finished, and returns the resume. */
    public JsonPath awaitParsed(Accounts.SignedIn owner, UUID resumeId) {
        return awaitState(owner, resumeId, "parsed", PARSING, resume -> "parsed".equals(resume.getString("status")));
    }

    private JsonPath awaitState(Accounts.SignedIn owner, UUID resumeId, String state, Duration timeout, Predicate<JsonPath> reached) {
        AtomicReference<String> last = new AtomicReference<>("nothing");
        return Eventually.await("resume " + resumeId + " to be " + state, timeout, () -> {
            Response response = get(owner, resumeId);
            last.set(response.statusCode() + " " + response.asString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonPath resume = response.jsonPath();
            if ("failed".equals(resume.getString("status"))) {
                throw new AssertionError("resume processing failed: " + resume.getString("errorMessage"));
            }
            return reached.test(resume) ? Optional.of(resume) : Optional.empty();
        }, last::get);
    }
}
