/** The action plan page of an assessment: grouped, editable actions with filters, progress and downloads. */
package org.childsafe.actionplan.ui;
