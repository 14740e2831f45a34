package org.childsafe.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.i18n.I18NProvider;
import org.childsafe.assessment.domain.AssessmentStatus;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.domain.ScaleOption;
import org.childsafe.scoring.ItemFlag;
import org.childsafe.scoring.ScoreResult;
import org.childsafe.scoring.Scoring;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words for codes: answer options, statuses, bands, ratings and flags, in the UI language. */
final class Labels {

    /** Built-in option codes; their labels come from the bundle, not the framework file. */
    static final Set<String> BUILT_IN_OPTIONS = Set.of("met", "partial", "not_met", "always", "mostly", "sometimes",
            "rarely", "never", ScaleOption.DONT_KNOW, ScaleOption.NOT_APPLICABLE);
    /** Where most of ChildSafe's people are; used until the browser has told its own time zone. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Bangkok");

    private Labels() {
    }

    static String t(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String text(LocalizedText text) {
        return text.get(locale());
    }

    /** An option's label: the framework's own label for inline scales, else the translated built-in one. */
    static String option(Scale scale, String code) {
        if (code == null) {
            return t("answer.none");
        }
        LocalizedText label = scale.option(code).map(ScaleOption::label).orElse(LocalizedText.EMPTY);
        if (!label.isEmpty()) {
            return label.get(locale());
        }
        return BUILT_IN_OPTIONS.contains(code) ? t("answer.option." + code) : code;
    }

    static String status(AssessmentStatus status) {
        return t("assessment.status." + status.code());
    }

    static Span statusBadge(AssessmentStatus status) {
        Span badge = new Span(status(status));
        badge.addClassNames("cs-badge", "cs-status-" + status.code());
        return badge;
    }

    static String band(String code) {
        return code == null ? t("result.none") : optional("result.band." + code, code);
    }

    static String rating(String code) {
        if (code == null) {
            return t("result.none");
        }
        return Scoring.CRITICAL_GAPS.equals(code) ? t("result.rating.critical_gaps") : band(code);
    }

    static String flag(ItemFlag flag) {
        return t("result.flag." + flag.code());
    }

    /** A score as shown: rounded half-up to one decimal (docs/scoring.md rule 10), "–" when there is none. */
    static String score(Double unrounded) {
        Double rounded = ScoreResult.round(unrounded);
        return rounded == null ? "–" : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** "P1", "P1 and E2", "P1, E2 and A1" in the UI language. */
    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        String head = String.join(", ", parts.subList(0, parts.size() - 1));
        return head + t("list.and") + parts.get(parts.size() - 1);
    }

    /** Hours and minutes in the browser's time zone once known (asked for on attach), else Thailand's. */
    static String time(Instant instant) {
        ZoneId zone = DEFAULT_ZONE;
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getInternals().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null) {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException ignored) {
                zone = DEFAULT_ZONE;
            }
        }
        return DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(instant);
    }

    /** Asks the browser for its time zone once per UI, so {@link #time} can use it. */
    static void learnTimeZone(UI ui) {
        if (ui.getInternals().getExtendedClientDetails() == null) {
            ui.getPage().retrieveExtendedClientDetails(details -> { });
        }
    }

    private static String optional(String key, String fallback) {
        String text = t(key);
        return text.startsWith("!") ? fallback : text;
    }
}
