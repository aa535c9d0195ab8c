package org.learnloop.people;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.learnloop.shared.web.DatabaseOutage;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a person whose password was set by someone else (the first administrator, or anyone
 * an administrator added or gave a new one-time password) until they have chosen their own, and
 * keeps a signed-in session true to the person as they are now.
 */
final class AccountFilters {

    static final String CHANGE_PASSWORD_PAGE = "/account/password";
    static final String CHANGE_PASSWORD_API = "/api/v1/me/password";

    /** What a person with a one-time password may still reach: the form to change it, and the way out. */
    private static final List<String> ALLOWED_WHILE_CHANGING = List.of(CHANGE_PASSWORD_PAGE, "/logout", "/login",
            "/error");
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/favicon.ico");

    private AccountFilters() {
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Accounts.SignedInPerson signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Accounts.SignedInPerson person
                ? person : null;
    }

    /**
     * Pages. Every request of a session reads the person again (one lookup by id), so that an
     * administrator's change takes effect at once: a new role or services on the next page, a
     * person stopped from signing in, or given a new one-time password, signed out. Then, until a
     * one-time password is changed, every page leads to the form that changes it. While the
     * database cannot be reached, the session's person stands.
     */
    static final class PageAccountFilter extends OncePerRequestFilter {

        private final Accounts accounts;
        private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

        PageAccountFilter(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = path(request);
            return STATIC.stream().anyMatch(path::startsWith);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Accounts.SignedInPerson session = signedIn();
            if (session == null) {
                chain.doFilter(request, response);
                return;
            }
            Accounts.SignedInPerson current;
            try {
                current = accounts.findById(session.actor().personId()).orElse(null);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.causedBy(e)) {
                    throw e;
                }
                // While the database cannot be reached nobody can change this person either, and a
                // page that shows or saves records answers "try again": going on as the session
                // knows them lets the report form keep what was typed.
                current = session;
            }
            if (current == null || !current.isEnabled()
                    || (current.mustChangePassword() && !session.mustChangePassword())) {
                signOut(request, response);
                return;
            }
            if (!current.sameAs(session)) {
                Authentication previous = SecurityContextHolder.getContext().getAuthentication();
                var fresh = UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
                fresh.setDetails(previous.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
            if (current.mustChangePassword() && !ALLOWED_WHILE_CHANGING.contains(path(request))) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
                return;
            }
            chain.doFilter(request, response);
        }

        private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
        }
    }

    /** The API: a person with a one-time password may only change it; everything else answers 403. */
    static final class ApiPasswordChangeFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Accounts.SignedInPerson person = signedIn();
            if (person != null && person.mustChangePassword() && !CHANGE_PASSWORD_API.equals(path(request))) {
                SecurityConfiguration.problem(response, HttpStatus.FORBIDDEN, "Change your password",
                        "Your password was set by someone else. Choose your own with POST " + CHANGE_PASSWORD_API
                                + " before doing anything else.");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
