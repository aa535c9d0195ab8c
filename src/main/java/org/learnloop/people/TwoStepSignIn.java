package org.learnloop.people;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signing in on the sign-in page, in one step or two. Someone without two-step verification is
 * signed in by the right password. Someone with it is not: the right password only starts a
 * sign-in, held in their session for {@link PeopleSettings#signInCodeTimeout()}, in which every
 * page leads to the page that asks for the code from their authenticator app. Until the code is
 * right they are not signed in at all, so nothing else in Learnloop treats them as if they were.
 * A wrong code counts as a failed sign-in, towards the lockout. The session gets a new id when the
 * password is right and again when the code is.
 */
final class TwoStepSignIn {

    static final String SIGN_IN_PAGE = "/login";
    static final String CODE_PAGE = "/login/code";
    static final String HOME = "/";

    /** The session attribute of a sign-in that waits for its code. */
    static final String PENDING = TwoStepSignIn.class.getName() + ".PENDING";

    /** What a person waiting to enter their code may still reach: the code page, and the ways out. */
    private static final List<String> ALLOWED_WHILE_PENDING = List.of(CODE_PAGE, SIGN_IN_PAGE, "/logout", "/error");
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/favicon.ico");

    private static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    private TwoStepSignIn() {
    }

    /** A sign-in whose password was right, waiting for the code. Holds no secret. */
    record Pending(UUID personId, Instant since) implements Serializable {
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        response.sendRedirect(request.getContextPath() + target);
    }

    private static String lockedPage(int minutes) {
        return SIGN_IN_PAGE + "?error&locked=" + minutes;
    }

    /** After the right password: signed in, or on to the code page. */
    static final class SuccessHandler implements AuthenticationSuccessHandler {

        private final Clock clock;

        SuccessHandler(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException {
            Accounts.SignedInPerson person = (Accounts.SignedInPerson) authentication.getPrincipal();
            HttpSession session = request.getSession();
            session.removeAttribute(PENDING);
            if (!person.twoStep()) {
                redirect(request, response, HOME);
                return;
            }
            SecurityContext notYet = SecurityContextHolder.createEmptyContext();
            SecurityContextHolder.setContext(notYet);
            CONTEXTS.saveContext(notYet, request, response);
            session.setAttribute(PENDING, new Pending(person.actor().personId(), clock.instant()));
            redirect(request, response, CODE_PAGE);
        }
    }

    /** A wrong password, or any password while locked: back to the sign-in page, saying which. */
    static final class FailureHandler implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(PENDING);
            }
            SignInFailure.rememberUsername(request);
            redirect(request, response, exception instanceof SignInProvider.LockedOut locked
                    ? lockedPage(locked.minutes()) : SIGN_IN_PAGE + "?error");
        }
    }

    /**
     * Holds a sign-in that waits for its code on the code page, and takes the code posted there.
     * Runs after the sign-in form's own filter, so a new password starts afresh.
     */
    static final class CodeFilter extends OncePerRequestFilter {

        private final Accounts accounts;
        private final SignInAttempts attempts;
        private final PeopleSettings settings;
        private final Clock clock;
        private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

        CodeFilter(Accounts accounts, SignInAttempts attempts, PeopleSettings settings, Clock clock) {
            this.accounts = accounts;
            this.attempts = attempts;
            this.settings = settings;
            this.clock = clock;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = path(request);
            return STATIC.stream().anyMatch(path::startsWith);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = path(request);
            HttpSession session = request.getSession(false);
            Pending pending = session != null && session.getAttribute(PENDING) instanceof Pending p ? p : null;
            if (pending != null && !clock.instant().isBefore(pending.since().plus(settings.signInCodeTimeout()))) {
                session.removeAttribute(PENDING);
                if (CODE_PAGE.equals(path)) {
                    redirect(request, response, SIGN_IN_PAGE + "?timeout");
                    return;
                }
                pending = null;
            }
            if (pending == null) {
                if (CODE_PAGE.equals(path)) {
                    redirect(request, response, SIGN_IN_PAGE);
                    return;
                }
                chain.doFilter(request, response);
                return;
            }
            if (CODE_PAGE.equals(path) && "POST".equals(request.getMethod())) {
                confirm(request, response, session, pending);
                return;
            }
            if (ALLOWED_WHILE_PENDING.contains(path)) {
                chain.doFilter(request, response);
                return;
            }
            redirect(request, response, CODE_PAGE);
        }

        private void confirm(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                Pending pending) throws IOException {
            String code = request.getParameter("code");
            if (code == null || code.isBlank()) {
                redirect(request, response, CODE_PAGE + "?missing");
                return;
            }
            var person = accounts.findById(pending.personId()).filter(Accounts.SignedInPerson::isEnabled).orElse(null);
            if (person == null) {
                session.removeAttribute(PENDING);
                redirect(request, response, SIGN_IN_PAGE + "?error");
                return;
            }
            SignInAttempts.Outcome outcome = attempts.code(person.actor(), code);
            if (outcome instanceof SignInAttempts.Outcome.Locked locked) {
                session.removeAttribute(PENDING);
                redirect(request, response, lockedPage(locked.minutesLeft(clock.instant())));
                return;
            }
            if (!(outcome instanceof SignInAttempts.Outcome.Accepted)) {
                redirect(request, response, CODE_PAGE + "?error");
                return;
            }
            session.removeAttribute(PENDING);
            request.changeSessionId();
            new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
            var signedIn = UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
            signedIn.setDetails(details.buildDetails(request));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            CONTEXTS.saveContext(context, request, response);
            redirect(request, response, HOME);
        }
    }
}
