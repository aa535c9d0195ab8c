package org.learnloop.generator;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --generate}: fills an empty database with a generated provider group and prints what it
 * wrote. Runs before the first start sets up a provider of its own; Learnloop then exits rather
 * than serve (see {@code LearnloopApplication}).
 */
@Component
@Order(-10)
class GenerateCommand implements ApplicationRunner {

    private final Generator generator;
    private volatile Generation last;

    GenerateCommand(Generator generator) {
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("generate")) {
            return;
        }
        Generation generation = generator.generate(GeneratorSettings.from(args));
        last = generation;
        System.out.print(generation.report());
    }

    /** What the last run wrote, or null. */
    Generation last() {
        return last;
    }
}
