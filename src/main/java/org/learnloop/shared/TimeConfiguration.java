package org.learnloop.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is injected so that every deadline can be tested; it is stored in UTC and shown in London. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return new LearnloopClock(Clock.systemUTC());
    }
}
