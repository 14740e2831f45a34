/** Pure rules of rounds: like-for-like comparison of two stored results, and the dashboard's markers. */
package org.childsafe.rounds.domain;
