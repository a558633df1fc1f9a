package com.jobmatch.e2e.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** One rendered kustomization, every document loaded into the fabric8 Kubernetes model. */
record Manifests(String name, List<HasMetadata> resources) {

    /** The kinds deploy/ may use, by apiVersion/kind; any other document fails to load. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/PersistentVolumeClaim", PersistentVolumeClaim.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    static Manifests render(Path repository, String kustomization) {
        List<HasMetadata> loaded = new ArrayList<>();
        for (ObjectNode document : Kustomize.build(repository.resolve("deploy").resolve(kustomization))) {
            String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
            Class<? extends HasMetadata> type = KINDS.get(key);
            if (type == null) {
                throw new IllegalStateException(kustomization + ": unexpected kind " + key);
            }
            HasMetadata resource = Kustomize.convert(document, type);
            List<String> unknown = new ArrayList<>();
            collectUnknownFields(resource, key + " " + resource.getMetadata().getName(), unknown, new IdentityHashMap<>());
            if (!unknown.isEmpty()) {
                throw new IllegalStateException(kustomization + ": fields the Kubernetes model does not know: " + unknown);
            }
            loaded.add(resource);
        }
        return new Manifests(kustomization, List.copyOf(loaded));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String resourceName) {
        return all(type).stream().filter(resource -> resource.getMetadata().getName().equals(resourceName)).findFirst();
    }

    /** Pod templates of Deployments and StatefulSets, by workload name. */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new TreeMap<>();
        all(Deployment.class).forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
        return templates;
    }

    /**
     * fabric8 keeps fields it does not know in additionalProperties instead of failing, so a misspelt field
     * (readinesProbe) would load silently: walk the model and report every such field.
     */
    private static void collectUnknownFields(Object node, String where, List<String> unknown, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(item -> collectUnknownFields(item, where, unknown, seen));
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectUnknownFields(value, where, unknown, seen));
            return;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(field -> unknown.add(where + ": " + node.getClass().getSimpleName() + "." + field));
            } else if (!SCALARS.contains(getter.getReturnType())) {
                collectUnknownFields(value, where, unknown, seen);
            }
        }
    }

    private static final Set<Class<?>> SCALARS = Set.of(String.class, Integer.class, Long.class, Boolean.class, int.class, long.class, boolean.class);
}
