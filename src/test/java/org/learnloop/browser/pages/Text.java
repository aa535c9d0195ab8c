package org.learnloop.browser.pages;

import java.util.regex.Pattern;

/** Text matching for locators. Playwright runs a pattern as a JavaScript regular expression, so no \Q...\E. */
final class Text {

    private Text() {
    }

    /** Matches an element whose whole text is {@code text}, give or take the white space around it. */
    static Pattern exactly(String text) {
        return Pattern.compile("^\\s*" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$");
    }
}
