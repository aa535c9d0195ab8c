package org.learnloop.demo;

import java.util.List;

import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.LearningResponse;

/**
 * The stories the demo is made of: what care workers report in a care home and a home-care
 * branch, in their words, with what a manager would find and do. Names are initials and rooms, as
 * staff are asked to write them; nothing here is about a real person.
 */
final class DemoStories {

    private DemoStories() {
    }

    /** One kind of event the demo reports, and what its review finds and changes. */
    record Story(EventType type, Category category, String summary, String description, String immediateActions,
            PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm, int weight, boolean homeCare,
            LearningResponse response, List<ContributoryFactor> factors, String finding, String action,
            String actionStrength, String lessonTitle, String lesson) {
    }

    static final List<Story> STORIES = List.of(
            new Story(EventType.INCIDENT, Category.FALL, "Found on bedroom floor, no injury seen",
                    "Resident in room 14 found sitting on the floor beside the bed at 03:10 during the night check. "
                            + "Says she was trying to reach the toilet. Call bell was on the chair, out of reach. "
                            + "Walking frame at the foot of the bed.",
                    "Checked for injury with the senior, hoisted back to bed, observations taken, family informed in the morning.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, 14, false, LearningResponse.SWARM_HUDDLE,
                    List.of(ContributoryFactor.PERSON, ContributoryFactor.EQUIPMENT_RESOURCES, ContributoryFactor.WORKING_CONDITIONS),
                    "Call bells and walking frames are not checked as within reach at the evening settle.",
                    "Add 'bell and frame within reach' to the night settle checklist and the handover sheet", "INTERMEDIATE",
                    "Bell and frame within reach, every night",
                    "Most night-time falls this year happened when the call bell or frame had been moved out of reach. "
                            + "At the evening settle, check both are within reach before you leave the room, and tick it on the checklist."),
            new Story(EventType.INCIDENT, Category.FALL, "Fall in the lounge, bruised hip",
                    "Resident stood up from the lounge chair without his frame after lunch and fell sideways. "
                            + "Bruising to the left hip. Staff were in the dining room clearing tables.",
                    "First aid, GP called and visited, pain relief given as prescribed, falls diary updated.",
                    PhysicalHarm.LOW, PsychologicalHarm.LOW, 8, false, LearningResponse.AFTER_ACTION_REVIEW,
                    List.of(ContributoryFactor.PERSON, ContributoryFactor.TEAM_SOCIAL, ContributoryFactor.WORKING_CONDITIONS),
                    "The lounge is left without staff for up to 20 minutes after lunch while tables are cleared.",
                    "Rota a named carer to stay in the lounge from 12:30 to 13:30", "STRONGER",
                    "Someone in the lounge after lunch",
                    "The lounge is where people get up unaided after lunch. One named carer now stays in the lounge "
                            + "from 12:30 to 13:30; check the rota for who it is today."),
            new Story(EventType.INCIDENT, Category.FALL, "Fall on the stairs, fractured wrist",
                    "Resident from room 9 found at the bottom of the first three stairs near the lift, holding her wrist. "
                            + "The stair gate was open. Taken to A&E; wrist fracture confirmed.",
                    "Ambulance called, family informed, gate closed, area made safe.",
                    PhysicalHarm.MODERATE, PsychologicalHarm.MODERATE, 2, false, LearningResponse.ROOT_CAUSE_ANALYSIS,
                    List.of(ContributoryFactor.EQUIPMENT_RESOURCES, ContributoryFactor.TASK_TECHNOLOGY, ContributoryFactor.PERSON),
                    "The stair gate latch does not close by itself and is left open when trolleys pass.",
                    "Fit a self-closing latch to the stair gate", "STRONGER",
                    "A stair gate that closes itself",
                    "A fall on the stairs led to a broken wrist. The gate now closes and latches by itself. "
                            + "Never wedge it open; report it at once if it does not close."),
            new Story(EventType.INCIDENT, Category.MEDICATION, "Evening medicines given late",
                    "Evening medicine round finished at 22:40 instead of 21:00. Two residents had their Parkinson's "
                            + "medicines over an hour late. The round was interrupted four times.",
                    "GP out-of-hours advice taken; residents observed; no harm noted.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, 8, false, LearningResponse.SWARM_HUDDLE,
                    List.of(ContributoryFactor.WORKING_CONDITIONS, ContributoryFactor.TASK_TECHNOLOGY),
                    "The person giving medicines is interrupted repeatedly; time-critical medicines are not prioritised.",
                    "Introduce a 'do not disturb' tabard and give time-critical medicines first on the round", "INTERMEDIATE",
                    "Time-critical medicines first, and do not disturb",
                    "Parkinson's medicines must be on time. Give time-critical medicines first, and do not interrupt "
                            + "anyone wearing the red medicines tabard."),
            new Story(EventType.NEAR_MISS, Category.MEDICATION, "Wrong resident's tablets picked up, caught at the door",
                    "While preparing the morning round I picked up the blister pack for room 3 instead of room 8. "
                            + "Noticed the photo did not match before I went in. Nothing given.",
                    "Returned pack, checked MAR chart, informed senior.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, 6, false, LearningResponse.LOCAL_REVIEW,
                    List.of(ContributoryFactor.TASK_TECHNOLOGY, ContributoryFactor.EQUIPMENT_RESOURCES),
                    "Blister packs for rooms with similar numbers are stored side by side with small labels.",
                    "Re-order the medicines trolley by floor with photo labels on every slot", "STRONGER",
                    "Check the photo before you go in",
                    "A near miss was caught because the carer checked the photo. The trolley is now ordered by floor with "
                            + "photo labels on every slot: check the photo every time."),
            new Story(EventType.INCIDENT, Category.PRESSURE_DAMAGE, "Category 2 pressure ulcer on heel",
                    "During personal care found a blister on the left heel of the resident in room 21, category 2. "
                            + "Repositioning chart had gaps overnight.",
                    "District nurse contacted, heel offloaded, repositioning restarted two-hourly.",
                    PhysicalHarm.MODERATE, PsychologicalHarm.LOW, 3, false, LearningResponse.ROOT_CAUSE_ANALYSIS,
                    List.of(ContributoryFactor.TASK_TECHNOLOGY, ContributoryFactor.COMMUNICATION, ContributoryFactor.EDUCATION_TRAINING),
                    "Repositioning is recorded on paper charts that are not reviewed at handover.",
                    "Review repositioning charts at every handover, led by the senior", "INTERMEDIATE",
                    "Repositioning checked at every handover",
                    "Gaps in repositioning led to a pressure ulcer. The senior now reviews every repositioning chart at "
                            + "handover; if there is a gap, say so straight away."),
            new Story(EventType.INCIDENT, Category.MISSED_VISIT, "Morning visit missed, client without breakfast or medicines",
                    "The 08:00 call to a client on the Riverside round was not done. The rota showed the call on two "
                            + "carers' lists after a late change, and each thought the other had it. Client found at 11:30.",
                    "Visit made at 11:40, medicines given, client well, family and GP informed, apology given.",
                    PhysicalHarm.LOW, PsychologicalHarm.MODERATE, 10, true, LearningResponse.AFTER_ACTION_REVIEW,
                    List.of(ContributoryFactor.COMMUNICATION, ContributoryFactor.TASK_TECHNOLOGY, ContributoryFactor.ORGANISATIONAL_STRATEGIC),
                    "Late rota changes are sent by text and not confirmed by the carer who takes the call.",
                    "Late rota changes only through the rota app, with the carer's confirmation required", "STRONGER",
                    "Confirm every late change to your round",
                    "A client went without breakfast and medicines because two carers each thought the other had the call. "
                            + "Late changes now come only through the rota app: confirm each one."),
            new Story(EventType.INCIDENT, Category.LATE_VISIT, "Lunch visit 70 minutes late",
                    "Traffic and an overrunning previous call made the lunch visit 70 minutes late. Client anxious.",
                    "Phoned client from the car, office informed, visit completed.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, 12, true, LearningResponse.LOCAL_REVIEW,
                    List.of(ContributoryFactor.WORKING_CONDITIONS, ContributoryFactor.ORGANISATIONAL_STRATEGIC),
                    "Travel time between calls on the north round is planned at 5 minutes where 15 is usual.",
                    "Replan travel time on the north round using actual journey times", "INTERMEDIATE",
                    "Travel time that matches the roads",
                    "Late visits on the north round came from unrealistic travel times. The round has been replanned; tell "
                            + "the office if a journey regularly takes longer than planned."),
            new Story(EventType.COMPLAINT, Category.CARE_QUALITY, "Daughter unhappy her mother's hair not washed",
                    "Daughter of the resident in room 6 complained at the desk that her mother's hair had not been washed "
                            + "for two weeks and her clothes were mixed up with another resident's.",
                    "Apologised, hair wash arranged for the same day, laundry checked.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, 4, false, LearningResponse.LOCAL_REVIEW,
                    List.of(ContributoryFactor.COMMUNICATION, ContributoryFactor.TASK_TECHNOLOGY),
                    "Personal care preferences are not in the daily care notes staff read.",
                    "Add personal care preferences to the daily care notes summary", "INTERMEDIATE",
                    "Preferences in the daily notes",
                    "A family told us care preferences were missed. Preferences now appear in the daily notes summary: read "
                            + "them before personal care."),
            new Story(EventType.SAFEGUARDING_CONCERN, Category.ABUSE_NEGLECT, "Unexplained bruising on upper arms",
                    "During personal care noticed finger-mark bruising on both upper arms of a resident who cannot "
                            + "explain how it happened.",
                    "Body map completed, senior and manager informed, resident reassured.",
                    PhysicalHarm.LOW, PsychologicalHarm.MODERATE, 2, false, LearningResponse.ROOT_CAUSE_ANALYSIS,
                    List.of(ContributoryFactor.EDUCATION_TRAINING, ContributoryFactor.TASK_TECHNOLOGY),
                    "Staff supporting transfers hold people under the arms instead of using the handling belt.",
                    "Handling belts in every bedroom and a competency check for all staff", "INTERMEDIATE",
                    "Use the handling belt for transfers",
                    "Bruising came from holding people under the arms during transfers. Use the handling belt that is now in "
                            + "every room; your senior will check your competency."),
            new Story(EventType.STAFF_CONCERN, Category.STAFFING, "Night shift regularly one carer short",
                    "For the last month the night shift has often had one carer fewer than planned, and two people need "
                            + "two carers to reposition.",
                    "Raised with the guardian in confidence.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, 2, false, LearningResponse.AFTER_ACTION_REVIEW,
                    List.of(ContributoryFactor.ORGANISATIONAL_STRATEGIC, ContributoryFactor.WORKING_CONDITIONS),
                    "Night sickness cover relies on goodwill, with no on-call list.",
                    "Set up a paid night on-call list", "STRONGER",
                    "Night cover you can count on",
                    "Staff spoke up about short nights. There is now a paid on-call list for nights."),
            new Story(EventType.GOOD_PRACTICE, Category.CHOKING, "Quick response to choking at lunch",
                    "Resident began choking at lunch; the carer recognised it at once, gave back blows and the food came "
                            + "out. Resident recovered fully.",
                    "Resident checked, GP informed, speech and language referral made.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, 2, false, LearningResponse.AFTER_ACTION_REVIEW,
                    List.of(ContributoryFactor.EDUCATION_TRAINING),
                    "First aid training in the last year made the response fast and right.",
                    "Keep annual choking first aid training for every carer, including nights", "WEAKER",
                    "What went right at lunch",
                    "A carer's quick back blows cleared a choking resident's airway. Annual first aid practice works: "
                            + "book yours if it is due."));
}
