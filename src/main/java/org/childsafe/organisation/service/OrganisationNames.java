package org.childsafe.organisation.service;

import jakarta.inject.Singleton;
import org.childsafe.kernel.OrganisationDirectory;

import java.util.List;

/** The organisation list behind {@link OrganisationDirectory}, for the users and audit screens. */
@Singleton
public class OrganisationNames implements OrganisationDirectory {

    private final OrganisationService organisations;

    public OrganisationNames(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<Entry> all() {
        return organisations.list().stream().map(o -> new Entry(o.id(), o.name())).toList();
    }
}
