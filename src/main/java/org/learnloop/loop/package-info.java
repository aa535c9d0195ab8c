/**
 * The closed loop, seen whole. Derives each event's stage (reported, triaged, under review,
 * acting, checking, sharing, closed) from the facts the other modules own, says what is still
 * missing, and composes the pages that look across the loop: an event with its whole story, the
 * reporter's "My reports", the list of events and the manager's "needs attention". It owns no
 * facts of its own: the stage is derived, never stored twice.
 */
@org.springframework.modulith.ApplicationModule
package org.learnloop.loop;
