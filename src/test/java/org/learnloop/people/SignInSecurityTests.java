package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URI;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnloop.support.ApiTest;
import org.learnloop.support.SessionCookies;
import org.learnloop.support.TestProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A new session id at sign-in, and the security headers on every kind of response. */
class SignInSecurityTests extends ApiTest {

    @Test
    void signInIssuesANewSessionId() {
        MockHttpSession session = new MockHttpSession();
        mvc.get().uri("/login").session(session).exchange();
        String before = SessionCookies.of(session);

        MvcTestResult signedIn = mvc.post().uri("/login").session(session).param("username", provider.username("carer.oak"))
                .param("password", TestProvider.PASSWORD).with(csrf()).exchange();

        assertThat(signedIn).hasRedirectedUrl("/");
        assertThat(before).as("session before sign-in").isNotNull();
        assertThat(SessionCookies.of(session)).as("session id after sign-in").isNotNull().isNotEqualTo(before);
        assertThat(mvc.get().uri("/account").session(session)).as("the session under its new id")
                .hasStatus(HttpStatus.OK);
    }

    /** The firewall refuses these addresses before any controller sees them; the API still answers a problem detail. */
    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/events/../amendments", "/api/v1/events/a%2Fb", "/api/v1/me;jsessionid=1" })
    void anAddressTheFirewallRefusesIsAProblemDetail(String address) throws Exception {
        MvcTestResult refused = mvc.post().uri(URI.create(address)).contentType(MediaType.APPLICATION_JSON).content("{}")
                .accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(provider.username("carer.oak"), TestProvider.PASSWORD)).exchange();

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(refused).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString()
                .isEqualTo("The address holds characters that Learnloop does not accept.");
    }

    @Test
    void failedSignInDoesNotSignTheSessionIn() {
        MockHttpSession session = new MockHttpSession();

        mvc.post().uri("/login").session(session).param("username", provider.username("carer.oak"))
                .param("password", "not it").with(csrf()).exchange();

        assertThat(mvc.get().uri("/account").session(session)).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login");
    }

    private MvcTestResult request(String kind, boolean secure) {
        return switch (kind) {
            case "sign-in page" -> mvc.get().uri("/login").secure(secure).exchange();
            case "page" -> mvc.get().uri("/account").secure(secure).with(signedInAs("manager.oak")).exchange();
            case "API call" -> mvc.get().uri("/api/v1/me").secure(secure).accept(MediaType.APPLICATION_JSON)
                    .with(httpBasic(provider.username("manager.oak"), TestProvider.PASSWORD)).exchange();
            case "API refusal" -> mvc.get().uri("/api/v1/me").secure(secure).accept(MediaType.APPLICATION_JSON).exchange();
            case "static file" -> mvc.get().uri("/css/learnloop.css").secure(secure).exchange();
            case "error page" -> mvc.get().uri("/admin/people/{id}", UUID.randomUUID()).secure(secure)
                    .with(signedInAs("admin")).exchange();
            case "server error page" -> mvc.get().uri("/error").secure(secure)
                    .requestAttr("jakarta.servlet.error.status_code", 500).exchange();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({ "sign-in page, 200", "page, 200", "API call, 200", "API refusal, 401", "static file, 200",
            "error page, 404", "server error page, 500" })
    void everyResponseCarriesTheSecurityHeaders(String kind, int status) {
        for (boolean secure : new boolean[] { true, false }) {
            MvcTestResult result = request(kind, secure);
            String policy = result.getResponse().getHeader("Content-Security-Policy");

            assertThat(result).as("%s over %s", kind, secure ? "HTTPS" : "HTTP").hasStatus(status);
            assertThat(policy).as("Content-Security-Policy").isNotNull().contains("frame-ancestors 'none'");
            assertThat(Arrays.stream(policy.split(";")).map(String::trim)
                    .filter(d -> d.startsWith("script-src") || d.startsWith("default-src")))
                    .as("script sources").hasSize(2).noneMatch(d -> d.contains("unsafe-inline"));
            assertThat(result).hasHeader("X-Content-Type-Options", "nosniff")
                    .hasHeader("Referrer-Policy", "same-origin")
                    .hasHeader("X-Frame-Options", "DENY");
            if (secure) {
                assertThat(result.getResponse().getHeader("Strict-Transport-Security")).as("HSTS over HTTPS")
                        .startsWith("max-age=31536000").contains("includeSubDomains");
            } else {
                assertThat(result).as("HSTS over plain HTTP").doesNotContainHeader("Strict-Transport-Security");
            }
        }
    }
}
