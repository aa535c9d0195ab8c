package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.learnloop.actions.ActionStrength;

/** A review's action plan: each finding with its actions, and the form to add one. */
public final class ActionPlanPage {

    private final Page page;

    public ActionPlanPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("an action plan").matches(".*/reviews/[0-9a-f-]{36}/actions$");
        page.locator("main h1").waitFor();
    }

    /** Chooses the finding the action answers, by its number in the review. */
    public ActionPlanPage finding(int number) {
        page.locator("input[name=findingId]").nth(number - 1).check();
        return this;
    }

    public ActionPlanPage description(String description) {
        page.fill("textarea[name=description]", description);
        return this;
    }

    public ActionPlanPage lead(String username) {
        page.selectOption("select[name=leadUsername]", username);
        return this;
    }

    public ActionPlanPage due(LocalDate date) {
        page.fill("input[name=dueDate]", date.toString());
        return this;
    }

    public ActionPlanPage strength(ActionStrength strength) {
        page.check("input[name=strength][value=" + strength.name() + "]");
        return this;
    }

    public ActionPlanPage add() {
        page.click("form[action$='/actions'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}/actions$"));
        return new ActionPlanPage(page);
    }

    /** The actions in the plan, as linked. */
    public List<String> actions() {
        return page.locator("main table tbody tr td:first-child a").allTextContents().stream().map(String::trim).toList();
    }
}
