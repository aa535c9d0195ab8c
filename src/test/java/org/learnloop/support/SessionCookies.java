package org.learnloop.support;

import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Lets a page test's {@link MockHttpSession} stand for the browser. Learnloop keeps sessions in the
 * database (Spring Session), found by the {@value #COOKIE} cookie, so the servlet container's
 * session that a test passes with {@code .session(...)} is never the signed-in session itself.
 * Instead it carries the cookie, as a browser would: the cookie Learnloop sets is kept in it after
 * each request and sent with the next one made with it, and a cookie Learnloop clears (sign-out)
 * is dropped. Registered for every test's MockMvc as a test-only auto-configuration.
 */
@AutoConfiguration
public class SessionCookies {

    /** The cookie that names a session (Spring Session's default). */
    public static final String COOKIE = "SESSION";

    private static final String KEPT = SessionCookies.class.getName() + ".cookie";

    @Bean
    MockMvcBuilderCustomizer sessionCookieCarrier() {
        return builder -> builder
                .defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
                    HttpSession session = request.getSession(false);
                    boolean sent = request.getCookies() != null
                            && Arrays.stream(request.getCookies()).anyMatch(c -> COOKIE.equals(c.getName()));
                    if (session != null && !sent && session.getAttribute(KEPT) instanceof String value) {
                        Cookie[] before = request.getCookies() == null ? new Cookie[0] : request.getCookies();
                        request.setCookies(Stream.concat(Arrays.stream(before), Stream.of(new Cookie(COOKIE, value)))
                                .toArray(Cookie[]::new));
                    }
                    return request;
                }))
                .alwaysDo(SessionCookies::keep);
    }

    /**
     * Keeps the cookie the response set in the request's session, which is created for it when the
     * test passed none (so {@code result.getRequest().getSession()} is the browser from then on).
     */
    private static void keep(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(COOKIE);
        if (cookie == null) {
            return;
        }
        boolean cleared = cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty();
        HttpSession session = result.getRequest().getSession(!cleared);
        if (session == null) {
            return;
        }
        if (cleared) {
            session.removeAttribute(KEPT);
        } else {
            session.setAttribute(KEPT, cookie.getValue());
        }
    }

    /** The session cookie this test "browser" holds now, or null when it holds none (never signed in, or signed out). */
    public static String of(MockHttpSession browser) {
        return browser.getAttribute(KEPT) instanceof String value ? value : null;
    }
}
