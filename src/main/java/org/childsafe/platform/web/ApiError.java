package org.childsafe.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The JSON body of every API error (contracts.md section 4): {@code {"error": "...", "details": [...]}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiError(String error, List<Detail> details) {

    public ApiError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static ApiError of(String error) {
        return new ApiError(error, List.of());
    }

    /**
     * One specific problem.
     *
     * @param path    what it concerns: a JSON field, a YAML path such as {@code domains[1].items[3].code}, an item code
     * @param line    the line of an uploaded file, where known
     * @param message a plain sentence saying what is wrong and what to do
     */
    @Serdeable
    public record Detail(String path, Integer line, String message) {
        public static Detail of(String path, String message) {
            return new Detail(path, null, message);
        }
    }
}
