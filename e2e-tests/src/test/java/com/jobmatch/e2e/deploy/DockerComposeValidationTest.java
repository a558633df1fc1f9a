package com.jobmatch.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobmatch.e2e.support.Repository;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker-compose.yml and its nginx gateway describe the same topology as deploy/ (checked offline: no Docker here). */
class DockerComposeValidationTest {

    private static final Path ROOT = Repository.root();
    private static final Pattern NGINX_ROUTE = Pattern.compile("location\\s+(/\\S*)\\s*\\{\\s*proxy_pass\\s+http://([a-z-]+):(\\d+);");

    private final JsonNode compose = Kustomize.readDocuments(ROOT.resolve("docker-compose.yml")).getFirst();
    private final JsonNode services = compose.path("services");

    @Test
    void runsPgvectorPostgresTheFourServicesAndAGateway() {
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(List.of("postgres", "user-service", "resume-service", "ai-service", "matching-service", "gateway")), names);
        assertEquals("pgvector/pgvector:pg15", services.path("postgres").path("image").asText());
        String init = services.path("postgres").path("volumes").get(0).asText();
        assertTrue(init.startsWith("./deploy/overlays/dev/postgres/init-databases.sh:/docker-entrypoint-initdb.d/"),
                "postgres is initialised by the same script as the dev cluster: " + init);
    }

    @Test
    void everyContainerHasAHealthcheckAndStartsAfterWhatItNeedsIsHealthy() {
        services.properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode test = entry.getValue().path("healthcheck").path("test");
            assertTrue(test.isArray() && test.size() > 1, name + " needs a healthcheck");
            entry.getValue().path("depends_on").properties().forEach(dependency -> {
                assertTrue(services.has(dependency.getKey()), name + " depends on a missing " + dependency.getKey());
                assertEquals("service_healthy", dependency.getValue().path("condition").asText(),
                        name + " must wait until " + dependency.getKey() + " is healthy");
            });
        });
        for (String service : List.of("resume-service", "ai-service", "matching-service")) {
            assertTrue(services.path(service).path("depends_on").has("user-service"), service + " verifies tokens with user-service's keys");
        }
        for (String service : List.of("user-service", "resume-service", "ai-service", "matching-service")) {
            assertTrue(services.path(service).path("depends_on").has("postgres"));
            assertTrue(services.path("gateway").path("depends_on").has(service), "the gateway waits for " + service);
            String management = services.path(service).path("environment").path("MANAGEMENT_PORT").asText();
            assertFalse(management.isEmpty(), service + " sets MANAGEMENT_PORT");
            assertTrue(services.path(service).path("healthcheck").path("test").toString()
                    .contains("http://localhost:" + management + "/q/health/ready"), service + " checks health on the management port");
            services.path(service).path("ports").forEach(published -> assertTrue(!published.asText().endsWith(":" + management)
                    || published.asText().startsWith("127.0.0.1:"), service + " publishes the management port to this machine only"));
        }
    }

    @Test
    void servicesAreBuiltFromTheirDockerfileAndGetTheEnvironmentTheyRead() {
        for (String service : Repository.SERVICES) {
            JsonNode container = services.path(service + "-service");
            Path context = ROOT.resolve(container.path("build").path("context").asText());
            assertTrue(Files.isRegularFile(context.resolve(container.path("build").path("dockerfile").asText())), service + " Dockerfile");
            Map<String, String> environment = new TreeMap<>();
            container.path("environment").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
            Set<String> required = ServiceEnvironment.required(service);
            assertTrue(environment.keySet().containsAll(required), service + " misses " + ServiceEnvironment.missing(required, environment.keySet()));
            Set<String> understood = ServiceEnvironment.understood(service);
            assertTrue(understood.containsAll(environment.keySet()),
                    service + " gets variables nothing reads: " + ServiceEnvironment.missing(environment.keySet(), understood));

            assertEquals(service + "_service", environment.get("DB_NAME"));
            assertEquals(service + "_svc", environment.get("DB_USER"));
            assertEquals("postgres", environment.get("DB_HOST"));
            String port = environment.get("HTTP_PORT");
            assertTrue(container.path("ports").get(0).asText().endsWith(":" + port), service + " publishes its HTTP_PORT");
            for (String other : Repository.SERVICES) {
                assertEquals("http://" + other + "-service:" + port, environment.get(other.toUpperCase() + "_SERVICE_URL"));
            }
            assertEquals("http://user-service:" + port + "/.well-known/jwks.json", environment.get("JWKS_URL"));
            assertEquals(Boolean.TRUE, container.path("read_only").asBoolean(), service + " runs with a read-only root filesystem");
        }
    }

    @Test
    void uploadedResumesLiveOnANamedVolume() {
        JsonNode resume = services.path("resume-service");
        String directory = resume.path("environment").path("RESUME_STORAGE_DIR").asText();
        String mount = resume.path("volumes").get(0).asText();
        assertEquals(directory, mount.substring(mount.indexOf(':') + 1), "the storage directory is the mounted volume");
        assertTrue(compose.path("volumes").has(mount.substring(0, mount.indexOf(':'))), "a named volume survives the container");
        assertTrue(Repository.read(ROOT.resolve("resume-service/src/main/docker/Dockerfile.jvm")).contains("chown 185:0 " + directory),
                "the image owns the directory so the non-root user can write to the fresh volume");
    }

    @Test
    void userServiceReadsItsKeysFromComposeSecrets() {
        JsonNode user = services.path("user-service");
        for (String variable : List.of("JWT_PRIVATE_KEY_LOCATION", "JWT_PUBLIC_KEY_LOCATION")) {
            Path location = Path.of(user.path("environment").path(variable).asText());
            assertEquals(Path.of("/run/secrets"), location.getParent(), variable);
            String secret = location.getFileName().toString();
            assertTrue(user.path("secrets").toString().contains("\"" + secret + "\""), "user-service mounts " + secret);
            assertTrue(compose.path("secrets").path(secret).path("file").asText().startsWith("./.suite/keys/"),
                    "keys come from the git-ignored .suite/keys, never from the repository");
        }
    }

    @Test
    void theGatewayRoutesTheSamePrefixesAsTheIngressToTheServicesPorts() {
        String mount = services.path("gateway").path("volumes").get(0).asText();
        Path config = ROOT.resolve(mount.substring(0, mount.indexOf(':')));
        Matcher routes = NGINX_ROUTE.matcher(Repository.read(config));
        Map<String, String> routed = new TreeMap<>();
        while (routes.find()) {
            String service = routes.group(2);
            assertEquals(services.path(service).path("environment").path("HTTP_PORT").asText(), routes.group(3),
                    routes.group(1) + " must reach " + service + " on the port it listens on");
            routed.put(routes.group(1), service);
        }
        assertEquals(new TreeMap<>(GatewayRoutes.ROUTES), routed);
        assertFalse(Pattern.compile("location[\\s=^~]+/(internal|q)\\b").matcher(Repository.read(config)).find(),
                "the gateway never routes /internal or /q");
    }
}
