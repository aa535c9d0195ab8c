package org.learnloop.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnonymiserTests {

    private final Anonymiser anonymiser = new Anonymiser();

    static Stream<Arguments> identifyingDetails() {
        return Stream.of(
                // NHS numbers
                Arguments.of("NHS number 943 476 5919 on file", "NHS number [NHS number] on file", IdentifyingDetail.NHS_NUMBER),
                Arguments.of("Her number is 9434765919.", "Her number is [NHS number].", IdentifyingDetail.NHS_NUMBER),
                Arguments.of("Ref 943-476-5919", "Ref [NHS number]", IdentifyingDetail.NHS_NUMBER),
                Arguments.of("NHS no: 943 4765 919", "NHS no: [NHS number]", IdentifyingDetail.NHS_NUMBER),
                // phone numbers
                Arguments.of("Call 01632 960123 first", "Call [phone] first", IdentifyingDetail.PHONE),
                Arguments.of("Daughter on 07700 900123.", "Daughter on [phone].", IdentifyingDetail.PHONE),
                Arguments.of("Mobile 07700900123", "Mobile [phone]", IdentifyingDetail.PHONE),
                Arguments.of("Ring +44 7700 900123 today", "Ring [phone] today", IdentifyingDetail.PHONE),
                Arguments.of("Ring +447700900123", "Ring [phone]", IdentifyingDetail.PHONE),
                Arguments.of("Office +44 (0)20 7946 0958", "Office [phone]", IdentifyingDetail.PHONE),
                Arguments.of("Surgery 020 7946 0958", "Surgery [phone]", IdentifyingDetail.PHONE),
                Arguments.of("Surgery (0161) 496 0000", "Surgery [phone]", IdentifyingDetail.PHONE),
                Arguments.of("GP: 0161-496-0000", "GP: [phone]", IdentifyingDetail.PHONE),
                // postcodes
                Arguments.of("Lives near SW1A 1AA now", "Lives near [postcode] now", IdentifyingDetail.POSTCODE),
                Arguments.of("Manchester M1 1AE.", "Manchester [postcode].", IdentifyingDetail.POSTCODE),
                Arguments.of("Postcode B33 8TH", "Postcode [postcode]", IdentifyingDetail.POSTCODE),
                Arguments.of("postcode cr2 6xh", "postcode [postcode]", IdentifyingDetail.POSTCODE),
                Arguments.of("at EC1A1BB", "at [postcode]", IdentifyingDetail.POSTCODE),
                // email addresses
                Arguments.of("Email jane.smith@example.org.uk please", "Email [email] please", IdentifyingDetail.EMAIL),
                Arguments.of("(son: a.b+care@mail.com)", "(son: [email])", IdentifyingDetail.EMAIL),
                // dates and dates of birth
                Arguments.of("On 03/03/2024 at night", "On [date] at night", IdentifyingDetail.DATE),
                Arguments.of("On 3.3.24 at night", "On [date] at night", IdentifyingDetail.DATE),
                Arguments.of("Seen 2024-03-03", "Seen [date]", IdentifyingDetail.DATE),
                Arguments.of("Born 3 March 1941.", "Born [date].", IdentifyingDetail.DATE),
                Arguments.of("Fell on the 2nd April 2023.", "Fell on the [date].", IdentifyingDetail.DATE),
                Arguments.of("On the 28th of December 2022 it began", "On the [date] it began", IdentifyingDetail.DATE),
                Arguments.of("Found on Friday 13th October 2023 at 7am", "Found on [date] at 7am", IdentifyingDetail.DATE),
                Arguments.of("Heard on the 12th and 13th December 2023.", "Heard on the [date].", IdentifyingDetail.DATE),
                Arguments.of("Admitted March 3, 2019 with", "Admitted [date] with", IdentifyingDetail.DATE),
                Arguments.of("Since May 2019 she has", "Since [date] she has", IdentifyingDetail.DATE),
                Arguments.of("On 5 Nov. she fell", "On [date] she fell", IdentifyingDetail.DATE),
                Arguments.of("DOB 03/03/1941", "DOB [date]", IdentifyingDetail.DATE),
                Arguments.of("DOB: 3rd Mar 41", "DOB: [date]", IdentifyingDetail.DATE),
                Arguments.of("d.o.b. 030341", "d.o.b. [date]", IdentifyingDetail.DATE),
                Arguments.of("Date of birth 3 March 1941", "Date of birth [date]", IdentifyingDetail.DATE),
                Arguments.of("She was born in 1941.", "She was born in [date].", IdentifyingDetail.DATE),
                // room numbers
                Arguments.of("Found in room 12 at 03:10", "Found in [room] at 03:10", IdentifyingDetail.ROOM),
                Arguments.of("Room 4B call bell", "[room] call bell", IdentifyingDetail.ROOM),
                Arguments.of("moved to rm 7.", "moved to [room].", IdentifyingDetail.ROOM),
                Arguments.of("moved to rm7", "moved to [room]", IdentifyingDetail.ROOM),
                Arguments.of("her bedroom 3 door", "her [room] door", IdentifyingDetail.ROOM),
                Arguments.of("Room no. 14", "[room]", IdentifyingDetail.ROOM),
                // titles with surnames
                Arguments.of("Mrs Patel fell", "[name] fell", IdentifyingDetail.NAME),
                Arguments.of("Told Mr. O'Brien's son", "Told [name]'s son", IdentifyingDetail.NAME),
                Arguments.of("Dr Smith visited", "[name] visited", IdentifyingDetail.NAME),
                Arguments.of("Mr Terence Burns died", "[name] died", IdentifyingDetail.NAME),
                Arguments.of("the death of Ms. Madeleine Lawrence age 20", "the death of [name] age 20", IdentifyingDetail.NAME),
                Arguments.of("Mrs Walsh’s care plan", "[name]’s care plan", IdentifyingDetail.NAME),
                Arguments.of("Mr\nGodderidge was frail", "[name] was frail", IdentifyingDetail.NAME),
                Arguments.of("Miss Smith-Jones and Mr D'Souza", "[name] and [name]", IdentifyingDetail.NAME),
                Arguments.of("MRS PATEL", "[name]", IdentifyingDetail.NAME),
                Arguments.of("that Mr MacGREGOR fell", "that [name] fell", IdentifyingDetail.NAME),
                // addresses
                Arguments.of("lived at 12 Acacia Avenue, alone", "lived at [address], alone", IdentifyingDetail.ADDRESS),
                Arguments.of("from 3a High St.", "from [address]", IdentifyingDetail.ADDRESS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifyingDetails")
    void identifyingDetailIsReplacedByItsPlaceholder(String text, String expected, IdentifyingDetail kind) {
        Anonymised result = anonymiser.anonymise(text);

        assertThat(result.text()).as("anonymised text").isEqualTo(expected);
        assertThat(result.removed()).as("what was removed").containsOnlyKeys(kind);
    }

    static Stream<String> ordinaryText() {
        return Stream.of(
                "Found on bedroom floor at 03:10, no injury seen.",
                "Given 2 x 500mg paracetamol at 14:30 and 5ml of oramorph.",
                "Blood pressure 120/80, pulse 72, temperature 36.8.",
                "Checked every 2 hours from 10pm to 6am on the 3rd night.",
                "The walking frame was out of reach; staff may need a reminder.",
                "She was 85 years old and had lived at the home for 3 years.",
                "Mr and staff discussed the room temperature.",
                "A dose of 0.5-1.0 mg was prescribed in 2019.",
                "Team meeting in March: 12 staff attended.",
                "Rang NHS 111 at 02:00.",
                "Falls rose from 4 to 9 a month; B12 5mg given.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryText")
    void ordinaryCareTextIsLeftAlone(String text) {
        Anonymised result = anonymiser.anonymise(text);

        assertThat(result.text()).as("text without identifying details").isEqualTo(text);
        assertThat(result.nothingRemoved()).as("nothing removed").isTrue();
    }

    @Test
    void knownNamesAreRemovedWholeAndInParts() {
        Anonymised result = anonymiser.anonymise(
                "Mary Jane Smith was helped by Kofi. Later SMITH said Mary was fine; kofi is a word here.",
                List.of("Mary Jane Smith", "Kofi Mensah"));

        assertThat(result.text()).as("anonymised text")
                .isEqualTo("[name] was helped by [name]. Later [name] said [name] was fine; kofi is a word here.");
        assertThat(result.count(IdentifyingDetail.NAME)).as("names removed").isEqualTo(4);
    }

    @Test
    void particlesOfKnownNamesAreNotRemovedOnTheirOwn() {
        Anonymised result = anonymiser.anonymise("Al van Dyke saw it. Van was parked; Al said so.",
                List.of("Al van Dyke"));

        assertThat(result.text()).as("anonymised text").isEqualTo("[name] saw it. Van was parked; [name] said so.");
    }

    @Test
    void everyDetailIsCountedByKind() {
        Anonymised result = anonymiser.anonymise("""
                Mrs Patel (DOB 03/03/1941, NHS 943 476 5919) of room 12 fell on 2 March 2024.
                Her son Mr Patel (07700 900123, son@example.com, CR2 6XH) was told by Dr Okafor.""");

        assertThat(result.text()).as("anonymised text").isEqualTo("""
                [name] (DOB [date], NHS [NHS number]) of [room] fell on [date].
                Her son [name] ([phone], [email], [postcode]) was told by [name].""");
        assertThat(result.count(IdentifyingDetail.NAME)).as("names").isEqualTo(3);
        assertThat(result.count(IdentifyingDetail.DATE)).as("dates").isEqualTo(2);
        assertThat(result.count(IdentifyingDetail.ROOM)).as("rooms").isEqualTo(1);
        assertThat(result.count(IdentifyingDetail.NHS_NUMBER)).as("NHS numbers").isEqualTo(1);
        assertThat(result.count(IdentifyingDetail.PHONE)).as("phones").isEqualTo(1);
        assertThat(result.count(IdentifyingDetail.EMAIL)).as("emails").isEqualTo(1);
        assertThat(result.count(IdentifyingDetail.POSTCODE)).as("postcodes").isEqualTo(1);
        assertThat(result.total()).as("total").isEqualTo(10);
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(anonymiser.anonymise("").text()).as("empty").isEmpty();
        assertThat(anonymiser.anonymise(null).text()).as("null").isNull();
    }
}
