package org.childsafe.framework.domain;

import java.util.List;

/**
 * One checklist statement. Defaults (docs/framework-format.md): weight 1, critical false,
 * evidenceRequired = critical, naAllowed = !critical, replaces = [own code].
 *
 * @param guidance         optional ({@link LocalizedText#EMPTY} when absent)
 * @param evidenceExamples possibly empty
 * @param actions          action templates used when the item is not fully met; possibly empty
 * @param replaces         codes of the previous version's items this one carries on
 */
public record Item(
        String code,
        LocalizedText text,
        LocalizedText guidance,
        boolean critical,
        double weight,
        boolean evidenceRequired,
        boolean naAllowed,
        List<LocalizedText> evidenceExamples,
        List<ActionTemplate> actions,
        List<String> replaces) {

    public Item {
        evidenceExamples = List.copyOf(evidenceExamples);
        actions = List.copyOf(actions);
        replaces = List.copyOf(replaces);
    }
}
