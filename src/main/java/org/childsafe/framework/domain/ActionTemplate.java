package org.childsafe.framework.domain;

/**
 * A suggested improvement action for an item that is not fully met.
 *
 * @param ownerRole     optional ({@link LocalizedText#EMPTY} when absent), e.g. "Director"
 * @param timeframeDays optional, > 0; null when absent
 */
public record ActionTemplate(LocalizedText text, LocalizedText ownerRole, Integer timeframeDays) {
}
