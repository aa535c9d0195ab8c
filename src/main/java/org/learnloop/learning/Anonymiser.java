package org.learnloop.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Takes identifying details out of free text before it is shared as learning: names (a title with
 * a surname, and any names the caller knows, such as the staff of the service), dates and dates of
 * birth, NHS numbers, phone numbers, postcodes, email addresses, house-number-and-street addresses
 * and room numbers. Each is replaced by a bracketed placeholder ({@code [name]}, {@code [date]},
 * ...) and counted, so the person sharing the text can see what was removed.
 *
 * <p>It errs on the side of removing too much: a lesson that reads "[name] from the chair" is
 * better than one that names a resident. It cannot know every name; what it cannot recognise (a
 * first name on its own that nobody told it about) the person sharing must still read for.
 *
 * <p>A plain class with no state: {@code new Anonymiser()} works anywhere; it is also a Spring bean.
 */
@Component
public class Anonymiser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Month names and their usual abbreviations; "may" only with a capital, as it is also a verb. */
    private static final String MONTH = "(?:(?:january|february|march|april|june|july|august|september|october"
            + "|november|december|(?-i:May|MAY))(?![\\p{L}])|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
            + "(?![\\p{L}])\\.?)";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
            + "(?![\\p{L}])\\.?,?\\s+(?:the\\s+)?)?";
    private static final String DAY = "(?<!\\d)(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d\\p{L}])";
    private static final String DAYS = DAY + "(?:\\s*(?:,|and|&|to|-|–)\\s*" + DAY + ")*";
    private static final String YEAR = "\\d{4}(?!\\d)";

    /** A capitalised word that can be a name: "Patel", "O'Brien", "MacGREGOR", "Smith-Jones". */
    private static final String NAME_WORD = "\\p{Lu}(?:\\p{L}|['’\\-](?=\\p{Lu}))*";
    /** Capitalised words that follow a name without being part of it ("Mrs Patel The ..."). */
    private static final String NOT_A_NAME = "(?-i:The|A|An|And|Or|But|If|On|In|At|To|Of|For|With|From|By|He|She|"
            + "They|It|His|Her|Their|Was|Is|Had|Has|Who|When|Then|This|That|I|We|You|As|After|Before|During|NHS|GP)"
            + "(?![\\p{L}])";
    private static final String TITLE = "(?<![\\p{L}])(?-i:Mrs|MRS|Mr|MR|Ms|Miss|MISS|Mx|Dr|DR|Professor|Prof|Sir|Dame"
            + "|Revd|Rev)\\.?";

    /**
     * Particles of names, written in lower case ("Al van Dyke"), that are never matched on their own.
     * Written with a capital they are a name ("Van Morrison").
     */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "der", "den", "van",
            "von", "la", "le", "bin", "binti", "al", "el", "st");

    /** The rules in the order they run: later rules never see what earlier ones replaced. */
    private static final List<Rule> RULES = List.of(
            new Rule(IdentifyingDetail.EMAIL,
                    "(?<![\\w.+\\-])[a-z0-9._%+\\-]+@[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}(?![\\w])"),
            new Rule(IdentifyingDetail.PHONE,
                    "(?<![\\w+])(?:\\+|00)44[ \\u00a0]?(?:\\(0\\)[ \\u00a0]?)?\\d(?:[ \\u00a0\\-]?\\d){8,9}(?!\\d)"),
            new Rule(IdentifyingDetail.PHONE, "(?<![\\w+])(?:\\(0\\d{2}\\)(?:[ \\u00a0\\-]?\\d){8}"
                    + "|\\(0\\d{3}\\)(?:[ \\u00a0\\-]?\\d){7}|\\(0\\d{4}\\)(?:[ \\u00a0\\-]?\\d){6}"
                    + "|0(?:[ \\u00a0\\-]?\\d){10})(?!\\d)"),
            Rule.keepingLabel(IdentifyingDetail.NHS_NUMBER, "(?<keep>(?<![\\p{L}])(?:NHS|CHI)[ \\u00a0]*"
                    + "(?:no\\.?|number|num)?[ \\u00a0]*[:\\-]?[ \\u00a0]*)\\d(?:[ \\u00a0\\-]?\\d){9}(?!\\d)"),
            new Rule(IdentifyingDetail.NHS_NUMBER, "(?<![\\d+])\\d{3}([ \\u00a0\\-]?)\\d{3}\\1\\d{4}(?!\\d)"),
            new Rule(IdentifyingDetail.POSTCODE, "(?<![\\p{L}\\d])(?:GIR ?0AA|[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?"
                    + "|[A-HK-Y]\\d[ABEHMNPRV-Y\\d]?) ?(?!\\d(?-i:st|nd|rd|th)(?![\\p{L}]))\\d[ABD-HJLNP-UW-Z]{2})"
                    + "(?![\\p{L}\\d])"),
            new Rule(IdentifyingDetail.ADDRESS, "(?<![\\d\\p{L}])\\d{1,4}[a-z]?,?[ \\u00a0]+(?-i:(?:" + NAME_WORD
                    + "[ \\u00a0]+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Court|Crescent|Place"
                    + "|Gardens|Terrace|Grove|Hill|Park|Square|Walk|Row|Mews|View|Rise))(?![\\p{L}])\\.?"),
            new Rule(IdentifyingDetail.ROOM, "(?<![\\p{L}])(?:(?:bed)?room|rm)\\.?[ \\u00a0]*"
                    + "(?:no\\.?[ \\u00a0]*|number[ \\u00a0]*|#[ \\u00a0]*)?(?:\\d+[a-z]?|[a-z]\\d+)(?![\\p{L}\\d])"),
            Rule.keepingLabel(IdentifyingDetail.DATE, "(?<keep>(?<![\\p{L}])(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth"
                    + "|born(?:\\s+(?:on|in))?)(?![\\p{L}])\\s*(?:[:\\-–]\\s*)?)(?:" + WEEKDAY
                    + "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?:\\s+of)?[\\s/.\\-]*(?:" + MONTH
                    + "|1[0-2]|0?[1-9])[\\s/.\\-,]*\\d{2}(?:\\d{2})?|" + MONTH + ",?\\s+" + YEAR
                    + "|\\d{6}(?:\\d{2})?|\\d{4})(?!\\d)"),
            new Rule(IdentifyingDetail.DATE, "(?<![\\p{L}])" + WEEKDAY + DAYS + "(?:\\s+of)?\\s+" + MONTH
                    + "(?:,?\\s+" + YEAR + ")?"),
            new Rule(IdentifyingDetail.DATE, "(?<![\\p{L}])" + WEEKDAY + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?"),
            new Rule(IdentifyingDetail.DATE, "(?<![\\p{L}])" + MONTH + ",?\\s+" + YEAR),
            new Rule(IdentifyingDetail.DATE, "(?<![\\d./\\-])(?:3[01]|[12]\\d|0?[1-9])([/.\\-])(?:3[01]|[12]\\d|0?[1-9])"
                    + "\\1(?:\\d{4}|\\d{2})(?![\\d/\\-]|\\.\\d)"),
            new Rule(IdentifyingDetail.DATE, "(?<!\\d)\\d{4}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\\d|0[1-9])(?!\\d)"),
            new Rule(IdentifyingDetail.NAME, TITLE + "\\s+(?-i:" + NAME_WORD + "(?:[ \\u00a0]+(?!" + NOT_A_NAME + ")"
                    + NAME_WORD + "){0,3})(?![\\p{L}])"));

    /** Anonymises text, recognising names only by their titles ("Mrs Patel"). */
    public Anonymised anonymise(String text) {
        return anonymise(text, List.of());
    }

    /**
     * Anonymises text. {@code knownNames} are names the caller knows may appear, such as the staff of
     * the service: each is removed whole ("Mary Jane Smith"), and so is each of its parts when it
     * is written with a capital ("Mary", "Smith").
     */
    public Anonymised anonymise(String text, Collection<String> knownNames) {
        if (text == null || text.isEmpty()) {
            return new Anonymised(text, Map.of());
        }
        Map<IdentifyingDetail, Integer> counts = new EnumMap<>(IdentifyingDetail.class);
        String result = text;
        for (Rule rule : RULES) {
            result = rule.apply(result, counts);
        }
        for (Rule rule : nameRules(knownNames == null ? List.of() : knownNames)) {
            result = rule.apply(result, counts);
        }
        return new Anonymised(result, counts);
    }

    private static List<Rule> nameRules(Collection<String> knownNames) {
        Set<String> wholeNames = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        for (String name : knownNames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String[] words = name.trim().split("[\\s\\u00a0]+");
            if (name.trim().length() >= 2) {
                wholeNames.add(java.util.Arrays.stream(words).map(Pattern::quote)
                        .collect(Collectors.joining("[\\s\\u00a0]+")));
            }
            for (String word : words) {
                boolean particle = PARTICLES.contains(word);
                if (word.length() >= 2 && word.matches("\\p{L}[\\p{L}'’\\-]*\\p{L}") && !particle) {
                    parts.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Rule> rules = new ArrayList<>();
        if (!wholeNames.isEmpty()) {
            rules.add(new Rule(IdentifyingDetail.NAME, alternatives(wholeNames), m -> true));
        }
        if (!parts.isEmpty()) {
            List<String> quoted = parts.stream().map(Pattern::quote).toList();
            rules.add(new Rule(IdentifyingDetail.NAME, alternatives(quoted),
                    m -> Character.isUpperCase(m.group().charAt(0))));
        }
        return rules;
    }

    /** One pattern matching any of these, longest first, as whole words. */
    private static String alternatives(Collection<String> regexes) {
        return "(?<![\\p{L}\\d])(?:" + regexes.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\d])";
    }

    /**
     * One kind of detail and how to find it. A rule whose pattern has a group named {@code keep}
     * keeps that part (a label such as "DOB: ") and replaces only the rest.
     */
    private record Rule(IdentifyingDetail kind, Pattern pattern, boolean keepsLabel, Predicate<Matcher> accept) {

        Rule(IdentifyingDetail kind, String regex) {
            this(kind, Pattern.compile(regex, FLAGS), false, m -> true);
        }

        Rule(IdentifyingDetail kind, String regex, Predicate<Matcher> accept) {
            this(kind, Pattern.compile(regex, FLAGS), false, accept);
        }

        static Rule keepingLabel(IdentifyingDetail kind, String regex) {
            return new Rule(kind, Pattern.compile(regex, FLAGS), true, m -> true);
        }

        String apply(String text, Map<IdentifyingDetail, Integer> counts) {
            Matcher matcher = pattern.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            boolean changed = false;
            while (matcher.find()) {
                if (!accept.test(matcher)) {
                    continue;
                }
                String label = keepsLabel ? matcher.group("keep") : "";
                matcher.appendReplacement(out, Matcher.quoteReplacement(label + kind.placeholder()));
                counts.merge(kind, 1, Integer::sum);
                changed = true;
            }
            if (!changed) {
                return text;
            }
            matcher.appendTail(out);
            return out.toString();
        }
    }
}
