package org.learnloop.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers "try again" when the database cannot be reached before a controller is: signing in with
 * HTTP Basic or the sign-in form reads the person from the database, so an outage there would
 * otherwise end as a 500. The API gets the same 503 problem detail as {@link ApiProblems} gives;
 * a page gets a "try again" page of its own. It sits outside the security filters (which run at
 * order -100) so that it sees what they throw.
 */
@Component
@Order(-110)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final MessageSource messages;

    DatabaseOutageFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: {}", e.getMessage());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            if (isApi(request)) {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + DatabaseOutage.TITLE
                        + "\",\"status\":503,\"detail\":\"" + DatabaseOutage.DETAIL + "\"}");
            } else {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(page(request.getContextPath()));
            }
        }
    }

    /**
     * The "try again" page, written here rather than through the error page: the error page shows
     * the signed-in person's menu, and their session, kept in the database, cannot be read now.
     */
    private String page(String contextPath) {
        Locale locale = Locale.UK;
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale));
        String body = HtmlUtils.htmlEscape(messages.getMessage("error.503.body", null, locale));
        String next = HtmlUtils.htmlEscape(messages.getMessage("error.503.next", null, locale));
        String app = HtmlUtils.htmlEscape(messages.getMessage("app.name", null, locale));
        return """
                <!DOCTYPE html>
                <html lang="en-GB" class="govuk-template">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s – %2$s</title>
                  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
                  <link rel="stylesheet" href="%5$s/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css">
                  <link rel="stylesheet" href="%5$s/css/learnloop.css">
                </head>
                <body class="govuk-template__body">
                <header class="govuk-header" role="banner"><div class="govuk-header__container govuk-width-container">
                  <a href="%5$s/" class="govuk-header__link govuk-header__link--homepage">%2$s</a></div></header>
                <div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content" role="main">
                  <h1 class="govuk-heading-l">%1$s</h1>
                  <p class="govuk-body">%3$s</p>
                  <p class="govuk-body">%4$s</p>
                </main></div>
                </body>
                </html>
                """.formatted(title, app, body, next, contextPath);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
