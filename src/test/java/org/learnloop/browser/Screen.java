package org.learnloop.browser;

/** The screens Learnloop is tried on: a care worker's phone mid-shift and a manager's office PC. */
public enum Screen {

    /** A common phone held upright, in CSS pixels (an iPhone 12 to 15). */
    PHONE(390, 844, true),

    /** An ordinary office monitor. */
    DESKTOP(1280, 800, false);

    private final int width;
    private final int height;
    private final boolean mobile;

    Screen(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean mobile() {
        return mobile;
    }
}
