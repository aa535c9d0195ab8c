package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnloop.support.SessionCookies;
import org.learnloop.support.TestProvider;
import org.learnloop.support.TwoServers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two servers on one database, no sticky sessions: a person signs in on one and every request after
 * that may land on either. They stay signed in, a form rendered by one is accepted by the other
 * (its CSRF token lives in the shared session), a message set by one is shown by the other, and
 * signing out on one signs them out of both. Real HTTP, a browser's cookie kept by hand.
 */
class SessionAcrossServersTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile(SessionCookies.COOKIE + "=([^;]*)");
    private static final Pattern TOKEN = Pattern.compile("ll_[A-Za-z0-9_-]{20,}");
    private static final Pattern REVOKE = Pattern.compile("/account/tokens/[0-9a-f-]{36}/revoke");

    private static TwoServers servers;
    private static TestProvider provider;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String cookie;

    @BeforeAll
    static void startTwoServers() {
        servers = TwoServers.start(Map.of());
        provider = TestProvider.create(servers.a().getBean(Enrolment.class), servers.a().getBean(People.class));
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void personSignedInOnOneServerStaysSignedInOnBothAndFormsPostToEither() throws Exception {
        ConfigurableApplicationContext a = servers.a();
        ConfigurableApplicationContext b = servers.b();
        String signInForm = get(a, "/login").body();
        String beforeSignIn = cookie;

        HttpResponse<String> signedIn = post(a, "/login", Map.of("username", provider.username("manager.oak"),
                "password", TestProvider.PASSWORD, "_csrf", csrf(signInForm)));

        assertThat(signedIn.statusCode()).as("sign-in on A").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(cookie).as("a new session id at sign-in").isNotNull().isNotEqualTo(beforeSignIn);
        for (ConfigurableApplicationContext server : new ConfigurableApplicationContext[] { b, a, b, a }) {
            HttpResponse<String> account = get(server, "/account");
            assertThat(account.statusCode()).as("My account on " + TwoServers.address(server)).isEqualTo(200);
            assertThat(account.body()).contains(displayName("manager.oak"));
        }

        String accountOnA = get(a, "/account").body();
        HttpResponse<String> created = post(b, "/account/tokens", Map.of("name", "Care records",
                "_csrf", csrf(accountOnA)));
        assertThat(created.statusCode()).as("a form from A posted to B").isEqualTo(200);
        assertThat(created.body()).as("the new token, in B's answer").contains("it is shown only this once")
                .containsPattern(TOKEN);
        assertThat(get(a, "/account").body()).as("and on neither server again").doesNotContainPattern(TOKEN);
        Matcher revoke = REVOKE.matcher(created.body());
        assertThat(revoke.find()).as("the token's revoke button").isTrue();

        HttpResponse<String> revoked = post(a, revoke.group(), Map.of("_csrf", csrf(created.body())));
        assertThat(revoked.statusCode()).as("a form from B posted to A").isEqualTo(302);
        assertThat(revoked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
        assertThat(get(b, "/account").body()).as("the notice, set by A, shown by B").contains("The API token has been revoked");
        assertThat(get(a, "/account").body()).as("and only once").doesNotContain("The API token has been revoked");

        HttpResponse<String> signedOut = post(b, "/logout", Map.of("_csrf", csrf(get(a, "/account").body())));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?signedOut"));
        HttpResponse<String> afterOnA = get(a, "/account");
        assertThat(afterOnA.statusCode()).as("signed out of A too").isEqualTo(302);
        assertThat(afterOnA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void sessionIsKeptInTheDatabaseWithTheEightHourTimeoutAndNoPasswordHash() throws Exception {
        String signInForm = get(servers.b(), "/login").body();
        HttpResponse<String> signedIn = post(servers.b(), "/login", Map.of("username", provider.username("carer.oak"),
                "password", TestProvider.PASSWORD, "_csrf", csrf(signInForm)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(get(servers.a(), "/my-reports").statusCode()).isEqualTo(200);

        JdbcClient db = servers.a().getBean(JdbcClient.class);
        String sessionId = new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        assertThat(db.sql("select max_inactive_interval from spring_session where session_id = ?").param(sessionId)
                .query(Integer.class).single()).as("eight hours, in seconds").isEqualTo(8 * 60 * 60);
        assertThat(db.sql("select principal_name from spring_session where session_id = ?").param(sessionId)
                .query(String.class).single()).isEqualTo(provider.username("carer.oak"));
        var stored = db.sql("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?
                """).param(sessionId).query((rs, row) -> rs.getBytes(1)).list();
        assertThat(stored).as("the signed-in person and the CSRF token are stored").isNotEmpty();
        assertThat(stored).as("no password hash in the session store")
                .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains("{bcrypt}"));
    }

    /** The test provider's display name of one of its people: "manager.oak 1a2b3c4d". */
    private static String displayName(String demoName) {
        return demoName + " " + provider.username(demoName).substring(demoName.length() + 1);
    }

    private static String csrf(String page) {
        Matcher found = CSRF.matcher(page);
        assertThat(found.find()).as("a CSRF token in the page").isTrue();
        return found.group(1);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext server, String path)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(TwoServers.address(server) + path)).GET());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext server, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(TwoServers.address(server) + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends with the session cookie, if any, and keeps the one the server sets, as a browser would. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (cookie != null) {
            request.header("Cookie", SessionCookies.COOKIE + "=" + cookie);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION_COOKIE.matcher(set);
            if (set.startsWith(SessionCookies.COOKIE + "=") && session.find()) {
                cookie = session.group(1).isEmpty() || set.contains("Max-Age=0") ? null : session.group(1);
            }
        }
        return response;
    }
}
