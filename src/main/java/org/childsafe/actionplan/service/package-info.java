/** Action plan use cases: read an assessment's plan (regenerated and merged on read) and change its actions. */
package org.childsafe.actionplan.service;
