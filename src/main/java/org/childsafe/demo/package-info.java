/** Demo data for newcomers (app.demo): organisations, users of every role, assessments in several cycles. */
package org.childsafe.demo;
