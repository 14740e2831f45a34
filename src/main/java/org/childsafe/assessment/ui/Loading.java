package org.childsafe.assessment.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.kernel.Actor;
import org.childsafe.uikit.CurrentUser;

import java.util.Optional;
import java.util.function.BiFunction;

/** Loads the assessment named by the {@code :id} route parameter, or shows "page not found". */
final class Loading {

    private Loading() {
    }

    static Optional<AssessmentDetails> details(AssessmentQueries service, BeforeEnterEvent event) {
        return load(event, service::details);
    }

    /** The assessment with the result it shows. */
    static Optional<AssessmentQueries.WithResult> withResult(AssessmentQueries service, BeforeEnterEvent event) {
        return load(event, service::withResult);
    }

    private static <T> Optional<T> load(BeforeEnterEvent event, BiFunction<Actor, Long, T> read) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            return Optional.of(read.apply(CurrentUser.require(), id));
        } catch (NumberFormatException | org.childsafe.kernel.NotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
