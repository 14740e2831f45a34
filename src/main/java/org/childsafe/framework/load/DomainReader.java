package org.childsafe.framework.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code domains} with their items and action templates, checking codes are unique. */
final class DomainReader {

    /** Domain and item codes. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,16}");

    private static final Set<String> DOMAIN_KEYS = Set.of("code", "title", "weight", "items");
    private static final Set<String> ITEM_KEYS = Set.of("code", "text", "guidance", "critical", "weight",
            "evidenceRequired", "naAllowed", "evidenceExamples", "actions", "replaces");
    private static final Set<String> ACTION_KEYS = Set.of("text", "ownerRole", "timeframeDays");

    private final Values values;
    private final Problems problems;
    private final Map<String, String> domainCodes = new HashMap<>();
    private final Map<String, String> itemCodes = new HashMap<>();

    DomainReader(Values values) {
        this.values = values;
        this.problems = values.problems();
    }

    List<Domain> domains(Node node, String path) {
        List<Domain> domains = new ArrayList<>();
        Optional<List<Node>> list = values.list(node, path);
        if (list.isPresent() && list.get().isEmpty()) {
            problems.add(path, node, Problems.say("noDomain"));
        }
        List<Node> nodes = list.orElse(List.of());
        for (int i = 0; i < nodes.size(); i++) {
            String domainPath = Problems.index(path, i);
            values.map(nodes.get(i), domainPath, DOMAIN_KEYS).ifPresent(map -> domains.add(domain(map)));
        }
        return domains;
    }

    private Domain domain(YamlMap map) {
        String code = unique(map, domainCodes, "domain");
        LocalizedText title = map.required("title").map(n -> values.text(n, map.path("title"))).orElse(LocalizedText.EMPTY);
        double weight = weight(map);
        List<Item> items = new ArrayList<>();
        map.required("items").flatMap(n -> {
            Optional<List<Node>> list = values.list(n, map.path("items"));
            if (list.isPresent() && list.get().isEmpty()) {
                problems.add(map.path("items"), n, Problems.say("noItem"));
            }
            return list;
        }).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                values.map(list.get(i), Problems.index(map.path("items"), i), ITEM_KEYS).ifPresent(m -> items.add(item(m)));
            }
        });
        return new Domain(code, title, weight, items);
    }

    private Item item(YamlMap map) {
        String code = unique(map, itemCodes, "item");
        LocalizedText text = map.required("text").map(n -> values.text(n, map.path("text"))).orElse(LocalizedText.EMPTY);
        LocalizedText guidance = map.optional("guidance").map(n -> values.text(n, map.path("guidance")))
                .orElse(LocalizedText.EMPTY);
        boolean critical = flag(map, "critical").orElse(false);
        double weight = weight(map);
        boolean evidenceRequired = flag(map, "evidenceRequired").orElse(critical);
        boolean naAllowed = flag(map, "naAllowed").orElse(!critical);
        List<LocalizedText> examples = new ArrayList<>();
        List<ActionTemplate> actions = new ArrayList<>();
        List<String> replaces = new ArrayList<>();
        eachOf(map, "evidenceExamples", (node, path) -> examples.add(values.text(node, path)));
        eachOf(map, "actions", (node, path) -> values.map(node, path, ACTION_KEYS).ifPresent(m -> actions.add(action(m))));
        eachOf(map, "replaces", (node, path) -> values.code(node, path, CODE).ifPresent(replaced -> {
            if (replaces.contains(replaced)) {
                problems.add(path, node, Problems.say("duplicateReplaces", replaced));
            }
            replaces.add(replaced);
        }));
        if (map.raw("replaces") == null) {
            replaces.add(code);
        }
        return new Item(code, text, guidance, critical, weight, evidenceRequired, naAllowed, examples, actions, replaces);
    }

    private ActionTemplate action(YamlMap map) {
        LocalizedText text = map.required("text").map(n -> values.text(n, map.path("text"))).orElse(LocalizedText.EMPTY);
        LocalizedText ownerRole = map.optional("ownerRole").map(n -> values.text(n, map.path("ownerRole")))
                .orElse(LocalizedText.EMPTY);
        Integer days = map.optional("timeframeDays").flatMap(n -> values.wholeNumber(n, map.path("timeframeDays")))
                .orElse(null);
        if (days != null && days <= 0) {
            problems.add(map.path("timeframeDays"), map.raw("timeframeDays"), Problems.say("timeframeDays"));
        }
        return new ActionTemplate(text, ownerRole, days);
    }

    /** The required code of a domain or item, reported when it repeats one seen before. */
    private String unique(YamlMap map, Map<String, String> seen, String kind) {
        Optional<String> code = map.required("code").flatMap(n -> values.code(n, map.path("code"), CODE));
        if (code.isPresent() && seen.putIfAbsent(code.get(), map.path("code")) != null) {
            problems.add(map.path("code"), map.raw("code"), Problems.say("duplicate." + kind, code.get()));
        }
        return code.orElse("");
    }

    private double weight(YamlMap map) {
        Optional<Double> weight = map.optional("weight").flatMap(n -> values.number(n, map.path("weight")));
        if (weight.isPresent() && weight.get() <= 0) {
            problems.add(map.path("weight"), map.raw("weight"), Problems.say("weight"));
            return 1;
        }
        return weight.orElse(1.0);
    }

    private Optional<Boolean> flag(YamlMap map, String key) {
        return map.optional(key).flatMap(n -> values.bool(n, map.path(key)));
    }

    private void eachOf(YamlMap map, String key, ElementReader reader) {
        map.optional(key).flatMap(n -> values.list(n, map.path(key))).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                reader.read(list.get(i), Problems.index(map.path(key), i));
            }
        });
    }

    @FunctionalInterface
    private interface ElementReader {
        void read(Node node, String path);
    }
}
