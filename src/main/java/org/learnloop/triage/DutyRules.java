package org.learnloop.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.learnloop.shared.Nation;

/**
 * The statutory duties of each UK nation, as named rules over an event's {@link DutyFacts}. A
 * service belongs to one nation and one regulator; the same engine runs every rule set.
 *
 * <p>Choices written down here, where the regulations leave the detection open:
 * <ul>
 * <li><b>Death</b>: fatal physical harm, or an event about a death. England: CQC Regulation 16.</li>
 * <li><b>Serious injury</b>: severe physical harm, or severe (28 days or more) psychological harm.
 * With abuse or an allegation of abuse (a safeguarding concern, or an event about abuse or
 * neglect), England's CQC Regulation 18 notification. Police involvement, DoLS and events that
 * stop the service running safely are not in the facts of a report: the manager adds those.</li>
 * <li><b>Other regulators</b> (Care Inspectorate, CIW, RQIA): one notification for any of death,
 * serious injury, abuse or a person missing from the service, whose reason lists which.</li>
 * <li><b>Safeguarding referral</b>: whenever abuse or neglect is suspected, in every nation, the
 * same day.</li>
 * <li><b>Duty of candour</b>: moderate harm or worse, physical or psychological, whatever the
 * type of event. Psychological harm graded moderate counts because the regulations include
 * treatment needed to prevent prolonged psychological harm; asking and dismissing with a reason
 * is safer than missing a notifiable safety incident. England (Regulation 20) and Scotland (the
 * 2016 Act) are statutory duties; in Wales and Northern Ireland the same openness is tracked under
 * {@link DutyKind#DUTY_OF_CANDOUR} with wording that claims no statute.</li>
 * <li><b>RIDDOR</b>: a death or severe physical injury in a category where work activity may be
 * the cause (falls, other injuries, equipment, aggression, environment). Whether it is reportable
 * is for the manager, who dismisses the duty when it is not.</li>
 * <li><b>Complaints</b>: every complaint, acknowledgement and full response in working days.</li>
 * </ul>
 */
public final class DutyRules {

    static final DutyRule CQC_DEATH_NOTIFICATION = new DutyRule("CQC notification of a death", DutyKind.CQC_DEATH,
            DutyFacts::death,
            (f, s) -> "A person using the service died: notify the CQC without delay (Regulation 16 notification).",
            Deadline.WITHOUT_DELAY);

    static final DutyRule CQC_INCIDENT_NOTIFICATION = new DutyRule("CQC notification of an incident",
            DutyKind.CQC_INCIDENT, f -> f.seriousInjury() || f.abuseSuspected(),
            (f, s) -> cqcIncidentReasons(f) + ": notify the CQC without delay (Regulation 18 notification).",
            Deadline.WITHOUT_DELAY);

    static final DutyRule CARE_INSPECTORATE_NOTIFICATION = new DutyRule("Care Inspectorate notification",
            DutyKind.CARE_INSPECTORATE_NOTIFICATION, DutyFacts::notifiableToRegulator,
            (f, s) -> f.notifiableReasons() + ": notify the Care Inspectorate immediately through eForms.",
            Deadline.WITHOUT_DELAY);

    static final DutyRule CIW_NOTIFICATION = new DutyRule("Care Inspectorate Wales notification",
            DutyKind.CIW_NOTIFICATION, DutyFacts::notifiableToRegulator,
            (f, s) -> f.notifiableReasons() + ": notify Care Inspectorate Wales without delay through CIW Online.",
            Deadline.WITHOUT_DELAY);

    static final DutyRule RQIA_NOTIFICATION = new DutyRule("RQIA notification", DutyKind.RQIA_NOTIFICATION,
            DutyFacts::notifiableToRegulator,
            (f, s) -> f.notifiableReasons() + ": notify RQIA of this notifiable event without delay.",
            Deadline.WITHOUT_DELAY);

    static final DutyRule SAFEGUARDING_REFERRAL_ENGLAND = safeguarding(
            "refer it to the local authority's adult safeguarding team the same day (Care Act 2014, section 42).");

