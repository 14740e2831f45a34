package org.childsafe.kernel;

/**
 * An administrator deactivated or activated an organisation. Published in the transaction of the change,
 * so that the people linked to it start again with what they may now do (their sessions end).
 */
public record OrganisationStatusChanged(long organisationId, boolean active) {
}
