package org.learnloop.triage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bank holidays the duty clocks count working days with. */
@Configuration(proxyBeanMethods = false)
class TriageConfiguration {

    @Bean
    WorkingDays workingDays() {
        return WorkingDays.ukBankHolidays();
    }
}
