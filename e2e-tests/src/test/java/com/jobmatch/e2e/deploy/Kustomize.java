package com.jobmatch.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.ConfigMapArgs;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Image;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Patch;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Selector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization offline, like {@code kubectl kustomize}, for the subset of kustomize that deploy/ uses:
 * resources (files and directories), namespace, configMapGenerator with files and no name hash, patches
 * (strategic merge, list items merged by {@code name}; or JSON 6902 add/replace/remove) and images.
 * Anything else in a kustomization.yaml fails the render, so an unsupported feature can never pass unchecked.
 */
final class Kustomize {

    static final ObjectMapper YAML = new YAMLMapper();

    private static final Set<String> SUPPORTED_FIELDS = Set.of(
            "apiVersion", "kind", "resources", "namespace", "configMapGenerator", "generatorOptions", "patches", "images");

    private Kustomize() {
    }

    static List<ObjectNode> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        ObjectNode raw = (ObjectNode) readDocuments(file).getFirst();
        raw.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new IllegalStateException(file + ": '" + field + "' is not supported by this renderer");
            }
        });
        Kustomization kustomization = convert(raw, Kustomization.class);

        List<ObjectNode> resources = new ArrayList<>();
        for (String entry : nullSafe(kustomization.getResources())) {
            Path path = directory.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path));
            } else {
                readDocuments(path).forEach(document -> resources.add((ObjectNode) document));
            }
        }
        for (ConfigMapArgs generator : nullSafe(kustomization.getConfigMapGenerator())) {
            resources.add(generateConfigMap(directory, generator, kustomization));
        }
        for (Patch patch : nullSafe(kustomization.getPatches())) {
            applyPatch(directory, patch, resources);
        }
        for (Image image : nullSafe(kustomization.getImages())) {
            resources.forEach(resource -> setImage(resource, image));
        }
        if (kustomization.getNamespace() != null) {
            resources.forEach(resource -> ((ObjectNode) resource.path("metadata")).put("namespace", kustomization.getNamespace()));
        }
        return resources;
    }

    static List<JsonNode> readDocuments(Path file) {
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            Iterator<JsonNode> iterator = YAML.readValues(parser, JsonNode.class);
            iterator.forEachRemaining(document -> {
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return YAML.treeToValue(node, type);
        } catch (IOException e) {
            throw new IllegalStateException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode generateConfigMap(Path directory, ConfigMapArgs generator, Kustomization kustomization) {
        boolean noHash = kustomization.getGeneratorOptions() != null
                && Boolean.TRUE.equals(kustomization.getGeneratorOptions().getDisableNameSuffixHash());
        if (!noHash) {
            throw new IllegalStateException(directory + ": generated names must be stable (disableNameSuffixHash: true)");
        }
        if (!nullSafe(generator.getLiterals()).isEmpty() || !nullSafe(generator.getEnvs()).isEmpty()) {
            throw new IllegalStateException(directory + ": configMapGenerator supports files only");
        }
        ObjectNode configMap = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
        configMap.putObject("metadata").put("name", generator.getName());
        ObjectNode data = configMap.putObject("data");
        for (String entry : generator.getFiles()) {
            Path source = directory.resolve(entry);
            try {
                data.put(source.getFileName().toString(), Files.readString(source));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        }
        return configMap;
    }

    private static void applyPatch(Path directory, Patch patch, List<ObjectNode> resources) {
        JsonNode body = patch.getPath() != null
                ? readDocuments(directory.resolve(patch.getPath())).getFirst()
                : readInline(patch.getPatch());
        Selector target = patch.getTarget();
        String kind = target != null ? target.getKind() : body.path("kind").asText();
        String name = target != null ? target.getName() : body.path("metadata").path("name").asText();
        List<ObjectNode> matches = resources.stream()
                .filter(resource -> resource.path("kind").asText().equals(kind))
                .filter(resource -> resource.path("metadata").path("name").asText().equals(name))
                .toList();
        if (matches.isEmpty()) {
            throw new IllegalStateException(directory + ": patch targets " + kind + "/" + name + ", which does not exist");
        }
        for (ObjectNode resource : matches) {
            if (body.isArray()) {
                body.forEach(operation -> applyJsonPatchOperation(resource, operation));
            } else {
                mergeStrategically(resource, (ObjectNode) body);
            }
        }
    }

    private static JsonNode readInline(String text) {
        try {
            return YAML.readTree(Objects.requireNonNull(text, "a patch needs a path or an inline patch"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps merge key by key; lists of objects with a {@code name} merge item by item; other lists are replaced. */
    static void mergeStrategically(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode current = target.get(field.getKey());
            JsonNode change = field.getValue();
            if (change.isNull()) {
                target.remove(field.getKey());
            } else if (current instanceof ObjectNode currentObject && change instanceof ObjectNode changeObject) {
                mergeStrategically(currentObject, changeObject);
            } else if (current instanceof ArrayNode currentList && change instanceof ArrayNode changeList && isNamedList(changeList)) {
                mergeNamedItems(currentList, changeList);
            } else {
                target.set(field.getKey(), change.deepCopy());
            }
        }
    }

    private static boolean isNamedList(ArrayNode list) {
        return !list.isEmpty() && list.valueStream().allMatch(item -> item.isObject() && item.has("name"));
    }

    private static void mergeNamedItems(ArrayNode current, ArrayNode changes) {
        for (JsonNode change : changes) {
            current.valueStream()
                    .filter(item -> item.path("name").equals(change.get("name")))
                    .findFirst()
                    .ifPresentOrElse(item -> mergeStrategically((ObjectNode) item, (ObjectNode) change),
                            () -> current.add(change.deepCopy()));
        }
    }

    private static void applyJsonPatchOperation(ObjectNode resource, JsonNode operation) {
        String path = operation.path("path").asText();
        int split = path.lastIndexOf('/');
        JsonNode parent = resource.at(path.substring(0, split));
        String last = path.substring(split + 1).replace("~1", "/").replace("~0", "~");
        String op = operation.path("op").asText();
        if (parent.isMissingNode()) {
            throw new IllegalStateException("JSON patch path " + path + " does not exist");
        }
        switch (op) {
            case "add", "replace" -> {
                JsonNode value = operation.get("value");
                if (parent instanceof ArrayNode list) {
                    if (last.equals("-")) {
                        list.add(value);
                    } else if (op.equals("add")) {
                        list.insert(Integer.parseInt(last), value);
                    } else {
                        list.set(Integer.parseInt(last), value);
                    }
                } else {
                    if (op.equals("replace") && !parent.has(last)) {
                        throw new IllegalStateException("JSON patch replaces " + path + ", which does not exist");
                    }
                    ((ObjectNode) parent).set(last, value);
                }
            }
            case "remove" -> {
                if (parent instanceof ArrayNode list) {
                    list.remove(Integer.parseInt(last));
                } else {
                    ((ObjectNode) parent).remove(last);
                }
            }
            default -> throw new IllegalStateException("JSON patch operation '" + op + "' is not supported");
        }
    }

    private static void setImage(ObjectNode resource, Image image) {
        JsonNode containers = resource.path("spec").path("template").path("spec").path("containers");
        for (JsonNode container : containers) {
            String current = container.path("image").asText();
            int colon = current.lastIndexOf(':');
            boolean tagged = colon > current.lastIndexOf('/');
            String name = tagged ? current.substring(0, colon) : current;
            if (name.equals(image.getName())) {
                String newName = image.getNewName() != null ? image.getNewName() : name;
                String tag = image.getNewTag() != null ? image.getNewTag() : tagged ? current.substring(colon + 1) : "latest";
                ((ObjectNode) container).put("image", newName + ":" + tag);
            }
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
