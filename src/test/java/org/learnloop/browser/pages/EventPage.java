package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One event with its story so far, at {@code /events/{id}}. */
public final class EventPage {

    private final Page page;
    private final UUID id;

    public EventPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("an event's page").matches(".*/events/[0-9a-f-]{36}$");
        this.id = UUID.fromString(page.url().replaceFirst(".*/events/", ""));
        page.locator("main .govuk-summary-list").first().waitFor();
    }

    public static EventPage open(Page page, UUID id) {
        page.navigate("/events/" + id);
        return new EventPage(page);
    }

    /** The event's id, from the address it was shown at. */
    public UUID id() {
        return id;
    }

    public String heading() {
        return page.textContent("main h1").replaceAll("\\s+", " ").trim();
    }

    public String service() {
        return page.textContent("main .govuk-caption-l").trim();
    }

    /** The value of the summary list row whose key is {@code key}, as shown. */
    public String value(String key) {
        return page.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHas(page.locator(".govuk-summary-list__key",
                        new Page.LocatorOptions().setHasText(key))))
                .first().locator(".govuk-summary-list__value").textContent().replaceAll("\\s+", " ").trim();
    }

    /** The stage of the loop, as the tag beside "The loop" shows it. */
    public String stage() {
        return page.locator("#loop-stage").textContent().trim();
    }

    /** Whether the page says, above the report, that the loop is closed. */
    public boolean saysLoopClosed() {
        return page.locator("#loop-closed").isVisible();
    }

    /** The notice shown after something was saved, if any. */
    public String notice() {
        Locator banner = page.locator(".govuk-notification-banner--success .govuk-notification-banner__heading");
        return banner.count() == 0 ? "" : banner.textContent().trim();
    }

    public TriageFormPage triage() {
        page.locator("main a[href$='/triage']").first().click();
        page.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}/triage$"));
        return new TriageFormPage(page);
    }

    /** The row of one statutory duty in the duties table, by its name ("Duty of candour"). */
    private Locator duty(String kind) {
        return page.locator("#duties-heading ~ table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new Page.LocatorOptions()
                        .setHasText(Text.exactly(kind)))));
    }

    public boolean hasDuty(String kind) {
        return duty(kind).count() == 1;
    }

    /** When the duty is due, as the page shows it (UK time). */
    public String dutyDue(String kind) {
        return duty(kind).locator("td").nth(1).textContent().trim();
    }

    /** The status tag of the duty: Due, Overdue, Done or Dismissed. */
    public String dutyStatus(String kind) {
        return duty(kind).locator("td .govuk-tag").first().textContent().trim();
    }

    /** What the page says of the duty under its reason: when and how it was done. */
    public String dutyDetail(String kind) {
        return duty(kind).locator("td").first().textContent().replaceAll("\\s+", " ").trim();
    }

    public DutyCompletionPage recordDutyDone(String kind) {
        duty(kind).locator("a[href$='/completion']").click();
        page.waitForURL(Pattern.compile(".*/duties/[0-9a-f-]{36}/completion$"));
        return new DutyCompletionPage(page);
    }

    public OpenReviewPage openReview() {
        page.locator("main a[href*='/reviews/new']").click();
        page.waitForURL(Pattern.compile(".*/reviews/new\\?.*"));
        return new OpenReviewPage(page);
    }

    /** Opens the learning review of the event from the Learning section. */
    public ReviewPage review() {
        page.locator("main h3 a[href*='/reviews/']").first().click();
        page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
        return new ReviewPage(page);
    }

    /** Opens an action from the table of the review's actions. */
    public ActionPage action(String description) {
        page.locator("main table a[href*='/actions/']").filter(new Locator.FilterOptions().setHasText(description))
                .first().click();
        page.waitForURL(Pattern.compile(".*/actions/[0-9a-f-]{36}$"));
        return new ActionPage(page);
    }

    /** What the actions table says of whether the action's change stuck: "Check due ...", "Embedded". */
    public String checkOf(String description) {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(description))
                .locator("td").last().textContent().replaceAll("\\s+", " ").trim();
    }
}
