/** REST API plumbing shared by every feature: the error shape, exception mapping and the health check. */
package org.childsafe.platform.web;
