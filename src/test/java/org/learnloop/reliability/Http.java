package org.learnloop.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Calls one Learnloop process as a client would: the API with HTTP Basic as a demo account
 * (every password is {@code demo}), or the pages in a session of its own, signed in through the
 * sign-in form, with the CSRF token every form carries.
 */
final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final LearnloopProcess learnloop;
    private final HttpClient client;
    private String csrf;

    Http(LearnloopProcess learnloop) {
        this.learnloop = learnloop;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path, String username) throws IOException {
        return send(request(path, username).GET().build());
    }

    HttpResponse<String> post(String path, String username, String json) throws IOException {
        return send(request(path, username).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A page in this client's session. */
    HttpResponse<String> page(String path) throws IOException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(learnloop.uri(path)).timeout(TIMEOUT).GET().build());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** Sends a form of the last page opened, with its CSRF token. */
    HttpResponse<String> submit(String path, Map<String, String> fields) throws IOException {
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrf) + "&", ""));
        return send(HttpRequest.newBuilder(learnloop.uri(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs this client's session in through the sign-in page. */
    void signIn(String username) throws IOException {
        page("/login");
        HttpResponse<String> signedIn = submit("/login", Map.of("username", username, "password", "demo"));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode() + " " + location);
        }
    }

    /** A GET with a personal API token, which costs the server no password check. */
    HttpResponse<String> getWithToken(String path, String token) throws IOException {
        return send(HttpRequest.newBuilder(learnloop.uri(path)).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private HttpRequest.Builder request(String path, String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(learnloop.uri(path)).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Basic " + basic);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
