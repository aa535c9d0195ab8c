package org.learnloop.triage;

import org.learnloop.shared.Nation;

/**
 * A statutory duty that an event can give rise to, each with its own clock. A service belongs to
 * one nation and so to one regulator: {@link DutyRules#forNation(Nation)} says which kinds apply
 * where. The codes are part of the API and never change meaning; labels are in the messages.
 */
public enum DutyKind {
    /** England: notify the Care Quality Commission of the death of a person using the service (Regulation 16), without delay. */
    CQC_DEATH,
    /**
     * England: notify the CQC of a serious injury, abuse or an allegation of abuse, and the other
     * incidents of Regulation 18, without delay.
     */
    CQC_INCIDENT,
    /** Every nation: refer suspected abuse or neglect to the local authority (or Trust) the same day. */
    SAFEGUARDING_REFERRAL,
    /**
     * England (Regulation 20), and the same openness with the person in Wales and Northern Ireland:
     * tell the person or their family, apologise, and follow up in writing.
     */
    DUTY_OF_CANDOUR,
    /** Scotland: the organisational duty of candour of the Duty of Candour (Scotland) Act 2016. */
    DUTY_OF_CANDOUR_SCOTLAND,
    /**
     * Great Britain (HSE) and Northern Ireland (HSENI): a death or specified injury arising from
     * work activity; tell the regulator without delay and report within 10 days.
     */
    RIDDOR,
    /** Every nation: acknowledge a complaint, by default within 3 working days. */
    COMPLAINT_ACKNOWLEDGEMENT,
    /** Every nation: respond in full to a complaint, by default within 20 working days or a date agreed with the complainant. */
    COMPLAINT_RESPONSE,
    /** Scotland: notify the Care Inspectorate immediately through eForms. */
    CARE_INSPECTORATE_NOTIFICATION,
    /** Wales: notify Care Inspectorate Wales without delay through CIW Online. */
    CIW_NOTIFICATION,
    /** Northern Ireland: notify the Regulation and Quality Improvement Authority of a notifiable event without delay. */
    RQIA_NOTIFICATION
}
