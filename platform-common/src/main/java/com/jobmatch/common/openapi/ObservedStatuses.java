package com.jobmatch.common.openapi;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Writes down, for the contract test, which status each resource method answered: one line per response
 * ({@code resource class, Java method, HTTP method, status}) in the file {@code jobmatch.openapi.observed-statuses}
 * names. Only the test profile sets it (each service's {@code %test} config), so in production this filter
 * does nothing. The contract test (OpenApiContractTestBase, run after the others) checks that every status seen
 * during the module's tests is in the OpenAPI document of that operation. A file rather than memory: the
 * application restarts between test profiles and the lines of every run of the JVM count.
 */
public class ObservedStatuses {

    private static final String RESET_FLAG = "jobmatch.openapi.observed-statuses.reset";

    private final Optional<Path> file = ConfigProvider.getConfig()
            .getOptionalValue("jobmatch.openapi.observed-statuses", String.class).map(Path::of);

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        if (file.isEmpty() || resource == null || resource.getResourceClass() == null) {
            return;
        }
        String line = resource.getResourceClass().getName() + '\t' + resource.getMethodName() + '\t'
                + request.getMethod() + '\t' + response.getStatus() + '\n';
        append(file.get(), line);
    }

    private static synchronized void append(Path file, String line) {
        try {
            // The first response of a test JVM starts the file afresh (a JVM-wide flag: the application restarts).
            boolean fresh = System.getProperty(RESET_FLAG) == null;
            if (fresh) {
                System.setProperty(RESET_FLAG, "done");
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
