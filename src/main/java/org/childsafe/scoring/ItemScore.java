package org.childsafe.scoring;

import java.util.List;

/**
 * One item's part of a result.
 *
 * @param code       item code
 * @param domainCode code of the item's domain
 * @param critical   whether the item is a minimum requirement
 * @param weight     the item's weight
 * @param answer     the answer scored (effective or self, by perspective); null when unanswered
 * @param value      v in [0, 1] after the evidence gate; null when not applicable or unanswered
 * @param flags      remarks, in {@link ItemFlag} order
 */
public record ItemScore(
        String code,
        String domainCode,
        boolean critical,
        double weight,
        String answer,
        Double value,
        List<ItemFlag> flags) {

    public ItemScore {
        flags = List.copyOf(flags);
    }

    /** Answered and not N/A: the item counts in its domain score. */
    public boolean applicable() {
        return value != null;
    }

    public boolean has(ItemFlag flag) {
        return flags.contains(flag);
    }

    public List<String> flagCodes() {
        return flags.stream().map(ItemFlag::code).toList();
    }
}
