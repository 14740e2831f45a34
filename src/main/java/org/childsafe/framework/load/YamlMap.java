package org.childsafe.framework.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childsafe.kernel.Text;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping with its keys checked: keys are plain text, none is repeated and, where a set of
 * allowed keys is given, none is unknown. Every problem is reported, then the good entries are kept.
 */
final class YamlMap {

    private final MappingNode node;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String path, Problems problems, @Nullable Set<String> allowedKeys) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                problems.add(path, keyNode, Problems.say("mergeKey"));
            } else if (!(keyNode instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
                problems.add(path, keyNode, Problems.say("keyNotText"));
            } else {
                String key = scalar.getValue();
                if (entries.containsKey(key)) {
                    problems.add(Problems.key(path, key), keyNode, Problems.say("duplicateKey", key));
                } else if (allowedKeys != null && !allowedKeys.contains(key)) {
                    problems.add(Problems.key(path, key), keyNode, Problems.say("unknownKey", key));
                } else {
                    entries.put(key, tuple);
                }
            }
        }
    }

    /** The node as a mapping, or empty (with a problem reported) when it is something else. */
    static Optional<YamlMap> of(Node node, String path, Problems problems, @Nullable Set<String> allowedKeys,
            Text notAMapping) {
        if (node instanceof MappingNode mapping && mapping.getTag().equals(Tag.MAP)) {
            return Optional.of(new YamlMap(mapping, path, problems, allowedKeys));
        }
        problems.add(path, node, Values.notA(notAMapping, node));
        return Optional.empty();
    }

    Set<String> keys() {
        return entries.keySet();
    }

    String path() {
        return path;
    }

    String path(String key) {
        return Problems.key(path, key);
    }

    @Nullable Integer line() {
        return Problems.lineOf(node);
    }

    @Nullable Integer keyLine(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : Problems.lineOf(tuple.getKeyNode());
    }

    /** The value as written, which may be an empty (null) scalar, or null when the key is absent. */
    @Nullable Node raw(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    /** The value of a required key; reports {@code required} when it is absent or empty. */
    Optional<Node> required(String key) {
        Node value = raw(key);
        if (value == null) {
            problems.add(path(key), line(), Problems.say("required"));
            return Optional.empty();
        }
        if (Values.isNull(value)) {
            problems.add(path(key), value, Problems.say("required"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The value of an optional key; an empty value ({@code key:} with nothing) is reported, not ignored. */
    Optional<Node> optional(String key) {
        Node value = raw(key);
        if (value == null) {
            return Optional.empty();
        }
        if (Values.isNull(value)) {
            problems.add(path(key), value, Problems.say("emptyValue"));
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
