package org.childsafe.framework.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.childsafe.framework.domain.Framework;
import org.yaml.snakeyaml.Yaml;

/**
 * Random damage to the full fixture, at the level of the YAML tree (from the canonical map form) or of
 * the bytes. Each mutation says whether it is known to break a rule, known to keep the file valid, or
 * either.
 */
final class Mutations {

    enum Expect { INVALID, VALID, EITHER }

    record Mutation(String description, byte[] bytes, Expect expect) {
        @Override
        public String toString() {
            return description + " (" + expect + ")";
        }
    }

    enum Kind { TOP, SCALE, OPTION, BAND, DOMAIN, ITEM, ACTION, TEXT }

    /** A mapping in the tree, with its path and what it is. */
    record Location(String path, Map<String, Object> map, Kind kind) {
    }

    private static final Framework FULL = Fixtures.valid(Fixtures.FULL);
    private static final byte[] FULL_BYTES = Fixtures.FULL.getBytes(StandardCharsets.UTF_8);
    private static final Map<Kind, List<String>> REQUIRED = Map.of(Kind.TOP, List.of("framework", "version", "title",
            "domains"), Kind.SCALE, List.of("id", "options"), Kind.OPTION, List.of("code", "value"), Kind.BAND,
            List.of("code", "min"), Kind.DOMAIN, List.of("code", "title", "items"), Kind.ITEM, List.of("code", "text"),
            Kind.ACTION, List.of("text"), Kind.TEXT, List.of("en"));
    private static final Set<String> NO_VALUE_NEEDED = Set.of("na", "dont_know");
    private static final List<Object> ODD_VALUES = Arrays.asList(null, "", "text", 0, -1, 1.5, true, List.of(),
            List.of("a"), Map.of(), Map.of("en", "x"), "2026.1", "https://example.org");

    private Mutations() {
    }

