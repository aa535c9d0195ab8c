package org.learnloop.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnloop.support.ApiTest;

/**
 * A NUL or an escape character typed into a list's filter is refused or matches nothing, on H2
 * and on PostgreSQL (which cannot take a NUL in a query at all); it is never a 500.
 */
class HiddenCharactersInFiltersTests extends ApiTest {

    static List<String[]> filters() {
        return List.of(
                new String[] { "manager.oak", "/api/v1/events?q=a%00b" },
                new String[] { "manager.oak", "/api/v1/events?q=%1B%5B31m" },
                new String[] { "manager.oak", "/api/v1/actions?leadUsername=a%00b" },
                new String[] { "admin", "/api/v1/audit-trail?action=a%00b" },
                new String[] { "manager.oak", "/events?q=a%00b" },
                new String[] { "manager.oak", "/actions?leadUsername=a%00b" },
                new String[] { "admin", "/admin/audit-trail?action=a%00b" });
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("filters")
    void hiddenCharactersInAFilterAreNeverAServerError(String who, String path) {
        var result = mvc.get().uri(java.net.URI.create(path)).with(signedInAs(who)).exchange();

        assertThat(result.getRequest().getQueryString()).as("the address as sent").doesNotContain("%25");
        assertThat(result.getResponse().getStatus()).as(path).isLessThan(500);
    }

    @org.junit.jupiter.api.Test
    void aUsernameWithANulIsRefusedAtSignIn() {
        var basic = mvc.get().uri("/api/v1/me").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic("a\u0000b", "password")).exchange();
        var form = mvc.post().uri("/login").param("username", "a\u0000b").param("password", "password")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();

        assertThat(basic.getResponse().getStatus()).as("HTTP Basic").isEqualTo(401);
        assertThat(form.getResponse().getStatus()).as("the sign-in form").isEqualTo(302);
        assertThat(form.getResponse().getRedirectedUrl()).startsWith("/login?error");
    }
}
