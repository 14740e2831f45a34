/** API sign-in (HTTP Basic), the acting person of a request, and the users endpoints. */
package org.childsafe.identity.api;