    static Arbitrary<Mutation> any() {
        return Arbitraries.oneOf(List.of(
                tree("delete a required key", Expect.INVALID, (root, pick) -> {
                    List<Object[]> keys = new ArrayList<>();
                    locations(root).forEach(l -> REQUIRED.get(l.kind()).stream().filter(l.map()::containsKey)
                            .filter(k -> !(l.kind() == Kind.OPTION && k.equals("value")
                                    && NO_VALUE_NEEDED.contains(l.map().get("code"))))
                            .forEach(k -> keys.add(new Object[] {l, k})));
                    Object[] chosen = keys.get(pick % keys.size());
                    ((Location) chosen[0]).map().remove((String) chosen[1]);
                    return ((Location) chosen[0]).path() + "." + chosen[1];
                }),
                tree("delete an optional key", Expect.VALID, (root, pick) -> {
                    List<Object[]> keys = new ArrayList<>();
                    locations(root).forEach(l -> l.map().keySet().stream()
                            .filter(k -> !REQUIRED.get(l.kind()).contains(k))
                            .filter(k -> !(l.kind() == Kind.OPTION && k.equals("value")))
                            .forEach(k -> keys.add(new Object[] {l, k})));
                    Object[] chosen = keys.get(pick % keys.size());
                    ((Location) chosen[0]).map().remove((String) chosen[1]);
                    return ((Location) chosen[0]).path() + "." + chosen[1];
                }),
                tree("duplicate a code", Expect.INVALID, (root, pick) -> {
                    List<List<Location>> groups = List.of(of(root, Kind.ITEM), of(root, Kind.DOMAIN), of(root, Kind.BAND),
                            of(root, Kind.OPTION));
                    List<Location> group = groups.get(pick % groups.size());
                    int from = (pick / 7) % group.size();
                    int to = (from + 1 + (pick / 11) % (group.size() - 1)) % group.size();
                    group.get(to).map().put("code", group.get(from).map().get("code"));
                    return group.get(to).path() + ".code = " + group.get(from).map().get("code");
                }),
                tree("set a weight to a bad value", Expect.INVALID, (root, pick) -> {
                    List<Location> weighted = new ArrayList<>(of(root, Kind.DOMAIN));
                    weighted.addAll(of(root, Kind.ITEM));
                    Object value = List.of(0, 0.0, -1, -0.5, "x", "", true, List.of(1), Map.of()).get(pick % 9);
                    Location location = weighted.get((pick / 9) % weighted.size());
                    location.map().put("weight", value);
                    return location.path() + ".weight = " + value;
                }),
                tree("drop the English text", Expect.INVALID, (root, pick) -> {
                    List<Location> texts = of(root, Kind.TEXT);
                    Location location = texts.get(pick % texts.size());
                    location.map().remove("en");
                    return location.path() + ".en";
                }),
                tree("add an unknown key", Expect.INVALID, (root, pick) -> {
                    List<Location> maps = locations(root).stream().filter(l -> l.kind() != Kind.TEXT).toList();
                    Location location = maps.get(pick % maps.size());
                    location.map().put("x" + Integer.toString(pick, 36), "surprise");
                    return location.path() + ".x" + Integer.toString(pick, 36);
                }),
                tree("set a required key to null", Expect.INVALID, (root, pick) -> {
                    List<Location> maps = locations(root);
                    Location location = maps.get(pick % maps.size());
                    String key = REQUIRED.get(location.kind()).get(0);
                    location.map().put(key, null);
                    return location.path() + "." + key + " = null";
                }),
                tree("set a flag to a non-boolean", Expect.INVALID, (root, pick) -> {
                    List<Location> items = of(root, Kind.ITEM);
                    String flag = List.of("critical", "evidenceRequired", "naAllowed").get(pick % 3);
                    Object value = List.of("maybe", 1, "true", List.of()).get((pick / 3) % 4);
                    Location location = items.get((pick / 12) % items.size());
                    location.map().put(flag, value);
                    return location.path() + "." + flag + " = " + value;
                }),
                tree("set a timeframe to a bad value", Expect.INVALID, (root, pick) -> {
                    List<Location> actions = of(root, Kind.ACTION);
                    Object value = List.of(0, -3, 1.5, "soon", 3_000_000_000L).get(pick % 5);
                    Location location = actions.get((pick / 5) % actions.size());
                    location.map().put("timeframeDays", value);
                    return location.path() + ".timeframeDays = " + value;
                }),
                tree("break the bands", Expect.INVALID, (root, pick) -> {
                    List<Location> bands = of(root, Kind.BAND);
                    switch (pick % 3) {
                        case 0 -> bands.get(bands.size() - 1).map().put("min", 1 + pick % 100);
                        case 1 -> Collections.reverse((List<?>) root.get("bands"));
                        default -> bands.get(0).map().put("min", pick % 2 == 0 ? -1 : 100.5);
                    }
                    return "bands, way " + pick % 3;
                }),
                tree("set any value to something odd", Expect.EITHER, (root, pick) -> {
                    List<Object[]> keys = new ArrayList<>();
                    locations(root).forEach(l -> l.map().keySet().forEach(k -> keys.add(new Object[] {l, k})));
                    Object[] chosen = keys.get(pick % keys.size());
                    Object value = ODD_VALUES.get((pick / 3) % ODD_VALUES.size());
                    ((Location) chosen[0]).map().put((String) chosen[1], value);
                    return ((Location) chosen[0]).path() + "." + chosen[1] + " = " + value;
                }),
                bytes("truncate the bytes", Expect.EITHER, (bytes, pick) -> Arrays.copyOf(bytes, pick % bytes.length)),
                bytes("insert a YAML syntax character", Expect.EITHER, (bytes, pick) -> insert(bytes, pick % bytes.length,
                        new byte[] {(byte) ":-[]{}\"'&*!|>%@`#,?\t\n ".charAt((pick / 7) % 22)})),
                bytes("overwrite a byte", Expect.EITHER, (bytes, pick) -> {
                    byte[] copy = bytes.clone();
                    copy[pick % copy.length] = (byte) (pick / 13);
                    return copy;
                }),
                bytes("delete a line", Expect.EITHER, (bytes, pick) -> lines(bytes, pick, false)),
                bytes("repeat a line", Expect.EITHER, (bytes, pick) -> lines(bytes, pick, true)),
                bytes("leave a flow mapping open at the end", Expect.INVALID,
                        (bytes, pick) -> insert(bytes, bytes.length, "extra: {open".getBytes(StandardCharsets.UTF_8))),
                bytes("insert a control character", Expect.INVALID, (bytes, pick) -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    int at = pick % text.length();
                    return (text.substring(0, at) + (char) (1 + pick % 8) + text.substring(at)).getBytes(StandardCharsets.UTF_8);
                }),
                bytes("insert a byte that is never UTF-8", Expect.INVALID,
                        (bytes, pick) -> insert(bytes, pick % bytes.length, new byte[] {(byte) 0xFF}))));
    }

    private static Arbitrary<Mutation> tree(String name, Expect expect,
            BiFunction<Map<String, Object>, Integer, String> change) {
        return Arbitraries.integers().between(0, 1_000_000).map(pick -> {
            Map<String, Object> root = FrameworkJson.toMap(FULL);
            String where = change.apply(root, pick);
            return new Mutation(name + ": " + where, new Yaml().dump(root).getBytes(StandardCharsets.UTF_8), expect);
        });
    }

    private static Arbitrary<Mutation> bytes(String name, Expect expect, BiFunction<byte[], Integer, byte[]> change) {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), Arbitraries.just(name))
                .as((pick, n) -> new Mutation(n + " #" + pick, change.apply(FULL_BYTES, pick), expect));
    }

    static List<Location> locations(Map<String, Object> root) {
        List<Location> found = new ArrayList<>();
        walk("", root, found);
        return found;
    }

    private static List<Location> of(Map<String, Object> root, Kind kind) {
        return locations(root).stream().filter(l -> l.kind() == kind).toList();
    }

    @SuppressWarnings("unchecked")
    private static void walk(String path, Object value, List<Location> found) {
        if (value instanceof Map<?, ?> map) {
            found.add(new Location(path, (Map<String, Object>) map, kindOf(path)));
            new LinkedHashMap<>(map).forEach((k, v) -> walk(Problems.key(path, (String) k), v, found));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(Problems.index(path, i), list.get(i), found);
            }
        }
    }

    private static Kind kindOf(String path) {
        if (path.isEmpty()) {
            return Kind.TOP;
        }
        for (Object[] rule : new Object[][] {{"scale", Kind.SCALE}, {"scale\\.options\\[\\d+]", Kind.OPTION},
                {"bands\\[\\d+]", Kind.BAND}, {"domains\\[\\d+]", Kind.DOMAIN}, {"domains\\[\\d+]\\.items\\[\\d+]", Kind.ITEM},
                {".*\\.actions\\[\\d+]", Kind.ACTION}}) {
            if (Pattern.matches((String) rule[0], path)) {
                return (Kind) rule[1];
            }
        }
        return Kind.TEXT;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static byte[] lines(byte[] bytes, int pick, boolean repeat) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int line = pick % lines.size();
        if (repeat) {
            lines.add(line, lines.get(line));
        } else {
            lines.remove(line);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
