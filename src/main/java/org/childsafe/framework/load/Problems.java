package org.childsafe.framework.load;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems found while reading one file, and builds the paths they point at. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String path, @Nullable Integer line, String message) {
        found.add(new Problem(path, line, message));
    }

    void add(String path, @Nullable Node node, String message) {
        add(path, lineOf(node), message);
    }

    /** A problem with the file as a whole (empty path). */
    void file(@Nullable Integer line, String message) {
        add("", line, message);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<Problem> all() {
        return List.copyOf(found);
    }

    static @Nullable Integer lineOf(@Nullable Node node) {
        return node == null ? null : lineOf(node.getStartMark());
    }

    static @Nullable Integer lineOf(@Nullable Mark mark) {
        return mark == null ? null : mark.getLine() + 1;
    }

    /** {@code domains} + {@code code} = {@code domains.code}; the root path is empty. */
    static String key(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** {@code domains} + 1 = {@code domains[1]}. */
    static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
