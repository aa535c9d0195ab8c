package org.learnloop.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.learnloop.support.TestProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Calls Learnloop as a caller of the access matrix. The API (paths under {@code /api/}) is called
 * with HTTP Basic (or the caller's personal API token, where they have one to use) and JSON;
 * pages with a signed-in session, a CSRF token on every form post, and form fields
 * ({@code name=value&name=value}, URL-encoded) as the body.
 */
final class Calls {

    /**
     * Who calls: the username to sign in as (null: signed out), with the password
     * {@value TestProvider#PASSWORD}, and the personal API token to call the API with instead of
     * HTTP Basic, which is refused to someone with two-step verification on.
     */
    record Caller(String username, String token) {
    }

    private final MockMvcTester mvc;
    private final UserDetailsService accounts;
    private final AccessFixture fixture;

    Calls(MockMvcTester mvc, UserDetailsService accounts, AccessFixture fixture) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.fixture = fixture;
    }

    MvcTestResult call(String method, String path, String body, String caller) {
        return call(method, path, body, new Caller(fixture.username(caller), null));
    }

    MvcTestResult call(String method, String path, String body, Caller caller) {
        return path.startsWith("/api/") ? api(method, mvc.method(HttpMethod.valueOf(method)).uri(path), body, caller)
                : page(method, path, body, caller);
    }

    MvcTestResult api(String method, String path, String json, String caller) {
        return api(method, mvc.method(HttpMethod.valueOf(method)).uri(path), json, caller);
    }

    /** An API call to an address given already encoded, for ids and filters that hold any character at all. */
    MvcTestResult api(String method, URI address, String json, String caller) {
        return api(method, mvc.method(HttpMethod.valueOf(method)).uri(address), json, caller);
    }

    private MvcTestResult api(String method, MockMvcTester.MockMvcRequestBuilder call, String json, String caller) {
        return api(method, call, json, new Caller(fixture.username(caller), null));
    }

    private static MvcTestResult api(String method, MockMvcTester.MockMvcRequestBuilder call, String json, Caller caller) {
        var request = call.accept(MediaType.APPLICATION_JSON);
        if (!method.equals("GET")) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json == null ? "" : json);
        }
        if (caller.token() != null) {
            return request.header("Authorization", "Bearer " + caller.token()).exchange();
        }
        return caller.username() == null ? request.exchange()
                : request.with(httpBasic(caller.username(), TestProvider.PASSWORD)).exchange();
    }

    MvcTestResult page(String method, String path, String form, String caller) {
        return page(method, path, form, new Caller(fixture.username(caller), null));
    }

    private MvcTestResult page(String method, String path, String form, Caller caller) {
        var request = mvc.method(HttpMethod.valueOf(method)).uri(path).accept(MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            request = request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            for (Map.Entry<String, String> field : fields(form)) {
                request = request.param(field.getKey(), field.getValue());
            }
        }
        return caller.username() == null ? request.exchange()
                : request.with(user(accounts.loadUserByUsername(caller.username()))).exchange();
    }

    /** Form fields as posted, {@code a=1&b=2}, each name and value URL-decoded. */
    static List<Map.Entry<String, String>> fields(String form) {
        if (form == null || form.isBlank()) {
            return List.of();
        }
        return Arrays.stream(form.split("&"))
                .map(pair -> {
                    int equals = pair.indexOf('=');
                    String name = equals < 0 ? pair : pair.substring(0, equals);
                    String value = equals < 0 ? "" : pair.substring(equals + 1);
                    return Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8),
                            URLDecoder.decode(value, StandardCharsets.UTF_8));
                })
                .toList();
    }
}
