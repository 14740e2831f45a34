package org.childsafe.framework.load;

import java.util.ArrayList;
import java.util.List;
import org.childsafe.kernel.Text;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the problems found while reading one file, and builds the paths they point at. Every problem is
 * a message key of {@code i18n/framework_problems} ({@link #say}), so that it reads in the reader's language.
 */
final class Problems {

    /** The prefix of every key of {@code i18n/framework_problems}. */
    static final String KEY_PREFIX = "framework.problem.";

    private final List<Problem> found = new ArrayList<>();

    /** The problem {@code framework.problem.<name>} with its arguments. */
    static Text say(String name, Object... args) {
        return Text.of(KEY_PREFIX + name, args);
    }

    void add(String path, @Nullable Integer line, Text message) {
        found.add(new Problem(path, line, message));
    }

    void add(String path, @Nullable Node node, Text message) {
        add(path, lineOf(node), message);
    }

    /**
     * A problem told in one plain English sentence, shown in English in every language.
     *
     * @deprecated give a key of {@code i18n/framework_problems} with {@link #say} instead, so that Thai readers
     *             read it in Thai
     */
    @Deprecated
    void add(String path, @Nullable Node node, String englishMessage) {
        add(path, lineOf(node), Text.plain(englishMessage));
    }

    /** A problem with the file as a whole (empty path). */
    void file(@Nullable Integer line, Text message) {
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
