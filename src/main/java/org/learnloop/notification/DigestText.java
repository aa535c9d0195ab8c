package org.learnloop.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.learnloop.shared.UkTime;

/**
 * The daily digest as a plain-text email: a subject that says how much is overdue, then one list
 * per kind, overdue first, each line with its link. Plain text reads the same in every mail
 * program, including on a phone, and carries nothing that could hide what it says.
 */
final class DigestText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private DigestText() {
    }

    static String subject(Digest digest) {
        long overdue = digest.overdue();
        long due = digest.size() - overdue;
        if (overdue == 0) {
            return "Learnloop: " + due + " due soon in your services";
        }
        if (due == 0) {
            return "Learnloop: " + overdue + " overdue in your services";
        }
        return "Learnloop: " + overdue + " overdue and " + due + " due soon in your services";
    }

    static String body(Digest digest) {
        StringBuilder text = new StringBuilder();
        text.append("Hello ").append(digest.to().actor().displayName()).append(",\n\n");
        text.append("This is what is due and overdue in the services you manage, on ")
                .append(DAY.format(digest.day())).append(". Overdue items come first.\n");
        section(text, "Statutory duties", digest.duties(), d -> (d.overdue() ? "OVERDUE: " : "") + d.reference() + ", "
                + d.duty() + ", " + (d.overdue() ? "was due " : "due ") + UkTime.dateTime(d.dueAt()) + "\n  " + d.link());
        section(text, "Actions", digest.actions(), a -> (a.overdue() ? "OVERDUE: " : "") + a.description()
                + (a.lead().isEmpty() ? "" : " (led by " + a.lead() + ")") + ", " + (a.overdue() ? "was due " : "due ")
                + UkTime.date(a.dueDate()) + "\n  " + a.link());
        section(text, "Effectiveness checks", digest.checks(), c -> (c.overdue() ? "OVERDUE: " : "")
                + "did this change stick? " + c.action() + ", " + (c.overdue() ? "was due " : "due ")
                + UkTime.date(c.dueDate()) + "\n  " + c.link());
        text.append("\nThis email gives references and dates only: open a link to see the record in Learnloop.\n");
        text.append("You get it on the mornings when something is due because you manage services in Learnloop.\n");
        return text.toString();
    }

    private static <T> void section(StringBuilder text, String title, List<T> lines, Function<T, String> line) {
        if (lines.isEmpty()) {
            return;
        }
        text.append('\n').append(title).append(" (").append(lines.size()).append(")\n");
        lines.forEach(l -> text.append("- ").append(line.apply(l)).append('\n'));
    }
}
