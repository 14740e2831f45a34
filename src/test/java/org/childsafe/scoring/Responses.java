package org.childsafe.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;

/**
 * Builds an assessment's responses. Answers carry evidence unless {@link #withoutEvidence} says otherwise
 * (as in the worked examples: "unless stated, met critical items carry evidence").
 */
public final class Responses {

    private final Map<String, ItemResponse> byItem = new LinkedHashMap<>();

    private Responses() {
    }

    public static Responses none() {
        return new Responses();
    }

    public static Responses allMet(Framework framework) {
        return all(framework, "met");
    }

    public static Responses all(Framework framework, String answer) {
        Responses responses = new Responses();
        framework.items().map(Item::code).forEach(code -> responses.answer(answer, code));
        return responses;
    }

    public Responses answer(String answer, String... itemCodes) {
        for (String code : itemCodes) {
            byItem.put(code, new ItemResponse(code, answer, null, true, null));
        }
        return this;
    }

    public Responses na(String itemCode, String reason) {
        byItem.put(itemCode, new ItemResponse(itemCode, "na", reason, false, null));
        return this;
    }

    public Responses unanswered(String... itemCodes) {
        for (String code : itemCodes) {
            byItem.remove(code);
        }
        return this;
    }

    public Responses withoutEvidence(String... itemCodes) {
        for (String code : itemCodes) {
            byItem.computeIfPresent(code, (c, r) -> r.withEvidence(false));
        }
        return this;
    }

    public Responses review(String itemCode, String answer) {
        byItem.compute(itemCode, (c, r) -> (r == null ? new ItemResponse(c, null, null, false, null) : r)
                .withReview(new Review(answer, "Checked on site")));
        return this;
    }

    public List<ItemResponse> build() {
        return new ArrayList<>(byItem.values());
    }
}
