package org.learnloop.people;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may come in, and how. Pages: form sign-in (with a code from an authenticator app for those
 * who turned two-step verification on), a session, CSRF protection. The API: HTTP Basic or a
 * personal token, no session, problem details for 401 and 403. Passwords are checked the same way
 * on both, with a lockout after too many failures in a row. Both send the same security headers:
 * a Content Security Policy that allows no inline script and no framing, no MIME sniffing, a
 * same-origin referrer, and HSTS on HTTPS.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    /** Browsers remember to use HTTPS only for a year; sent only on HTTPS responses. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts, ApiTokens tokens, SignInAttempts attempts,
            PasswordEncoder encoder, Clock clock) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(
                        new SignInProvider(accounts, attempts, encoder, clock, SignInAttempts.Route.API)))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorised))
                .addFilterBefore(new BearerTokenFilter(accounts, tokens), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountFilters.ApiPasswordChangeFilter(), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorised)
                        .accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
                                "Not allowed", "Your role may not do this.")))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * Pages. The sign-in form is checked by the same rules as HTTP Basic (lockout included); a
     * person with two-step verification then enters their code on {@value TwoStepSignIn#CODE_PAGE}
     * before they are signed in. The session id changes at sign-in, so that an id planted before
     * (session fixation) is worth nothing after.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, SignInAttempts attempts, PasswordEncoder encoder,
            PeopleSettings settings, Clock clock) throws Exception {
        http.authenticationManager(new ProviderManager(
                        new SignInProvider(accounts, attempts, encoder, clock, SignInAttempts.Route.PAGE)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(TwoStepSignIn.SIGN_IN_PAGE, TwoStepSignIn.CODE_PAGE, "/error", "/css/**",
                                "/js/**", "/webjars/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/admin/restricted-reads")
                        .hasAnyRole(Role.ADMINISTRATOR.name(), Role.QUALITY_LEAD.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(TwoStepSignIn.SIGN_IN_PAGE)
                        .successHandler(new TwoStepSignIn.SuccessHandler(clock))
                        .failureHandler(new TwoStepSignIn.FailureHandler()))
                .sessionManagement(s -> s.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .addFilterAfter(new TwoStepSignIn.CodeFilter(accounts, attempts, settings, clock),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountFilters.PageAccountFilter(accounts), AuthorizationFilter.class)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * A request the firewall refuses before any controller sees it (an encoded slash, a
     * {@code ..} or a semicolon in its address) answers an API caller with a problem detail, as
     * every other refusal does; a page gets the plain 400 error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problem(response, HttpStatus.BAD_REQUEST, "The request is not valid",
                        "The address holds characters that Learnloop does not accept.");
            } else {
                pages.handle(request, response, rejected);
            }
        };
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * 401 from the API. A refused HTTP Basic sign-in says why when that helps the caller and tells
     * a stranger nothing: a lockout (which looks the same for a username that belongs to nobody),
     * or an account with two-step verification, which must use a personal API token.
     */
    private static void unauthorised(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws IOException {
        if (e instanceof SignInProvider.UseApiToken) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Learnloop\"");
            problem(response, HttpStatus.UNAUTHORIZED, "Use a personal API token",
                    "This account uses two-step verification, so HTTP Basic is refused: use a personal API token "
                            + "(Authorization: Bearer), created on My account.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Learnloop\"");
        if (e instanceof SignInProvider.LockedOut locked) {
            problem(response, HttpStatus.UNAUTHORIZED, "Too many attempts",
                    "The username or password is not right, and there have been too many attempts: try again in "
                            + locked.minutes() + (locked.minutes() == 1 ? " minute." : " minutes."));
            return;
        }
        problem(response, HttpStatus.UNAUTHORIZED, "Sign in", "Sign in with HTTP Basic or a personal API token.");
    }

    static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status.value() + ",\"title\":\"" + title
                + "\",\"detail\":\"" + detail + "\"}");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorResolver());
    }

    /** Lets a controller take the signed-in {@link Actor} as a parameter. */
    static final class ActorResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return Actor.class.equals(parameter.getParameterType());
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                WebDataBinderFactory binders) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof Accounts.SignedInPerson person) {
                return person.actor();
            }
            throw new org.springframework.security.access.AccessDeniedException("Not signed in");
        }
    }

    /** {@code Authorization: Bearer ll_...}: a personal API token, checked against its stored hash. */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final Accounts accounts;
        private final ApiTokens tokens;

        BearerTokenFilter(Accounts accounts, ApiTokens tokens) {
            this.accounts = accounts;
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var person = tokens.personFor(header.substring(7).trim()).flatMap(accounts::findById)
                        .filter(Accounts.SignedInPerson::isEnabled);
                if (person.isEmpty()) {
                    unauthorised(request, response, null);
                    return;
                }
                var authentication = UsernamePasswordAuthenticationToken.authenticated(person.get(), null,
                        person.get().getAuthorities());
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
            chain.doFilter(request, response);
        }
    }
}
