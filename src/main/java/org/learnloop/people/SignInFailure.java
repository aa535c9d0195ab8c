package org.learnloop.people;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A sign-in that failed sends the person back to the form, which says so beside the username. The
 * username they typed is kept for that one showing of the form, so that they need only correct
 * what was wrong; the password never is.
 */
public final class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

    private static final String USERNAME = SignInFailure.class.getName() + ".username";
    private static final int LONGEST_USERNAME = 200;

    SignInFailure() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        if (username != null) {
            String kept = username.strip();
            request.getSession().setAttribute(USERNAME,
                    kept.length() > LONGEST_USERNAME ? kept.substring(0, LONGEST_USERNAME) : kept);
        }
        super.onAuthenticationFailure(request, response, exception);
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
