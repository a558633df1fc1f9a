package com.jobmatch.e2e.deploy;

import com.jobmatch.e2e.support.Repository;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders deploy/ (base and both overlays) offline and checks that the pieces fit together. */
class ManifestValidationTest {

    private static final Path ROOT = Repository.root();

    static Manifests render(String kustomization) {
        return Manifests.render(ROOT, kustomization);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void servicesSelectExistingPodsAndPorts(String kustomization) {
        Manifests manifests = render(kustomization);
        assertEquals(Set.of("user-service", "resume-service", "ai-service", "matching-service"),
                manifests.all(Deployment.class).stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet()));
        for (Service service : manifests.all(Service.class)) {
            String name = service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector();
            assertFalse(selector == null || selector.isEmpty(), name + " has no selector");
            List<PodTemplateSpec> selected = manifests.podTemplates().values().stream()
                    .filter(template -> template.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .toList();
            assertEquals(1, selected.size(), "Service " + name + " must select exactly one workload");
            Set<String> portNames = containerPorts(selected.getFirst().getSpec()).keySet();
            Set<Integer> portNumbers = new HashSet<>(containerPorts(selected.getFirst().getSpec()).values());
            for (ServicePort port : service.getSpec().getPorts()) {
                var target = port.getTargetPort();
                assertTrue(target.getStrVal() != null ? portNames.contains(target.getStrVal()) : portNumbers.contains(target.getIntVal()),
                        "Service " + name + " targets port " + target + ", which its pods do not expose");
                Integer management = containerPorts(selected.getFirst().getSpec()).get("management");
                assertFalse("management".equals(target.getStrVal()) || (management != null && management.equals(target.getIntVal())),
                        "Service " + name + " must not expose the management port (health, metrics, OpenAPI)");
            }
        }
        for (Deployment deployment : manifests.all(Deployment.class)) {
            var selector = deployment.getSpec().getSelector().getMatchLabels();
            assertTrue(deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet()),
                    deployment.getMetadata().getName() + ": the selector must match its own pod template");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void ingressRoutesThePublicPrefixesToExistingServicesAndNeverInternalPaths(String kustomization) {
        Manifests manifests = render(kustomization);
        List<Ingress> ingresses = manifests.all(Ingress.class);
        assertEquals(1, ingresses.size());
        Map<String, String> routed = new TreeMap<>();
        for (var rule : ingresses.getFirst().getSpec().getRules()) {
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                assertEquals("Prefix", path.getPathType(), path.getPath());
                IngressServiceBackend backend = path.getBackend().getService();
                Service service = manifests.find(Service.class, backend.getName())
                        .orElseThrow(() -> new AssertionError(path.getPath() + " routes to a missing Service " + backend.getName()));
                assertTrue(service.getSpec().getPorts().stream().anyMatch(port -> backend.getPort().getName() != null
                                ? backend.getPort().getName().equals(port.getName())
                                : Objects.equals(backend.getPort().getNumber(), port.getPort())),
                        path.getPath() + " routes to a port " + backend.getName() + " does not have");
                routed.put(path.getPath(), backend.getName());
            }
        }
        assertEquals(new TreeMap<>(GatewayRoutes.ROUTES), routed);
        assertTrue(routed.keySet().stream().noneMatch(path -> path.startsWith("/internal") || path.startsWith("/q")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void workloadsProbeHealthAndRunLockedDown(String kustomization) {
        Manifests manifests = render(kustomization);
        manifests.podTemplates().forEach((name, template) -> {
            PodSpec pod = template.getSpec();
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name + " must run as non-root");
            assertTrue(pod.getSecurityContext().getRunAsUser() > 0, name + " needs a numeric non-root user");
            Set<String> volumes = pod.getVolumes().stream().map(Volume::getName).collect(Collectors.toSet());
            manifests.find(StatefulSet.class, name).ifPresent(set ->
                    set.getSpec().getVolumeClaimTemplates().forEach(claim -> volumes.add(claim.getMetadata().getName())));
            for (Container container : pod.getContainers()) {
                String where = name + "/" + container.getName();
                var security = container.getSecurityContext();
                assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), where);
                assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), where);
                assertTrue(security.getCapabilities().getDrop().contains("ALL"), where + " must drop all capabilities");
                for (String resource : List.of("cpu", "memory")) {
                    assertTrue(container.getResources().getRequests().containsKey(resource), where + " requests " + resource);
                    assertTrue(container.getResources().getLimits().containsKey(resource), where + " limits " + resource);
                }
                for (VolumeMount mount : container.getVolumeMounts()) {
                    assertTrue(volumes.contains(mount.getName()), where + " mounts a missing volume " + mount.getName());
                }
                VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                        .orElseThrow(() -> new AssertionError(where + " needs a writable /tmp"));
                assertTrue(pod.getVolumes().stream().anyMatch(v -> v.getName().equals(tmp.getName()) && v.getEmptyDir() != null),
                        where + ": /tmp must be an emptyDir");
                assertTrue(container.getReadinessProbe() != null && container.getLivenessProbe() != null, where + " needs probes");
            }
        });
        for (Deployment deployment : manifests.all(Deployment.class)) {
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            Map<String, Integer> ports = containerPorts(deployment.getSpec().getTemplate().getSpec());
            // Health is served on the management interface only (issue 21): the probes hit the port MANAGEMENT_PORT opens.
            Map<String, String> config = configOf(manifests, deployment);
            assertEquals(config.get("MANAGEMENT_PORT"), String.valueOf(ports.get("management")),
                    deployment.getMetadata().getName() + ": the container port 'management' is MANAGEMENT_PORT");
            assertEquals(config.get("HTTP_PORT"), String.valueOf(ports.get("http")),
                    deployment.getMetadata().getName() + ": the container port 'http' is HTTP_PORT");
            ports = Map.of("management", ports.get("management"));
            assertProbe(container.getReadinessProbe(), "/q/health/ready", ports, deployment);
            assertProbe(container.getLivenessProbe(), "/q/health/live", ports, deployment);
            if (container.getStartupProbe() != null) {
                assertProbe(container.getStartupProbe(), "/q/health/started", ports, deployment);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyReferencedConfigMapExistsAndEverySecretIsDocumented(String kustomization) {
        Manifests manifests = render(kustomization);
        Map<String, Set<String>> documentedSecrets = DocumentedSecrets.read(ROOT.resolve("deploy/README.md"));
        List<String> problems = new ArrayList<>();
        manifests.podTemplates().forEach((name, template) -> {
            PodSpec pod = template.getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    if (source.getConfigMapRef() != null) {
                        requireConfigMap(manifests, source.getConfigMapRef().getName(), null, name, problems);
                    }
                    if (source.getSecretRef() != null) {
                        requireSecret(documentedSecrets, source.getSecretRef().getName(), null, name, problems);
                    }
                }
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() == null) {
                        continue;
                    }
                    var configKey = env.getValueFrom().getConfigMapKeyRef();
                    if (configKey != null) {
                        requireConfigMap(manifests, configKey.getName(), configKey.getKey(), name, problems);
                    }
                    var secretKey = env.getValueFrom().getSecretKeyRef();
                    if (secretKey != null) {
                        requireSecret(documentedSecrets, secretKey.getName(), secretKey.getKey(), name, problems);
                    }
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getConfigMap() != null) {
                    requireConfigMap(manifests, volume.getConfigMap().getName(), null, name, problems);
                }
                if (volume.getSecret() != null) {
                    requireSecret(documentedSecrets, volume.getSecret().getSecretName(), null, name, problems);
                }
                if (volume.getPersistentVolumeClaim() != null
                        && manifests.find(PersistentVolumeClaim.class, volume.getPersistentVolumeClaim().getClaimName()).isEmpty()) {
                    problems.add(name + " needs PersistentVolumeClaim " + volume.getPersistentVolumeClaim().getClaimName());
                }
            }
        });
        for (Ingress ingress : manifests.all(Ingress.class)) {
            for (var tls : ingress.getSpec().getTls()) {
                requireSecret(documentedSecrets, tls.getSecretName(), null, "Ingress " + ingress.getMetadata().getName(), problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void eachServiceGetsTheEnvironmentItReads(String kustomization) {
        Manifests manifests = render(kustomization);
        for (String service : Repository.SERVICES) {
            Deployment deployment = manifests.find(Deployment.class, service + "-service").orElseThrow();
            Set<String> given = environmentOf(manifests, deployment);
            Set<String> needed = ServiceEnvironment.required(service);
            assertTrue(given.containsAll(needed), service + "-service misses " + ServiceEnvironment.missing(needed, given));
            Set<String> understood = ServiceEnvironment.understood(service);
            assertTrue(understood.containsAll(given),
                    service + "-service gets variables nothing reads (typo?): " + ServiceEnvironment.missing(given, understood));
        }
    }

    @Test
    void userServiceFindsItsSigningKeysWhereTheSecretIsMounted() {
        Manifests manifests = render("base");
        Deployment user = manifests.find(Deployment.class, "user-service").orElseThrow();
        Map<String, String> config = configOf(manifests, user);
        PodSpec pod = user.getSpec().getTemplate().getSpec();
        for (String variable : List.of("JWT_PRIVATE_KEY_LOCATION", "JWT_PUBLIC_KEY_LOCATION")) {
            Path location = Path.of(config.get(variable));
            VolumeMount mount = pod.getContainers().getFirst().getVolumeMounts().stream()
                    .filter(m -> Path.of(m.getMountPath()).equals(location.getParent())).findFirst()
                    .orElseThrow(() -> new AssertionError(variable + " points outside every mount: " + location));
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
            assertTrue(volume.getSecret() != null, variable + " must come from a Secret");
            Set<String> documentedKeys = DocumentedSecrets.read(ROOT.resolve("deploy/README.md")).get(volume.getSecret().getSecretName());
            assertTrue(documentedKeys.contains(location.getFileName().toString()),
                    "the README must name the key " + location.getFileName() + " of " + volume.getSecret().getSecretName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void autoscalersTargetExistingDeployments(String kustomization) {
        Manifests manifests = render(kustomization);
        List<HorizontalPodAutoscaler> autoscalers = manifests.all(HorizontalPodAutoscaler.class);
        assertEquals(4, autoscalers.size());
        for (HorizontalPodAutoscaler hpa : autoscalers) {
            var target = hpa.getSpec().getScaleTargetRef();
            assertEquals("Deployment", target.getKind());
            Deployment deployment = manifests.find(Deployment.class, target.getName())
                    .orElseThrow(() -> new AssertionError("HPA " + hpa.getMetadata().getName() + " targets a missing Deployment"));
            assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas());
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertTrue(container.getResources().getRequests().containsKey("cpu"), "CPU utilisation needs a CPU request");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void uploadedResumesGoToAWritableVolumeOrToS3(String kustomization) {
        Manifests manifests = render(kustomization);
        Deployment resume = manifests.find(Deployment.class, "resume-service").orElseThrow();
        Map<String, String> config = configOf(manifests, resume);
        PodSpec pod = resume.getSpec().getTemplate().getSpec();
        if (config.get("RESUME_STORAGE_PROVIDER").equals("s3")) {
            assertTrue(config.containsKey("RESUME_S3_BUCKET") && config.containsKey("RESUME_S3_ENDPOINT"));
            assertTrue(environmentOf(manifests, resume).containsAll(Set.of("RESUME_S3_ACCESS_KEY", "RESUME_S3_SECRET_KEY")));
            return;
        }
        assertEquals("local", config.get("RESUME_STORAGE_PROVIDER"));
        VolumeMount mount = pod.getContainers().getFirst().getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals(config.get("RESUME_STORAGE_DIR"))).findFirst()
                .orElseThrow(() -> new AssertionError("RESUME_STORAGE_DIR is on the read-only root filesystem"));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        if (kustomization.equals("overlays/dev")) {
            assertTrue(volume.getPersistentVolumeClaim() != null && volume.getEmptyDir() == null, "dev keeps uploads across restarts");
            assertEquals(1, manifests.find(HorizontalPodAutoscaler.class, "resume-service").orElseThrow().getSpec().getMaxReplicas(),
                    "a ReadWriteOnce volume allows one pod");
            assertEquals("Recreate", resume.getSpec().getStrategy().getType());
        }
    }

    @Test
    void devRunsItsOwnPgvectorDatabaseWithEveryServiceDatabase() {
        Manifests dev = render("overlays/dev");
        dev.resources().forEach(r -> assertEquals("jobmatch-dev", r.getMetadata().getNamespace(), r.getMetadata().getName()));
        StatefulSet postgres = dev.find(StatefulSet.class, "postgres").orElseThrow();
        assertEquals("pgvector/pgvector:pg15", postgres.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage());
        assertTrue(dev.find(Service.class, postgres.getSpec().getServiceName()).isPresent(), "the StatefulSet's governing Service");
        assertEquals("postgres", configOf(dev, dev.find(Deployment.class, "user-service").orElseThrow()).get("DB_HOST"));
        String init = dev.find(ConfigMap.class, "postgres-init").orElseThrow().getData().get("init-databases.sh");
        for (Deployment deployment : dev.all(Deployment.class)) {
            Map<String, String> config = configOf(dev, deployment);
            String service = config.get("DB_NAME").replace("_service", "");
            assertEquals(service + "_svc", config.get("DB_USER"));
            assertTrue(init.contains("for svc in user resume ai matching"), "init creates every service's database");
            assertTrue(deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage().endsWith(":dev"));
        }
        assertTrue(init.contains("CREATE EXTENSION IF NOT EXISTS vector"));
    }

    @Test
    void prodUsesTheDocumentedExternalDatabaseAndTls() {
        Manifests prod = render("overlays/prod");
        prod.resources().forEach(r -> assertEquals("jobmatch", r.getMetadata().getNamespace(), r.getMetadata().getName()));
        assertTrue(prod.all(StatefulSet.class).isEmpty(), "prod runs no database of its own");
        String dbHost = configOf(prod, prod.find(Deployment.class, "matching-service").orElseThrow()).get("DB_HOST");
        assertNotEquals("postgres", dbHost);
        assertTrue(Repository.read(ROOT.resolve("deploy/README.md")).contains(dbHost), "the README documents the external database");
        Ingress gateway = prod.all(Ingress.class).getFirst();
        assertEquals("api.jobmatch.example.com", gateway.getSpec().getRules().getFirst().getHost());
        assertEquals(List.of("api.jobmatch.example.com"), gateway.getSpec().getTls().getFirst().getHosts());
        prod.all(HorizontalPodAutoscaler.class).forEach(hpa -> assertTrue(hpa.getSpec().getMinReplicas() >= 2));
        prod.all(Deployment.class).forEach(d -> assertTrue(
                d.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage().startsWith("registry.example.com/jobmatch/")));
    }

    @Test
    void theRendererRefusesFeaturesItDoesNotImplementAndFieldsTheModelDoesNotKnow(@TempDir Path dir) throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Files.writeString(deploy.resolve("kustomization.yaml"), "resources: []\nnamePrefix: x-\n");
        assertThrows(IllegalStateException.class, () -> Kustomize.build(deploy));

        Files.writeString(deploy.resolve("kustomization.yaml"), "resources: [app.yaml]\n");
        Files.writeString(deploy.resolve("app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {replicas: 1}\n");
        assertEquals(1, Manifests.render(dir, ".").resources().size());

        Files.writeString(deploy.resolve("app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {replicaz: 1}\n");
        IllegalStateException typo = assertThrows(IllegalStateException.class, () -> Manifests.render(dir, "."));
        assertTrue(typo.getMessage().contains("replicaz"), typo.getMessage());
    }

    @Test
    void patchesMergeNamedListItemsAndFailWhenTheTargetIsMissing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml]\npatches:\n  - path: patch.yaml\n");
        Files.writeString(dir.resolve("cm.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: a}
                spec: {template: {spec: {containers: [{name: c, image: x:1, env: [{name: A, value: "1"}]}]}}}
                """);
        Files.writeString(dir.resolve("patch.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: a}
                spec: {template: {spec: {containers: [{name: c, env: [{name: B, value: "2"}]}]}}}
                """);
        var container = Kustomize.build(dir).getFirst().at("/spec/template/spec/containers/0");
        assertEquals("x:1", container.path("image").asText());
        assertEquals(2, container.path("env").size());

        Files.writeString(dir.resolve("patch.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\n");
        assertThrows(IllegalStateException.class, () -> Kustomize.build(dir));
    }

    private static void assertProbe(Probe probe, String path, Map<String, Integer> ports, HasMetadata owner) {
        HTTPGetAction get = probe.getHttpGet();
        String where = owner.getMetadata().getName() + " probe " + path;
        assertEquals(path, get.getPath(), where);
        assertTrue(get.getPort().getStrVal() != null ? ports.containsKey(get.getPort().getStrVal()) : ports.containsValue(get.getPort().getIntVal()),
                where + " must hit the container's management port");
    }

    private static Map<String, Integer> containerPorts(PodSpec pod) {
        Map<String, Integer> ports = new HashMap<>();
        for (Container container : pod.getContainers()) {
            for (ContainerPort port : container.getPorts()) {
                ports.put(Objects.requireNonNullElse(port.getName(), ""), port.getContainerPort());
            }
        }
        return ports;
    }

    /** The literal configuration a Deployment's container sees from its ConfigMaps and plain env values. */
    static Map<String, String> configOf(Manifests manifests, Deployment deployment) {
        Map<String, String> config = new TreeMap<>();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                manifests.find(ConfigMap.class, source.getConfigMapRef().getName()).ifPresent(map -> config.putAll(map.getData()));
            }
        }
        container.getEnv().stream().filter(env -> env.getValue() != null).forEach(env -> config.put(env.getName(), env.getValue()));
        return config;
    }

    private static Set<String> environmentOf(Manifests manifests, Deployment deployment) {
        Set<String> names = new TreeSet<>(configOf(manifests, deployment).keySet());
        deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().forEach(env -> names.add(env.getName()));
        return names;
    }

    private static void requireConfigMap(Manifests manifests, String name, String key, String user, List<String> problems) {
        var configMap = manifests.find(ConfigMap.class, name);
        if (configMap.isEmpty()) {
            problems.add(user + " needs ConfigMap " + name + ", which is not rendered");
        } else if (key != null && !configMap.get().getData().containsKey(key)) {
            problems.add(user + " needs key " + key + " of ConfigMap " + name);
        }
    }

    private static void requireSecret(Map<String, Set<String>> documented, String name, String key, String user, List<String> problems) {
        if (!documented.containsKey(name)) {
            problems.add(user + " needs Secret " + name + ", which deploy/README.md does not document");
        } else if (key != null && !documented.get(name).contains(key)) {
            problems.add(user + " needs key " + key + " of Secret " + name + ", which deploy/README.md does not document");
        }
    }
}
