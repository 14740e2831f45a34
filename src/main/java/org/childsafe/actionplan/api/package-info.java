/** REST API of action plans: list and change actions, download the plan and the answers. */
package org.childsafe.actionplan.api;
