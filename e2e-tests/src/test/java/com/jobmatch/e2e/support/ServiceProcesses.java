package com.jobmatch.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The four services as separate processes, started from their packaged {@code quarkus-run.jar} on free ports
 * against the dedicated {@code <svc>_service_e2e} databases, with a key pair and service secrets generated for
 * this run. The databases are cleaned on the first start only, so a restart keeps what was stored. user-service
 * sends its mail over SMTP to the run's {@link Mailbox} (GreenMail in this JVM), where the journeys read it.
 */
public final class ServiceProcesses implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final Path root = Repository.root();
    private final Path workDir;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, Process> running = new ConcurrentHashMap<>();
    private final Map<String, Integer> starts = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String adminEmail = "admin@e2e.jobmatch.local";
    private final String adminPassword = "e2e-" + HexFormat.of().formatHex(randomBytes(12));
    private final Mailbox mailbox = new Mailbox();

    public ServiceProcesses() {
        try {
            workDir = Files.createDirectories(root.resolve("e2e-tests/target/e2e"));
            for (String service : Repository.SERVICES) {
                Files.deleteIfExists(log(service));
            }
            writeKeyPair();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String service : Repository.SERVICES) {
            ports.put(service, freePort());
            managementPorts.put(service, freePort());
            if (!service.equals("user")) {
                secrets.put(service, HexFormat.of().formatHex(randomBytes(24)));
            }
        }
    }

    /** Starts every service that is not running and waits until all are ready. */
    public void startAll() {
        Repository.SERVICES.forEach(this::launch);
        Repository.SERVICES.forEach(this::awaitReady);
    }

    public void start(String service) {
        launch(service);
        awaitReady(service);
    }

    /** Stops a service the way an orchestrator does (SIGTERM, then a kill after 30 s). */
    public void stop(String service) {
        Process process = running.remove(service);
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Kills the service the way a crash does (SIGKILL): no shutdown hook runs, work in flight is simply cut off. */
    public void kill(String service) {
        Process process = running.remove(service);
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    /** The service's management interface: health, metrics and OpenAPI, which the public port does not serve. */
    public String managementUrl(String service) {
        return "http://localhost:" + managementPorts.get(service);
    }

    /** Every mail user-service sent during the run. */
    public Mailbox mailbox() {
        return mailbox;
    }

    public String adminEmail() {
        return adminEmail;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** The client secret a service authenticates with at user-service (to obtain service tokens). */
    public String serviceSecret(String service) {
        return secrets.get(service);
    }

    /**
     * The service's e2e database: {@code <svc>_service_e2e}, plus {@code E2E_DB_SUFFIX} when set (so that two people
     * on one PostgreSQL server run the journeys on databases of their own).
     */
    public static String database(String service) {
        return service + "_service_e2e" + System.getenv().getOrDefault("E2E_DB_SUFFIX", "");
    }

    public Path log(String service) {
        return workDir.resolve(service + "-service.log");
    }

    @Override
    public void close() {
        Repository.SERVICES.forEach(this::stop);
        mailbox.close();
    }

    private void launch(String service) {
        if (running.containsKey(service)) {
            return;
        }
        Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./suite build, or ./suite test builds them)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx" + (service.equals("ai") ? "640m" : "384m"),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .directory(root.resolve(service + "-service").toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile()));
        builder.environment().putAll(environment(service, starts.merge(service, 1, Integer::sum) == 1));
        try {
            Process process = builder.start();
            running.put(service, process);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service + "-service", e);
        }
    }

    private Map<String, String> environment(String service, boolean firstStart) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("MANAGEMENT_PORT", String.valueOf(managementPorts.get(service)));
        env.put("DB_HOST", System.getenv().getOrDefault("SUITE_DB_HOST", "127.0.0.1"));
        env.put("DB_PORT", System.getenv().getOrDefault("SUITE_DB_PORT", "5432"));
        env.put("DB_NAME", database(service));
        env.put("DB_USER", service + "_svc");
        env.put("DB_PASSWORD", System.getenv().getOrDefault("SUITE_" + service.toUpperCase() + "_DB_PASSWORD", service + "_svc"));
        for (String other : Repository.SERVICES) {
            env.put(other.toUpperCase() + "_SERVICE_URL", url(other));
        }
        env.put("JWKS_URL", url("user") + "/.well-known/jwks.json");
        env.put("OTEL_SDK_DISABLED", "true");
        // Short retry delays, so the outage journeys see work catch up within the test's patience.
        env.put("RESUME_WORK_BACKOFF", "PT1S");
        env.put("RESUME_WORK_MAX_BACKOFF", "PT5S");
        env.put("JOBMATCH_MATCHING_ENRICHMENT_BACKOFF", "PT1S");
        env.put("JOBMATCH_MATCHING_ENRICHMENT_MAX_BACKOFF", "PT5S");
        env.put("JOBMATCH_RANKING_RECOMPUTE_RETRY_DELAY", "PT1S");
        env.put("JOBMATCH_RANKING_RECOMPUTE_MAX_RETRY_DELAY", "PT5S");
        env.put("ENRICHMENT_EVERY", "2s");
        // Short leases, so work cut off by a killed process is claimed again soon after its restart; but longer than
        // a step can take on a loaded machine (a skill extraction takes seconds): a step that outlives its lease is
        // taken over and stores nothing, so a 5 s lease never let a slow enrichment finish.
        env.put("RESUME_WORK_LEASE", "PT30S");
        env.put("JOBMATCH_MATCHING_ENRICHMENT_LEASE", "PT30S");
        env.put("JOBMATCH_RANKING_RECOMPUTE_LEASE", "PT30S");
        env.put("MATCH_RECOMPUTE_EVERY", "1s");
        // Interview reminders looked for often, so the recruiter journey sees a round's reminder within seconds.
        env.put("INTERVIEW_REMINDERS_EVERY", "2s");
        if (firstStart) {
            // Each run starts from empty databases; later starts of the same run keep their data.
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        }
        if (service.equals("user")) {
            env.put("JWT_PRIVATE_KEY_LOCATION", workDir.resolve("jwt-private.pem").toString());
            env.put("JWT_PUBLIC_KEY_LOCATION", workDir.resolve("jwt-public.pem").toString());
            env.put("SERVICE_ACCOUNTS", String.join(",", secrets.entrySet().stream()
                    .map(e -> e.getKey() + "-service:" + e.getValue()).toList()));
            env.put("BOOTSTRAP_ADMIN_EMAIL", adminEmail);
            env.put("BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            env.put("MAIL_MOCK", "false");
            env.put("MAIL_HOST", "127.0.0.1");
            env.put("MAIL_PORT", String.valueOf(mailbox.port()));
            env.put("MAIL_START_TLS", "DISABLED");
        } else {
            if (service.equals("resume")) {
                env.put("RESUME_STORAGE_DIR", workDir.resolve("resume-files").toString());
            }
            env.put("SERVICE_CLIENT_ID", service + "-service");
            env.put("SERVICE_CLIENT_SECRET", secrets.get(service));
        }
        return env;
    }

    private void awaitReady(String service) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl(service) + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            Process process = running.get(service);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(service + "-service exited during start-up:\n" + tail(service));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(service + "-service was not ready within " + READY_TIMEOUT + ":\n" + tail(service));
    }

    public String tail(String service) {
        try {
            List<String> lines = Files.readAllLines(log(service));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void writeKeyPair() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(workDir.resolve("jwt-private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(workDir.resolve("jwt-public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
