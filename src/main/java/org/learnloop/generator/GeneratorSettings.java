package org.learnloop.generator;

import java.util.List;

import org.springframework.boot.ApplicationArguments;

/**
 * What to generate: {@code --services=200 --years=5 --events=500000 --seed=1}, and how many
 * threads write ({@code --threads}; 0, the default, lets the generator choose for the database).
 */
record GeneratorSettings(int services, int years, int events, long seed, int threads) {

    GeneratorSettings {
        if (services < 1 || services > 5_000) {
            throw new IllegalArgumentException("--services must be from 1 to 5,000");
        }
        if (years < 1 || years > 10) {
            throw new IllegalArgumentException("--years must be from 1 to 10");
        }
        if (events < 0 || events > 20_000_000) {
            throw new IllegalArgumentException("--events must be from 0 to 20,000,000");
        }
        if (threads < 0 || threads > 16) {
            throw new IllegalArgumentException("--threads must be from 1 to 16");
        }
    }

    static GeneratorSettings defaults() {
        return new GeneratorSettings(200, 5, 500_000, 1, 0);
    }

    static GeneratorSettings from(ApplicationArguments args) {
        GeneratorSettings defaults = defaults();
        int threads = number(args, "threads", defaults.threads());
        if (args.containsOption("threads") && threads < 1) {
            throw new IllegalArgumentException("--threads must be from 1 to 16");
        }
        return new GeneratorSettings(number(args, "services", defaults.services()), number(args, "years", defaults.years()),
                number(args, "events", defaults.events()), number(args, "seed", (int) defaults.seed()), threads);
    }

    private static int number(ApplicationArguments args, String name, int otherwise) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(values.get(values.size() - 1).replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + values.get(0));
        }
    }
}
