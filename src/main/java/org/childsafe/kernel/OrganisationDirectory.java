package org.childsafe.kernel;

import java.util.List;

/**
 * The names of organisations, for the screens of features that the organisation feature itself builds
 * on (people and the audit trail). The organisation feature implements it, so those features can show
 * and choose organisations without depending on it.
 */
public interface OrganisationDirectory {

    /** An organisation as a choice in a list: its id and name. */
    record Entry(long id, String name) {
    }

    /** Every organisation, ordered by name. */
    List<Entry> all();
}
