/** Sign-in, users, passwords and the first administrator. */
package org.childsafe.identity.service;
