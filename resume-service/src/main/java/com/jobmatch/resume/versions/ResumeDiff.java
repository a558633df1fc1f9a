package com.jobmatch.resume.versions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fields that differ between two resume_data documents, leaf by leaf; the parser's confidence map is not content. */
public final class ResumeDiff {

    private static final Set<String> IGNORED = Set.of("confidence");

    private ResumeDiff() {
    }

    public static List<FieldChange> between(JsonNode before, JsonNode after) {
        List<FieldChange> changes = new ArrayList<>();
        walk("", before == null ? MissingNode.getInstance() : before, after == null ? MissingNode.getInstance() : after, changes);
        return changes;
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<FieldChange> changes) {
        boolean hadValue = present(before);
        boolean hasValue = present(after);
        if (!hadValue && !hasValue) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (path.isEmpty() && IGNORED.contains(name)) {
                    continue;
                }
                walk(path.isEmpty() ? name : path + "." + name, before.path(name), after.path(name), changes);
            }
            return;
        }
        if (before.isArray() && after.isArray() && containsObjects(before, after)) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                walk(path + "[" + i + "]", before.path(i), after.path(i), changes);
            }
            return;
        }
        if (!hadValue) {
            changes.add(new FieldChange(path, "added", null, after));
        } else if (!hasValue) {
            changes.add(new FieldChange(path, "removed", before, null));
        } else if (!before.equals(after)) {
            changes.add(new FieldChange(path, "modified", before, after));
        }
    }

    private static boolean present(JsonNode node) {
        return !(node.isMissingNode() || node.isNull() || (node.isContainerNode() && node.isEmpty()));
    }

    private static boolean containsObjects(JsonNode a, JsonNode b) {
        for (JsonNode array : List.of(a, b)) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                if (it.next().isObject()) {
                    return true;
                }
            }
        }
        return false;
    }
}
