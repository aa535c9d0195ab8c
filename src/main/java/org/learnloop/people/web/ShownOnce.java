package org.learnloop.people.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;

/**
 * A secret shown once (a one-time password, a new API token) is shown in the answer to the form
 * that made it, never carried to the next page through the session: sessions are kept in the
 * database, so a redirect's flash attributes would write the secret there, readable by anyone who
 * can read that table or its backups. The answer itself must not be kept either, by the browser or
 * anything in between.
 */
final class ShownOnce {

    private ShownOnce() {
    }

    /** Tells the browser, and any proxy, not to store this answer. */
    static void doNotStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }
}
