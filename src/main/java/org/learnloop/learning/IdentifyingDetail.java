package org.learnloop.learning;

/**
 * A kind of detail that could identify a person using the service, a family member or a member of
 * staff, and that a lesson must not carry when it is shared. Each is replaced by a bracketed
 * placeholder, so the reader can still follow the story.
 */
public enum IdentifyingDetail {
    /** A person's name: a title with a surname ("Mrs Patel"), or a name Learnloop was told about. */
    NAME("[name]"),
    /** A room number: "room 12", "Room 4B", "rm 7". */
    ROOM("[room]"),
    /** Any date, including a date of birth: "03/03/1941", "3 March 1941", "DOB 3.3.41". */
    DATE("[date]"),
    /** An NHS number (or a Scottish CHI number): ten digits, spaced 3-3-4 or not. */
    NHS_NUMBER("[NHS number]"),
    /** A UK landline or mobile number, with or without +44. */
    PHONE("[phone]"),
    /** A UK postcode. */
    POSTCODE("[postcode]"),
    /** An email address. */
    EMAIL("[email]"),
    /** A house number and street: "12 Acacia Avenue". */
    ADDRESS("[address]");

    private final String placeholder;

    IdentifyingDetail(String placeholder) {
        this.placeholder = placeholder;
    }

    /** What the detail is replaced with, for example {@code [name]}. */
    public String placeholder() {
        return placeholder;
    }
}
