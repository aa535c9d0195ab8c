package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;

/** The report form, filled in as a care worker would on a phone. Fields are found by their names. */
public final class ReportFormPage {

    private final Page page;

    public ReportFormPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("the report form").matches(".*/events(/new)?$");
        page.locator("form[data-draft-key]").waitFor();
    }

    public static ReportFormPage open(Page page) {
        page.navigate("/events/new");
        return new ReportFormPage(page);
    }

    public ReportFormPage type(EventType type) {
        page.check("input[name=type][value=" + type.name() + "]");
        return this;
    }

    /** When it happened: a date and a time of day as typed ("15:20"), UK time. */
    public ReportFormPage occurred(LocalDate date, String time) {
        page.fill("input[name=occurredDate]", date.toString());
        page.fill("input[name=occurredTime]", time);
        return this;
    }

    public ReportFormPage category(Category category) {
        page.selectOption("select[name=category]", category.name());
        return this;
    }

    public ReportFormPage summary(String summary) {
        page.fill("input[name=summary]", summary);
        return this;
    }

    public ReportFormPage description(String description) {
        page.fill("textarea[name=description]", description);
        return this;
    }

    public ReportFormPage immediateActions(String immediateActions) {
        page.fill("textarea[name=immediateActions]", immediateActions);
        return this;
    }

    public ReportFormPage physicalHarm(PhysicalHarm harm) {
        page.check("input[name=physicalHarm][value=" + harm.name() + "]");
        return this;
    }

    public ReportFormPage psychologicalHarm(PsychologicalHarm harm) {
        page.check("input[name=psychologicalHarm][value=" + harm.name() + "]");
        return this;
    }

    public ReportFormPage anonymously() {
        page.check("input[name=anonymous]");
        return this;
    }

    /** Clears the date the form suggests (today), as if the reporter had deleted it. */
    public ReportFormPage clearDate() {
        page.fill("input[name=occurredDate]", "");
        return this;
    }

    public String summary() {
        return page.inputValue("input[name=summary]");
    }

    public ReportedPage send() {
        submit();
        page.waitForURL(Pattern.compile(".*/events/reported$"));
        return new ReportedPage(page);
    }

    /** Sends the form expecting it back with an error summary. */
    public ReportFormPage sendExpectingErrors() {
        submit();
        page.waitForURL(Pattern.compile(".*/events$"));
        page.locator(".govuk-error-summary").waitFor();
        return new ReportFormPage(page);
    }

    /** The messages in the error summary at the top of the form. */
    public List<String> errorSummary() {
        return page.locator(".govuk-error-summary__list a").allTextContents().stream().map(String::trim).toList();
    }

    /** Where each link of the error summary goes: {@code #summary}, {@code #type}... */
    public List<String> errorSummaryTargets() {
        return page.locator(".govuk-error-summary__list a").all().stream().map(a -> a.getAttribute("href")).toList();
    }

    /** The fields that show an error message next to them, by the id of that message. */
    public List<String> fieldsInError() {
        return page.locator(".govuk-error-message").all().stream()
                .map(m -> m.getAttribute("id").replaceFirst("-error$", "")).toList();
    }

    /** Whether the error summary has the focus, so that a screen reader reads it out first. */
    public boolean errorSummaryHasFocus() {
        return Boolean.TRUE.equals(page.evaluate(
                "() => document.activeElement !== null && document.activeElement.classList.contains('govuk-error-summary')"));
    }

    /** Whether the form says it brought back what the reporter had typed before. */
    public boolean showsDraftRestored() {
        return page.locator("[data-draft-restored]").isVisible();
    }

    /** Follows an error summary link, as a person fixing their answers would; answers the id now focused. */
    public String followErrorLink(int index) {
        page.locator(".govuk-error-summary__list a").nth(index).click();
        return String.valueOf(page.evaluate("() => document.activeElement ? document.activeElement.id : null"));
    }

    private void submit() {
        page.click("form[data-draft-key] button[type=submit]");
    }
}
