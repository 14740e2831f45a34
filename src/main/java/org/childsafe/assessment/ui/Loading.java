package org.childsafe.assessment.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.uikit.CurrentUser;

import java.util.Optional;

/** Loads the assessment named by the {@code :id} route parameter, or shows "page not found". */
final class Loading {

    private Loading() {
    }

    static Optional<AssessmentDetails> details(AssessmentQueries service, BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            return Optional.of(service.details(CurrentUser.require(), id));
        } catch (NumberFormatException | org.childsafe.kernel.NotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }

    /** The assessment with the result it shows, or "page not found". */
    static Optional<AssessmentQueries.WithResult> withResult(AssessmentQueries service, BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            return Optional.of(service.withResult(CurrentUser.require(), id));
        } catch (NumberFormatException | org.childsafe.kernel.NotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
