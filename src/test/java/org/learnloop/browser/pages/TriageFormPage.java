package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.LearningResponse;

/** The manager's triage of one event: harm, consequence and likelihood, and the learning response. */
public final class TriageFormPage {

    private final Page page;

    public TriageFormPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("the triage form").matches(".*/events/[0-9a-f-]{36}/triage$");
        page.locator("form[action$='/triage']").waitFor();
    }

    public TriageFormPage physicalHarm(PhysicalHarm harm) {
        page.check("input[name=physicalHarm][value=" + harm.name() + "]");
        return this;
    }

    public TriageFormPage psychologicalHarm(PsychologicalHarm harm) {
        page.check("input[name=psychologicalHarm][value=" + harm.name() + "]");
        return this;
    }

    /** Consequence on the 5x5 matrix, 1 (negligible) to 5 (catastrophic). */
    public TriageFormPage consequence(int score) {
        page.check("input[name=consequence][value='" + score + "']");
        return this;
    }

    /** Likelihood on the 5x5 matrix, 1 (rare) to 5 (almost certain). */
    public TriageFormPage likelihood(int score) {
        page.check("input[name=likelihood][value='" + score + "']");
        return this;
    }

    public TriageFormPage response(LearningResponse response, String reason) {
        page.check("input[name=response][value=" + response.name() + "]");
        page.fill("textarea[name=responseReason]", reason);
        return this;
    }

    public EventPage save() {
        page.click("form[action$='/triage'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}$"));
        return new EventPage(page);
    }
}
