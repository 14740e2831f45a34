package org.childsafe.actionplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.scoring.ItemFlag;
import org.childsafe.scoring.ItemScore;
import org.childsafe.scoring.ScoreResult;

/**
 * The action plan of docs/action-plan.md: one action per applicable item with v &lt; 1 after the evidence
 * gate, in order of priority, then critical before non-critical, then domain order, then item order.
 *
 * <p>Choices (all of them described in docs/action-plan.md):
 * <ul>
 *   <li>An item with several templates uses the first one (templates carry no trigger in the file format).</li>
 *   <li>A {@code claimed_not_evidenced} item gets the evidence action instead of its template, with no
 *       owner role and the priority's default due date.</li>
 *   <li>Items without templates get a default text in English and, when the item has Thai text, Thai:
 *       "Put this in place: …" (v = 0), "Put this fully in place: …" (0 &lt; v &lt; 1), or "Find out whether
 *       this is in place, and put it in place if not: …" for {@code dont_know}.</li>
 *   <li>Due date = assessment date + the template's {@code timeframeDays}, else + 30 / 90 / 180 days for
 *       urgent / high / normal ({@link Priority#defaultTimeframeDays()}).</li>
 *   <li>Texts are {@link LocalizedText}, so the language is chosen when they are shown, not here.</li>
 * </ul>
 */
public final class ActionPlanGenerator {

    private static final String THAI = "th";

    private ActionPlanGenerator() {
    }

    /**
     * @param framework       the pinned framework version the result was computed on
     * @param effectiveResult the effective (verified where reviewed) result; see {@code Perspective.EFFECTIVE}
     * @param assessmentDate  the date due dates are counted from
     * @throws IllegalArgumentException when the result names an item the framework does not have
     */
    public static List<PlannedAction> generate(Framework framework, ScoreResult effectiveResult, LocalDate assessmentDate) {
        Objects.requireNonNull(assessmentDate, "assessmentDate");
        Map<String, Item> items = new LinkedHashMap<>();
        framework.items().forEach(item -> items.put(item.code(), item));
        Map<String, Integer> position = new HashMap<>();
        items.keySet().forEach(code -> position.put(code, position.size()));

        List<PlannedAction> actions = new ArrayList<>();
        for (ItemScore scored : effectiveResult.items()) {
            if (!scored.applicable() || scored.value() >= 1) {
                continue;
            }
            Item item = items.get(scored.code());
            if (item == null) {
                throw new IllegalArgumentException("item " + scored.code() + " is not in framework "
                        + framework.code() + " " + framework.version());
            }
            actions.add(action(item, scored, assessmentDate));
        }
        actions.sort(Comparator.comparing(PlannedAction::priority)
                .thenComparing(PlannedAction::critical, Comparator.reverseOrder())
                .thenComparing(a -> position.get(a.itemCode())));
        return List.copyOf(actions);
    }

    private static PlannedAction action(Item item, ItemScore scored, LocalDate assessmentDate) {
        Priority priority = Priority.of(item.critical(), scored.value());
        LocalDate defaultDue = assessmentDate.plusDays(priority.defaultTimeframeDays());
        if (scored.has(ItemFlag.CLAIMED_NOT_EVIDENCED)) {
            return new PlannedAction(item.code(), scored.domainCode(), priority, item.critical(),
                    fromItemText(item, "Attach or produce the evidence for: ", "แนบหรือจัดทำหลักฐานสำหรับ: "),
                    LocalizedText.EMPTY, defaultDue, ActionKind.EVIDENCE);
        }
        if (!item.actions().isEmpty()) {
            ActionTemplate template = item.actions().get(0);
            LocalDate due = template.timeframeDays() == null ? defaultDue : assessmentDate.plusDays(template.timeframeDays());
            LocalizedText owner = template.ownerRole() == null ? LocalizedText.EMPTY : template.ownerRole();
            return new PlannedAction(item.code(), scored.domainCode(), priority, item.critical(), template.text(),
                    owner, due, ActionKind.TEMPLATE);
        }
        return new PlannedAction(item.code(), scored.domainCode(), priority, item.critical(), defaultText(item, scored),
                LocalizedText.EMPTY, defaultDue, ActionKind.DEFAULT);
    }

    private static LocalizedText defaultText(Item item, ItemScore scored) {
        if (scored.has(ItemFlag.DONT_KNOW)) {
            return fromItemText(item, "Find out whether this is in place, and put it in place if not: ",
                    "ตรวจสอบว่ามีการดำเนินการเรื่องนี้แล้วหรือไม่ และดำเนินการให้มีหากยังไม่มี: ");
        }
        if (scored.value() == 0) {
            return fromItemText(item, "Put this in place: ", "จัดให้มีเรื่องนี้: ");
        }
        return fromItemText(item, "Put this fully in place: ", "ดำเนินการเรื่องนี้ให้ครบถ้วน: ");
    }

    /** English always; Thai only when the item has Thai text (no half-translated sentences). */
    private static LocalizedText fromItemText(Item item, String english, String thai) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(LocalizedText.FALLBACK_LANGUAGE, english + item.text().get(LocalizedText.FALLBACK_LANGUAGE));
        if (item.text().has(THAI)) {
            texts.put(THAI, thai + item.text().get(THAI));
        }
        return new LocalizedText(texts);
    }
}
