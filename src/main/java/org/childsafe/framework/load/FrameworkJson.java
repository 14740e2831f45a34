package org.childsafe.framework.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.ScaleOption;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The canonical form of a framework: ordered maps ({@link LinkedHashMap}) and lists with the keys of
 * the framework file (docs/framework-format.md), ready to be serialised as JSON by the REST API or as
 * YAML for export. Parsing the YAML form again gives an equal {@link Framework}.
 *
 * <p>Shape: every default is written out ({@code indicative}, {@code bands}, each domain's
 * {@code weight}, each item's {@code critical}, {@code weight}, {@code evidenceRequired},
 * {@code naAllowed}, {@code evidenceExamples}, {@code actions} and {@code replaces}). The scale is always
 * the full inline shape {@code {id, options: [{code, value, label}]}}, built-in scales included, with
 * {@code dont_know} and {@code na} listed. Texts are maps of language to text. Numbers are
 * {@link Double}s, except {@code timeframeDays} ({@link Integer}). Every map and list is a fresh mutable
 * instance (no sharing, so a YAML dump has no anchors). Absent optional values are left out,
 * never written as null: {@code description}, {@code publisher}, {@code source}, {@code licence},
 * {@code guidance}, an action's {@code ownerRole} and {@code timeframeDays}, an option's {@code label},
 * and the value of {@code na}.
 */
public final class FrameworkJson {

    private FrameworkJson() {
    }

    public static Map<String, Object> toMap(Framework framework) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("framework", framework.code());
        map.put("version", framework.version());
        map.put("title", text(framework.title()));
        putText(map, "description", framework.description());
        putPresent(map, "publisher", framework.publisher());
        putPresent(map, "source", framework.source());
        putPresent(map, "licence", framework.licence());
        map.put("indicative", framework.indicative());
        map.put("scale", scale(framework));
        map.put("bands", framework.bands().stream().map(FrameworkJson::band).collect(Collectors.toCollection(ArrayList::new)));
        map.put("domains", framework.domains().stream().map(FrameworkJson::domain).collect(Collectors.toCollection(ArrayList::new)));
        return map;
    }

    /** The canonical form as a YAML file, in block style. */
    public static String toYaml(Framework framework) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(toMap(framework));
    }

    private static Map<String, Object> scale(Framework framework) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", framework.scale().id());
        List<Object> options = new ArrayList<>();
        for (ScaleOption option : framework.scale().options()) {
            Map<String, Object> optionMap = new LinkedHashMap<>();
            optionMap.put("code", option.code());
            putPresent(optionMap, "value", option.value());
            putText(optionMap, "label", option.label());
            options.add(optionMap);
        }
        map.put("options", options);
        return map;
    }

    private static Map<String, Object> band(Band band) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", band.code());
        map.put("min", band.min());
        return map;
    }

    private static Map<String, Object> domain(Domain domain) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", domain.code());
        map.put("title", text(domain.title()));
        map.put("weight", domain.weight());
        map.put("items", domain.items().stream().map(FrameworkJson::item).collect(Collectors.toCollection(ArrayList::new)));
        return map;
    }

    private static Map<String, Object> item(Item item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", item.code());
        map.put("text", text(item.text()));
        putText(map, "guidance", item.guidance());
        map.put("critical", item.critical());
        map.put("weight", item.weight());
        map.put("evidenceRequired", item.evidenceRequired());
        map.put("naAllowed", item.naAllowed());
        map.put("evidenceExamples", item.evidenceExamples().stream().map(FrameworkJson::text).collect(Collectors.toCollection(ArrayList::new)));
        map.put("actions", item.actions().stream().map(FrameworkJson::action).collect(Collectors.toCollection(ArrayList::new)));
        map.put("replaces", new ArrayList<>(item.replaces()));
        return map;
    }

    private static Map<String, Object> action(ActionTemplate action) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", text(action.text()));
        putText(map, "ownerRole", action.ownerRole());
        putPresent(map, "timeframeDays", action.timeframeDays());
        return map;
    }

    private static Map<String, Object> text(LocalizedText text) {
        return new LinkedHashMap<>(text.values());
    }

    private static void putText(Map<String, Object> map, String key, LocalizedText text) {
        if (!text.isEmpty()) {
            map.put(key, text(text));
        }
    }

    private static void putPresent(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
