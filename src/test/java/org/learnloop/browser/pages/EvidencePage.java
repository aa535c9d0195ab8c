package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The evidence for a period and services: counts, where the loops stand, and each closed loop's chain. */
public final class EvidencePage {

    private final Page page;

    public EvidencePage(Page page) {
        this.page = page;
        assertThat(page.url()).as("Evidence").contains("/evidence");
        page.locator("main h1").waitFor();
    }

    /** Shows the evidence for the period and the one service named. */
    public EvidencePage show(LocalDate from, LocalDate to, String service) {
        page.fill("input[name=from]", from.toString());
        page.fill("input[name=to]", to.toString());
        page.locator(".govuk-checkboxes__item").filter(new Locator.FilterOptions().setHasText(service))
                .locator("input[name=serviceIds]").check();
        page.click("form[action$='/evidence'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/evidence\\?.*"));
        return new EvidencePage(page);
    }

    /** The number in a row of a counts table, by the table's caption and the row's heading. */
    public String count(String caption, String row) {
        return page.locator("main table").filter(new Locator.FilterOptions()
                        .setHas(page.locator("caption", new Page.LocatorOptions().setHasText(caption))))
                .locator("tbody tr").filter(new Locator.FilterOptions()
                        .setHas(page.locator("th", new Page.LocatorOptions()
                                .setHasText(Text.exactly(row)))))
                .locator("td").first().textContent().trim();
    }

    /** The heading that says how many were reported in the period. */
    public String reportedHeading() {
        return page.locator("main h2").first().textContent().trim();
    }

    private Locator closedLoop(String reference) {
        return page.locator(".govuk-summary-card").filter(new Locator.FilterOptions()
                .setHas(page.locator(".govuk-summary-card__title", new Page.LocatorOptions().setHasText(reference))));
    }

    public boolean showsClosedLoop(String reference) {
        return closedLoop(reference).count() == 1;
    }

    /** One link of a closed loop's chain ("What we found", "What we changed"...), as shown. */
    public String chain(String reference, String link) {
        return closedLoop(reference).locator(".govuk-summary-list__row").filter(new Locator.FilterOptions()
                        .setHas(page.locator(".govuk-summary-list__key", new Page.LocatorOptions().setHasText(link))))
                .locator(".govuk-summary-list__value").textContent().replaceAll("\\s+", " ").trim();
    }

    /** Downloads the evidence as JSON, as the browser saves it; answers the file's content. */
    public String downloadJson() {
        Download download = page.waitForDownload(() -> page.click("#download-json"));
        assertThat(download.failure()).as("the download's failure").isNull();
        assertThat(download.suggestedFilename()).as("the downloaded file's name").endsWith(".json");
        try {
            return Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
