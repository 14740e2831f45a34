package org.childsafe.framework.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;

/**
 * What changed, item by item, from one version of a framework to the next. An item of the next
 * version <em>carries on</em> the items of the previous version that its {@code replaces} lists (by
 * default its own code); carried-on items allow like-for-like trends across versions.
 *
 * @param added     codes of next-version items that carry on no previous item, in next-version order
 * @param removed   codes of previous-version items that no next-version item carries on, in previous order
 * @param changed   next-version items that carry on a previous item but differ from it in text, guidance,
 *                  critical or weight, in next-version order
 * @param carriedOn every next-version item that carries on previous items, with their codes, in
 *                  next-version order (includes the changed ones and items kept under the same code)
 */
public record FrameworkDiff(
        List<String> added,
        List<String> removed,
        List<ChangedItem> changed,
        List<CarriedItem> carriedOn) {

    /** The fields compared for {@link #changed}. */
    public static final List<String> COMPARED_FIELDS = List.of("text", "guidance", "critical", "weight");

    public FrameworkDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        carriedOn = List.copyOf(carriedOn);
    }

    /**
     * A next-version item that differs from a previous item it carries on.
     *
     * @param fields the differing fields among {@link #COMPARED_FIELDS}, in that order
     */
    public record ChangedItem(String code, List<String> previousCodes, List<String> fields) {
        public ChangedItem {
            previousCodes = List.copyOf(previousCodes);
            fields = List.copyOf(fields);
        }
    }

    /** A next-version item and the previous-version items it carries on. */
    public record CarriedItem(String code, List<String> previousCodes) {
        public CarriedItem {
            previousCodes = List.copyOf(previousCodes);
        }
    }

    /** Compares two versions of one framework (the codes of the frameworks are not checked). */
    public static FrameworkDiff between(Framework previous, Framework next) {
        Map<String, Item> previousItems = new LinkedHashMap<>();
        previous.items().forEach(item -> previousItems.putIfAbsent(item.code(), item));
        List<String> added = new ArrayList<>();
        List<ChangedItem> changed = new ArrayList<>();
        List<CarriedItem> carriedOn = new ArrayList<>();
        Set<String> carried = new HashSet<>();
        next.items().forEach(item -> {
            List<String> previousCodes = item.replaces().stream().filter(previousItems::containsKey).toList();
            if (previousCodes.isEmpty()) {
                added.add(item.code());
                return;
            }
            carried.addAll(previousCodes);
            carriedOn.add(new CarriedItem(item.code(), previousCodes));
            List<String> fields = differingFields(item, previousCodes.stream().map(previousItems::get).toList());
            if (!fields.isEmpty()) {
                changed.add(new ChangedItem(item.code(), previousCodes, fields));
            }
        });
        List<String> removed = previousItems.keySet().stream().filter(code -> !carried.contains(code)).toList();
        return new FrameworkDiff(added, removed, changed, carriedOn);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public List<String> changedCodes() {
        return changed.stream().map(ChangedItem::code).toList();
    }

    public List<String> carriedOnCodes() {
        return carriedOn.stream().map(CarriedItem::code).toList();
    }

    private static List<String> differingFields(Item item, List<Item> previousItems) {
        Map<String, Function<Item, Object>> fields = new LinkedHashMap<>();
        fields.put("text", Item::text);
        fields.put("guidance", Item::guidance);
        fields.put("critical", Item::critical);
        fields.put("weight", Item::weight);
        return fields.entrySet().stream()
                .filter(field -> previousItems.stream()
                        .anyMatch(old -> !field.getValue().apply(old).equals(field.getValue().apply(item))))
                .map(Map.Entry::getKey)
                .toList();
    }
}