    static final DutyRule SAFEGUARDING_REFERRAL_WALES = safeguarding(
            "report the adult at risk to the local authority the same day (Social Services and Well-being (Wales) Act 2014).");

    static final DutyRule SAFEGUARDING_REFERRAL_SCOTLAND = safeguarding(
            "refer the adult at risk to the council the same day (Adult Support and Protection (Scotland) Act 2007).");

    static final DutyRule SAFEGUARDING_REFERRAL_NORTHERN_IRELAND = safeguarding(
            "refer it to the Health and Social Care Trust's adult protection gateway the same day.");

    static final DutyRule DUTY_OF_CANDOUR_ENGLAND = new DutyRule("Duty of candour", DutyKind.DUTY_OF_CANDOUR,
            DutyFacts::moderateHarmOrWorse,
            (f, s) -> "Moderate harm or worse: tell the person or their family what happened and apologise as soon as "
                    + "you reasonably can, then send written notification within " + s.candourWorkingDays()
                    + " working days (Regulation 20, duty of candour). An apology is not an admission of liability.",
            Deadline.CANDOUR_WRITTEN_NOTIFICATION);

    static final DutyRule DUTY_OF_CANDOUR_SCOTLAND = new DutyRule("Duty of candour (Scotland)",
            DutyKind.DUTY_OF_CANDOUR_SCOTLAND, DutyFacts::moderateHarmOrWorse,
            (f, s) -> "Moderate harm or worse may start the duty of candour (Duty of Candour (Scotland) Act 2016): "
                    + "tell the person or their family, apologise, and follow up in writing within "
                    + s.candourWorkingDays() + " working days. An apology is not an admission of liability.",
            Deadline.CANDOUR_WRITTEN_NOTIFICATION);

    static final DutyRule BEING_OPEN = new DutyRule("Being open", DutyKind.DUTY_OF_CANDOUR,
            DutyFacts::moderateHarmOrWorse,
            (f, s) -> "Moderate harm or worse: be open with the person or their family. Tell them what happened, "
                    + "apologise, and follow up in writing within " + s.candourWorkingDays()
                    + " working days. An apology is not an admission of liability.",
            Deadline.CANDOUR_WRITTEN_NOTIFICATION);

    static final DutyRule RIDDOR_GREAT_BRITAIN = riddor("the HSE");

    static final DutyRule RIDDOR_NORTHERN_IRELAND = riddor("HSENI");

    static final DutyRule COMPLAINT_ACKNOWLEDGEMENT = new DutyRule("Complaint acknowledgement",
            DutyKind.COMPLAINT_ACKNOWLEDGEMENT, DutyFacts::complaint,
            (f, s) -> "Every complaint is acknowledged within " + s.complaintAcknowledgementWorkingDays()
                    + " working days.",
            Deadline.COMPLAINT_ACKNOWLEDGEMENT);

    static final DutyRule COMPLAINT_RESPONSE_ENGLAND = complaintResponse("the Local Government and Social Care Ombudsman");

    static final DutyRule COMPLAINT_RESPONSE_WALES = complaintResponse("the Public Services Ombudsman for Wales");

    static final DutyRule COMPLAINT_RESPONSE_SCOTLAND = complaintResponse("the Care Inspectorate");

    static final DutyRule COMPLAINT_RESPONSE_NORTHERN_IRELAND = complaintResponse(
            "the Northern Ireland Public Services Ombudsman");

    private static final List<DutyRule> ENGLAND = List.of(CQC_DEATH_NOTIFICATION, CQC_INCIDENT_NOTIFICATION,
            SAFEGUARDING_REFERRAL_ENGLAND, DUTY_OF_CANDOUR_ENGLAND, RIDDOR_GREAT_BRITAIN, COMPLAINT_ACKNOWLEDGEMENT,
            COMPLAINT_RESPONSE_ENGLAND);

    private static final List<DutyRule> WALES = List.of(CIW_NOTIFICATION, SAFEGUARDING_REFERRAL_WALES, BEING_OPEN,
            RIDDOR_GREAT_BRITAIN, COMPLAINT_ACKNOWLEDGEMENT, COMPLAINT_RESPONSE_WALES);

