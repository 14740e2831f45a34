/**
 * The checklist model: a framework version with its domains, items, answer scale and bands.
 * Immutable records with no I/O and no Micronaut, Vaadin or JDBC imports.
 */
package org.childsafe.framework.domain;
