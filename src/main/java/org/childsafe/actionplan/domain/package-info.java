/**
 * The action plan of docs/action-plan.md as pure functions: {@link org.childsafe.actionplan.domain.ActionPlanGenerator}
 * turns an effective score result into ordered actions, and {@link org.childsafe.actionplan.domain.ActionPlanMerge}
 * reconciles a new plan with the actions already stored so that what people wrote is kept.
 * Plain Java records and functions: no Micronaut, Vaadin, JDBC or I/O.
 */
package org.childsafe.actionplan.domain;
