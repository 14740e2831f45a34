package org.childsafe.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.AssessmentStatus;

import java.util.ArrayList;
import java.util.List;

/** The notices above the checklist: the auditor's comment when returned, and why there are no inputs. */
final class WalkBanners {

    private WalkBanners() {
    }

    static List<Component> of(Assessment assessment, boolean editable) {
        List<Component> out = new ArrayList<>();
        if (assessment.status() == AssessmentStatus.RETURNED && assessment.returnComment() != null) {
            Div returned = new Div(new Paragraph(Labels.t("walk.returned", assessment.returnComment())));
            returned.setId("returned-banner");
            returned.addClassNames("cs-banner", "cs-banner-warning");
            out.add(returned);
        }
        if (!editable) {
            boolean locked = !assessment.status().editable();
            Div readOnly = new Div(new Paragraph(locked
                    ? Labels.t("walk.readOnly.locked", Labels.status(assessment.status()))
                    : Labels.t("walk.readOnly.notYours")));
            RouterLink result = new RouterLink(Labels.t("walk.toResult"), AssessmentResultView.class,
                    new RouteParameters("id", String.valueOf(assessment.id())));
            result.setId("to-result");
            readOnly.add(result);
            readOnly.setId("read-only-banner");
            readOnly.addClassName("cs-banner");
            out.add(readOnly);
        }
        return out;
    }
}
