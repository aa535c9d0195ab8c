package org.learnloop.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.BeforeEach;
import org.learnloop.people.Enrolment;
import org.learnloop.people.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Base of the tests that drive Learnloop through its JSON API, each with a provider of its own.
 * {@code as("manager.oak").post("/api/v1/...", json)} calls as that person with HTTP Basic.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApiTest {

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected Enrolment enrolment;

    @Autowired
    protected People people;

    @Autowired
    private org.springframework.security.core.userdetails.UserDetailsService accounts;

    protected TestProvider provider;

    @BeforeEach
    void createProvider() {
        provider = TestProvider.create(enrolment, people);
    }

    protected Caller as(String demoName) {
        return new Caller(provider.username(demoName));
    }

    /** Signs a page request in as one of the provider's people, with their real roles and services. */
    protected org.springframework.test.web.servlet.request.RequestPostProcessor signedInAs(String demoName) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername(provider.username(demoName)));
    }

    protected Caller anonymous() {
        return new Caller(null);
    }

    /** Calls the API as one person. */
    protected final class Caller {

        private final String username;

        Caller(String username) {
            this.username = username;
        }

        public MvcTestResult get(String path, Object... vars) {
            var request = mvc.get().uri(path, vars).accept(MediaType.APPLICATION_JSON);
            return username == null ? request.exchange() : request.with(httpBasic(username, TestProvider.PASSWORD)).exchange();
        }

        public MvcTestResult post(String path, String json, Object... vars) {
            var request = mvc.post().uri(path, vars).contentType(MediaType.APPLICATION_JSON).content(json)
                    .accept(MediaType.APPLICATION_JSON);
            return username == null ? request.exchange() : request.with(httpBasic(username, TestProvider.PASSWORD)).exchange();
        }

        public MvcTestResult put(String path, String json, Object... vars) {
            var request = mvc.put().uri(path, vars).contentType(MediaType.APPLICATION_JSON).content(json)
                    .accept(MediaType.APPLICATION_JSON);
            return username == null ? request.exchange() : request.with(httpBasic(username, TestProvider.PASSWORD)).exchange();
        }

        public MvcTestResult delete(String path, Object... vars) {
            var request = mvc.delete().uri(path, vars).accept(MediaType.APPLICATION_JSON);
            return username == null ? request.exchange() : request.with(httpBasic(username, TestProvider.PASSWORD)).exchange();
        }
    }
}
