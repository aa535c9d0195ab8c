package org.learnloop.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A sign-in that failed sends the person back to the form, which says so beside the username. The
 * username they typed is kept for that one showing of the form, so that they need only correct
 * what was wrong; the password never is.
 */
public final class SignInFailure {

    private static final String USERNAME = SignInFailure.class.getName() + ".username";
    private static final int LONGEST_USERNAME = 200;

    private SignInFailure() {
    }

    /** Keeps the username typed at a failed sign-in for the next showing of the form. */
    static void rememberUsername(HttpServletRequest request) {
        String username = request.getParameter("username");
        if (username != null) {
            String kept = username.strip();
            request.getSession().setAttribute(USERNAME,
                    kept.length() > LONGEST_USERNAME ? kept.substring(0, LONGEST_USERNAME) : kept);
        }
    }

    /** The username typed at the sign-in that has just failed, handed over once; empty if none. */
    public static String takeUsername(HttpSession session) {
        if (session == null) {
            return "";
        }
        Object username = session.getAttribute(USERNAME);
        session.removeAttribute(USERNAME);
        return username == null ? "" : username.toString();
    }
}