    private static final List<DutyRule> SCOTLAND = List.of(CARE_INSPECTORATE_NOTIFICATION,
            SAFEGUARDING_REFERRAL_SCOTLAND, DUTY_OF_CANDOUR_SCOTLAND, RIDDOR_GREAT_BRITAIN, COMPLAINT_ACKNOWLEDGEMENT,
            COMPLAINT_RESPONSE_SCOTLAND);

    private static final List<DutyRule> NORTHERN_IRELAND = List.of(RQIA_NOTIFICATION,
            SAFEGUARDING_REFERRAL_NORTHERN_IRELAND, BEING_OPEN, RIDDOR_NORTHERN_IRELAND, COMPLAINT_ACKNOWLEDGEMENT,
            COMPLAINT_RESPONSE_NORTHERN_IRELAND);

    private final Nation nation;
    private final List<DutyRule> rules;
    private final TriageSettings settings;
    private final WorkingDays workingDays;

    private DutyRules(Nation nation, List<DutyRule> rules, TriageSettings settings, WorkingDays workingDays) {
        this.nation = nation;
        this.rules = rules;
        this.settings = settings;
        this.workingDays = workingDays;
    }

    /** The nation's rules with the default clocks and the shipped bank holidays. */
    public static DutyRules forNation(Nation nation) {
        return forNation(nation, TriageSettings.defaults(), WorkingDays.ukBankHolidays());
    }

    public static DutyRules forNation(Nation nation, TriageSettings settings, WorkingDays workingDays) {
        Objects.requireNonNull(nation, "nation");
        List<DutyRule> rules = switch (nation) {
            case ENGLAND -> ENGLAND;
            case WALES -> WALES;
            case SCOTLAND -> SCOTLAND;
            case NORTHERN_IRELAND -> NORTHERN_IRELAND;
        };
        return new DutyRules(nation, rules, settings, workingDays);
    }

    public static DutyRules forEngland() {
        return forNation(Nation.ENGLAND);
    }

    public Nation nation() {
        return nation;
    }

    public List<DutyRule> rules() {
        return rules;
    }

    /** Every duty these facts give rise to, at most one of each kind, in the order of the rules. */
    public List<DetectedDuty> detect(DutyFacts facts) {
        List<DetectedDuty> duties = new ArrayList<>();
        for (DutyRule rule : rules) {
            Optional<DetectedDuty> duty = rule.detect(facts, nation, settings, workingDays);
            duty.filter(d -> duties.stream().noneMatch(other -> other.kind() == d.kind())).ifPresent(duties::add);
        }
        return duties;
    }

    private static DutyRule safeguarding(String what) {
        return new DutyRule("Safeguarding referral", DutyKind.SAFEGUARDING_REFERRAL, DutyFacts::abuseSuspected,
                (f, s) -> "Abuse or neglect is suspected: " + what, Deadline.SAFEGUARDING_SAME_DAY);
    }

    private static DutyRule riddor(String regulator) {
        return new DutyRule("RIDDOR report", DutyKind.RIDDOR, DutyFacts::possiblyFromWorkActivity,
                (f, s) -> "A death or serious injury that may have arisen from work activity: if it is reportable under "
                        + "RIDDOR, tell " + regulator + " without delay and send the report within "
                        + s.riddorReportDays() + " days. Dismiss this with the reason if it is not reportable.",
                Deadline.RIDDOR_REPORT);
    }

    private static DutyRule complaintResponse(String escalation) {
        return new DutyRule("Complaint response", DutyKind.COMPLAINT_RESPONSE, DutyFacts::complaint,
                (f, s) -> "Every complaint gets a full response within " + s.complaintResponseWorkingDays()
                        + " working days, or by a date agreed with the complainant: the outcome (upheld, partly upheld "
                        + "or not upheld) and how to take it to " + escalation + ".",
                Deadline.COMPLAINT_RESPONSE);
    }

    private static String cqcIncidentReasons(DutyFacts facts) {
        if (facts.seriousInjury() && facts.abuseSuspected()) {
            return "A serious injury and abuse or an allegation of abuse";
        }
        return facts.seriousInjury() ? "A serious injury" : "Abuse or an allegation of abuse";
    }
}
