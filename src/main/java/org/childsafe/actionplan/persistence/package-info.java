/** Stored actions of action plans (table {@code action_item}), mapped explicitly to domain records. */
package org.childsafe.actionplan.persistence;
