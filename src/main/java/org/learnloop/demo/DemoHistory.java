package org.learnloop.demo;

import org.springframework.stereotype.Component;

/** About twelve months of realistic history for the demo provider. */
@Component
class DemoHistory {

    void seed(DemoData.DemoProvider provider) {
        // History is added module by module as the loop is built.
    }
}
