package org.learnloop.generator;

import static org.learnloop.actions.ActionStrength.INTERMEDIATE;
import static org.learnloop.actions.ActionStrength.STRONGER;
import static org.learnloop.actions.ActionStrength.WEAKER;
import static org.learnloop.review.ContributoryFactor.COMMUNICATION;
import static org.learnloop.review.ContributoryFactor.EDUCATION_TRAINING;
import static org.learnloop.review.ContributoryFactor.EQUIPMENT_RESOURCES;
import static org.learnloop.review.ContributoryFactor.EXTERNAL;
import static org.learnloop.review.ContributoryFactor.INDIVIDUAL_STAFF;
import static org.learnloop.review.ContributoryFactor.ORGANISATIONAL_STRATEGIC;
import static org.learnloop.review.ContributoryFactor.PERSON;
import static org.learnloop.review.ContributoryFactor.TASK_TECHNOLOGY;
import static org.learnloop.review.ContributoryFactor.TEAM_SOCIAL;
import static org.learnloop.review.ContributoryFactor.WORKING_CONDITIONS;

import java.util.List;
import java.util.Random;

import org.learnloop.actions.ActionStrength;
import org.learnloop.people.ServiceKind;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.ContributoryFactor;

/**
 * What staff report in care homes, home-care branches and supported living, in their words, with
 * what a review would find and change. {@code {room}} stands for a room or flat number. Nothing here
 * names a person; lessons carry no identifying detail, so they need no anonymising.
 */
final class Stories {

    private Stories() {
    }

    /** Where a story can happen. */
    private static final int HOME = 1;
    private static final int VISITS = 2;
    private static final int LIVING = 4;
    private static final int ANY = HOME | VISITS | LIVING;

    /** One kind of event, and what its review finds and changes. */
    record Story(EventType type, Category category, int where, int weight, String summary, String description,
            String immediateActions, PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm,
            List<ContributoryFactor> factors, String finding, String action, ActionStrength strength,
            String lessonTitle, String lesson) {

        boolean happensIn(ServiceKind kind) {
            return (where & bit(kind)) != 0;
        }

        String description(int room) {
            return description.replace("{room}", Integer.toString(room));
        }

        String summary(int room) {
            return summary.replace("{room}", Integer.toString(room));
        }
    }

    static int bit(ServiceKind kind) {
        return switch (kind) {
            case CARE_HOME -> HOME;
            case HOME_CARE -> VISITS;
            case SUPPORTED_LIVING -> LIVING;
        };
    }

    /** A story of this type that happens in this kind of service, by weight. */
    static Story pick(Random random, EventType type, ServiceKind kind) {
        List<Story> candidates = STORIES.stream().filter(s -> s.type() == type && s.happensIn(kind)).toList();
        int total = candidates.stream().mapToInt(Story::weight).sum();
        int roll = random.nextInt(total);
        for (Story story : candidates) {
            roll -= story.weight();
            if (roll < 0) {
                return story;
            }
        }
        throw new IllegalStateException("No story of " + type + " for " + kind);
    }

    /** A story of this category (for a cluster), if the kind of service has one. */
    static Story ofCategory(Random random, Category category, ServiceKind kind) {
        List<Story> candidates = STORIES.stream()
                .filter(s -> s.category() == category && s.type() == EventType.INCIDENT && s.happensIn(kind)
                        && s.physicalHarm() != PhysicalHarm.FATAL)
                .toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static Story s(EventType type, Category category, int where, int weight, String summary, String description,
            String immediate, PhysicalHarm physical, PsychologicalHarm psychological, List<ContributoryFactor> factors,
            String finding, String action, ActionStrength strength, String lessonTitle, String lesson) {
        return new Story(type, category, where, weight, summary, description, immediate, physical, psychological,
                factors, finding, action, strength, lessonTitle, lesson);
    }

    static final List<Story> STORIES = List.of(
            // Incidents
            s(EventType.INCIDENT, Category.FALL, HOME, 30, "Found on bedroom floor at night, no injury seen",
                    "Resident in room {room} found sitting on the floor beside the bed during the night check. Says they were "
                            + "trying to reach the toilet. Call bell was out of reach and the walking frame at the foot of the bed.",
                    "Checked for injury with the senior, helped back to bed with the hoist, observations taken, family told in the morning.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(PERSON, EQUIPMENT_RESOURCES, WORKING_CONDITIONS),
                    "Call bells and walking frames are not checked as within reach at the evening settle.",
                    "Add 'bell and frame within reach' to the night settle checklist and the handover sheet", INTERMEDIATE,
                    "Bell and frame within reach, every night",
                    "Most night-time falls happened when the call bell or frame had been moved out of reach. At the evening "
                            + "settle, check both are within reach before you leave the room, and tick it on the checklist."),
            s(EventType.INCIDENT, Category.FALL, HOME | LIVING, 16, "Fall in the lounge, bruised hip",
                    "Resident from room {room} stood up from the lounge chair without the frame after lunch and fell sideways. "
                            + "Bruising to the hip. Staff were clearing tables in the dining room.",
                    "First aid, GP called, pain relief given as prescribed, falls diary updated.",
                    PhysicalHarm.LOW, PsychologicalHarm.LOW, List.of(PERSON, TEAM_SOCIAL, WORKING_CONDITIONS),
                    "The lounge is left without staff for up to 20 minutes after lunch while tables are cleared.",
                    "Rota a named carer to stay in the lounge from 12:30 to 13:30", STRONGER,
                    "Someone in the lounge after lunch",
                    "The lounge is where people get up unaided after lunch. One named carer now stays in the lounge from 12:30 "
                            + "to 13:30; check the rota for who it is today."),
            s(EventType.INCIDENT, Category.FALL, HOME, 2, "Fall on the stairs, fractured wrist",
                    "Resident from room {room} found at the bottom of the stairs near the lift, holding their wrist. The stair "
                            + "gate was open. Taken to hospital; wrist fracture confirmed.",
                    "Ambulance called, family told, gate closed, area made safe.",
                    PhysicalHarm.MODERATE, PsychologicalHarm.MODERATE, List.of(EQUIPMENT_RESOURCES, TASK_TECHNOLOGY, PERSON),
                    "The stair gate latch does not close by itself and is left open when trolleys pass.",
                    "Fit a self-closing latch to the stair gate", STRONGER, "A stair gate that closes itself",
                    "A fall on the stairs led to a broken wrist. The gate now closes and latches by itself. Never wedge it "
                            + "open; report it at once if it does not close."),
            s(EventType.INCIDENT, Category.FALL, HOME, 1, "Fall in the bathroom, hip fracture",
                    "Resident in room {room} fell in the en-suite while standing to wash, alone, at 05:40. Could not get up; "
                            + "hospital confirmed a fractured neck of femur needing surgery.",
                    "Not moved, ambulance called, kept warm and reassured, family and GP told.",
                    PhysicalHarm.SEVERE, PsychologicalHarm.MODERATE, List.of(PERSON, WORKING_CONDITIONS, TASK_TECHNOLOGY),
                    "The falls risk assessment was not reviewed after a change in medicines two weeks before.",
                    "Review every falls risk assessment within 48 hours of any change in medicines", INTERMEDIATE,
                    "A new medicine means a new falls assessment",
                    "A serious fall followed a change in medicines. Any change in medicines now triggers a review of the "
                            + "falls risk assessment within 48 hours."),
            s(EventType.INCIDENT, Category.FALL, VISITS, 12, "Client found on the floor at the morning visit",
                    "At the 08:00 visit the client was on the kitchen floor, conscious, saying they had slipped getting up in "
                            + "the night. No pendant alarm worn.",
                    "Checked for injury, ambulance advice taken, helped up with the emergency lifting cushion, family told.",
                    PhysicalHarm.LOW, PsychologicalHarm.MODERATE, List.of(PERSON, EQUIPMENT_RESOURCES, COMMUNICATION),
                    "Clients at risk of falls are not prompted at the evening visit to wear their pendant alarm.",
                    "Add 'pendant alarm on' to the evening visit tasks on the care app", INTERMEDIATE,
                    "Pendant on at the evening visit",
                    "A client lay on the floor for hours without their alarm. Before you leave the evening visit, check the "
                            + "pendant alarm is being worn; the app now asks you."),
            s(EventType.INCIDENT, Category.MEDICATION, ANY, 14, "Evening medicines given late",
                    "Evening round finished at 22:40 instead of 21:00. Time-critical medicines were over an hour late. The "
                            + "round was interrupted four times.",
                    "Out-of-hours advice taken, people observed, no harm noted.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(WORKING_CONDITIONS, TASK_TECHNOLOGY),
                    "The person giving medicines is interrupted repeatedly; time-critical medicines are not prioritised.",
                    "Introduce a 'do not disturb' tabard and give time-critical medicines first", INTERMEDIATE,
                    "Time-critical medicines first, and do not disturb",
                    "Time-critical medicines must be on time. Give them first, and do not interrupt anyone wearing the red "
                            + "medicines tabard."),
            s(EventType.INCIDENT, Category.MEDICATION, ANY, 10, "Missed dose: signed for but still in the pack",
                    "Morning tablets for room {room} were signed on the chart but found still in the blister pack at lunch.",
                    "Pharmacist and GP advice taken, dose given as advised, person observed.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(INDIVIDUAL_STAFF, TASK_TECHNOLOGY),
                    "Charts are sometimes signed before the medicine is taken, while the carer is called away.",
                    "Sign only after the medicine is seen taken; spot checks by the senior each shift", WEAKER,
                    "Sign after, never before",
                    "A dose was signed for but not given. Sign the chart only once you have seen the medicine taken."),
            s(EventType.INCIDENT, Category.MEDICATION, HOME | LIVING, 1, "Wrong dose of blood thinner given",
                    "Resident in room {room} was given the old dose of a blood thinner after the dose was changed at a "
                            + "hospital appointment. The new letter had not reached the chart.",
                    "GP and out-of-hours pharmacist contacted, blood test arranged, observed for bleeding.",
                    PhysicalHarm.MODERATE, PsychologicalHarm.LOW, List.of(COMMUNICATION, TASK_TECHNOLOGY, EXTERNAL),
                    "Dose changes from hospital letters are not checked into the chart the same day.",
                    "Every hospital letter is checked for medicine changes by the senior the day it arrives", INTERMEDIATE,
                    "Hospital letters checked the same day",
                    "A dose change in a hospital letter was missed. The senior now checks every letter for medicine changes "
                            + "the day it arrives."),
            s(EventType.INCIDENT, Category.PRESSURE_DAMAGE, HOME | VISITS, 3, "Category 2 pressure ulcer on heel",
                    "During personal care found a blister on the heel of the person in room {room}, category 2. Repositioning "
                            + "chart had gaps overnight.",
                    "District nurse contacted, heel offloaded, repositioning restarted two-hourly.",
                    PhysicalHarm.MODERATE, PsychologicalHarm.LOW, List.of(TASK_TECHNOLOGY, COMMUNICATION, EDUCATION_TRAINING),
                    "Repositioning is recorded on paper charts that are not reviewed at handover.",
                    "Review repositioning charts at every handover, led by the senior", INTERMEDIATE,
                    "Repositioning checked at every handover",
                    "Gaps in repositioning led to a pressure ulcer. The senior reviews every repositioning chart at handover; "
                            + "if there is a gap, say so straight away."),
            s(EventType.INCIDENT, Category.PRESSURE_DAMAGE, HOME | VISITS, 6, "Red mark on sacrum that did not fade",
                    "Redness over the sacrum of the person in room {room} did not blanch when pressed; category 1.",
                    "Pressure-relieving cushion put in place, district nurse told, skin checks increased.",
                    PhysicalHarm.LOW, PsychologicalHarm.NONE, List.of(EQUIPMENT_RESOURCES, TASK_TECHNOLOGY),
                    "Pressure-relieving cushions are shared between chairs and not always moved with the person.",
                    "Order a named cushion for each person at risk", STRONGER, "A cushion of your own",
                    "Early pressure damage came from a shared cushion left on another chair. People at risk now have a named "
                            + "cushion that goes where they go."),
            s(EventType.INCIDENT, Category.MISSED_VISIT, VISITS, 22,
                    "Morning visit missed, client without breakfast or medicines",
                    "The 08:00 call was not done. The rota showed it on two carers' lists after a late change, and each "
                            + "thought the other had it. Client found at 11:30.",
                    "Visit made at 11:40, medicines given, client well, family and GP told, apology given.",
                    PhysicalHarm.LOW, PsychologicalHarm.MODERATE,
                    List.of(COMMUNICATION, TASK_TECHNOLOGY, ORGANISATIONAL_STRATEGIC),
                    "Late rota changes are sent by text and not confirmed by the carer who takes the call.",
                    "Late rota changes only through the rota app, with the carer's confirmation required", STRONGER,
                    "Confirm every late change to your round",
                    "A client went without breakfast and medicines because two carers each thought the other had the call. "
                            + "Late changes now come only through the rota app: confirm each one."),
            s(EventType.INCIDENT, Category.MISSED_VISIT, VISITS, 8, "Tea visit missed after carer went off sick",
                    "The carer on the afternoon round went home ill at 15:00; the 17:00 visit was not reallocated.",
                    "Office phoned the client at 18:30, visit made at 19:10, client well.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(ORGANISATIONAL_STRATEGIC, COMMUNICATION),
                    "Nobody owns reallocating the calls of a carer who goes home during a shift.",
                    "The on-call coordinator reallocates calls within 30 minutes and confirms each one", INTERMEDIATE,
                    "Calls are never left without a carer",
                    "A visit was missed when a carer went home ill. The on-call coordinator now reallocates every call within "
                            + "30 minutes."),
            s(EventType.INCIDENT, Category.LATE_VISIT, VISITS, 26, "Lunch visit over an hour late",
                    "Traffic and an overrunning call made the lunch visit 70 minutes late. Client anxious.",
                    "Phoned the client from the car, office told, visit completed.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(WORKING_CONDITIONS, ORGANISATIONAL_STRATEGIC),
                    "Travel time between calls on the round is planned at 5 minutes where 15 is usual.",
                    "Replan travel time on the round using actual journey times", INTERMEDIATE,
                    "Travel time that matches the roads",
                    "Late visits came from unrealistic travel times. The round has been replanned; tell the office if a "
                            + "journey regularly takes longer than planned."),
            s(EventType.INCIDENT, Category.AGGRESSION, HOME | LIVING, 10, "Resident struck another resident in the corridor",
                    "Resident from room {room} hit another resident on the arm when they walked into their room by mistake. "
                            + "Both upset, no injury.",
                    "Both separated and reassured, checked for injury, families told, behaviour chart started.",
                    PhysicalHarm.NONE, PsychologicalHarm.MODERATE, List.of(PERSON, WORKING_CONDITIONS),
                    "Bedroom doors on the dementia unit look alike and residents mistake them in the evening.",
                    "Memory boxes and coloured doors on the dementia unit", STRONGER, "Doors people recognise",
                    "Residents walked into the wrong rooms and were frightened. Doors now carry colours and memory boxes; "
                            + "help people find their own door in the evening."),
            s(EventType.INCIDENT, Category.AGGRESSION, LIVING, 8, "Tenant threw a cup at a support worker",
                    "Tenant in flat {room} became distressed when the evening routine changed and threw a cup, which hit "
                            + "a support worker's shoulder.",
                    "Space given, de-escalation used, worker checked and supported, positive behaviour support plan reviewed.",
                    PhysicalHarm.LOW, PsychologicalHarm.MODERATE, List.of(PERSON, COMMUNICATION, EDUCATION_TRAINING),
                    "Changes to routine were not explained in advance in the way the tenant's plan asks.",
                    "Use the tenant's picture planner for every change to routine, a day ahead", INTERMEDIATE,
                    "Explain changes the way the plan says",
                    "Distress followed a change that was not explained in advance. Use the picture planner for any change, "
                            + "a day ahead."),
            s(EventType.INCIDENT, Category.SELF_HARM, LIVING, 4, "Tenant self-harmed after a phone call",
                    "Tenant in flat {room} scratched their forearms after an upsetting phone call. Superficial wounds.",
                    "First aid, stayed with the tenant, crisis plan followed, community mental health team told.",
                    PhysicalHarm.LOW, PsychologicalHarm.MODERATE, List.of(PERSON, EXTERNAL),
                    "Known triggers in the crisis plan were not shared with the evening staff.",
                    "Triggers and early signs summarised on the handover sheet for every shift", INTERMEDIATE,
                    "Know the triggers before your shift",
                    "Read the triggers and early signs on the handover sheet before every shift, and stay with the person "
                            + "when they are upset."),
            s(EventType.INCIDENT, Category.CHOKING, HOME, 2, "Choking on a sandwich at tea",
                    "Resident in room {room}, on a soft diet, was given a standard sandwich at tea and began choking.",
                    "Back blows given, food cleared, resident recovered, GP and speech therapist told.",
                    PhysicalHarm.LOW, PsychologicalHarm.MODERATE, List.of(COMMUNICATION, TASK_TECHNOLOGY),
                    "Diet textures are not shown on the kitchen's tea list.",
                    "Print each person's diet texture on the kitchen serving list", STRONGER, "Texture on every plate",
                    "A resident on a soft diet was served a sandwich. The serving list now shows each person's texture: "
                            + "check it for every plate."),
            s(EventType.INCIDENT, Category.INFECTION, HOME, 3, "Three residents with diarrhoea and vomiting",
                    "Three residents on the first floor had diarrhoea and vomiting within 24 hours.",
                    "Isolated in their rooms, health protection team told, enhanced cleaning, visiting paused on the floor.",
                    PhysicalHarm.LOW, PsychologicalHarm.LOW, List.of(WORKING_CONDITIONS, EDUCATION_TRAINING),
                    "Staff moved between floors during the outbreak before the first cases were recognised.",
                    "Outbreak kit and floor-based staffing started at the second case", INTERMEDIATE,
                    "Start the outbreak plan at the second case",
                    "An outbreak spread between floors. At the second case of diarrhoea or vomiting, start the outbreak plan."),
            s(EventType.INCIDENT, Category.EQUIPMENT, HOME, 3, "Hoist sling frayed during a transfer",
                    "During a transfer the sling's strap was seen to be frayed; the resident was lowered safely.",
                    "Transfer completed with another sling, sling taken out of use, maintenance told.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(EQUIPMENT_RESOURCES, TASK_TECHNOLOGY),
                    "Slings are not in the six-monthly equipment inspection.",
                    "Add every sling to the inspection register with a tag showing the next check", STRONGER,
                    "Check the sling's tag",
                    "A frayed sling was found during a transfer. Every sling now has a tag with its next check date: look "
                            + "at it before you use it."),
            s(EventType.INCIDENT, Category.INJURY_OTHER, ANY, 6, "Skin tear on the forearm during a transfer",
                    "Skin tear to the forearm of the person in room {room} while helping them from wheelchair to bed.",
                    "Wound cleaned and dressed, district nurse told, body map completed.",
                    PhysicalHarm.LOW, PsychologicalHarm.NONE, List.of(TASK_TECHNOLOGY, EQUIPMENT_RESOURCES),
                    "Wheelchair armrests have sharp edges where the padding has worn.",
                    "Pad or replace worn wheelchair armrests", STRONGER, "Padded armrests",
                    "Skin tears came from worn armrests. Report any wheelchair with worn padding at once."),
            s(EventType.INCIDENT, Category.MISSING_PERSON, HOME | LIVING, 1, "Resident left the building unnoticed",
                    "Resident from room {room}, living with dementia, was found by a neighbour at the bus stop at 16:20. The "
                            + "front door had been left on the latch for a delivery.",
                    "Brought back, checked over, family and police told, door secured.",
                    PhysicalHarm.NONE, PsychologicalHarm.MODERATE, List.of(EQUIPMENT_RESOURCES, WORKING_CONDITIONS),
                    "Deliveries come through the front door, which is left on the latch.",
                    "Deliveries through the side entrance with a keypad", STRONGER, "The front door stays shut",
                    "A resident left while the front door was on the latch for a delivery. Deliveries now use the side door."),
            s(EventType.INCIDENT, Category.DEATH, HOME | LIVING, 1, "Unexpected death overnight",
                    "Resident in room {room} was found unresponsive at the 02:00 check; paramedics confirmed death. The death "
                            + "was not expected.",
                    "Paramedics, GP and family told, police informed as the death was unexpected.",
                    PhysicalHarm.FATAL, PsychologicalHarm.NONE, List.of(PERSON, TASK_TECHNOLOGY),
                    "Signs of deterioration the evening before were not escalated with a recognised tool.",
                    "Use the soft-signs deterioration tool at every evening check and escalate by its score", INTERMEDIATE,
                    "Spot the soft signs",
                    "Soft signs of deterioration were missed the evening before a death. Use the deterioration tool at every "
                            + "evening check."),
            s(EventType.INCIDENT, Category.ENVIRONMENT, HOME | LIVING, 2, "Hot water at the bath tap too hot",
                    "The bath water in the first-floor bathroom measured 49 degrees before a bath; nobody was in the water.",
                    "Bathroom closed, maintenance called, water temperature checked elsewhere.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(EQUIPMENT_RESOURCES),
                    "The thermostatic valve had failed and is not on the monthly check list.",
                    "Add thermostatic valves to the monthly maintenance checks", STRONGER, "Water at a safe temperature",
                    "A failed valve let the bath water get too hot. Always measure the water before a bath."),
            s(EventType.INCIDENT, Category.PROPERTY, VISITS | LIVING, 3, "Key safe left open after a visit",
                    "At the lunch visit the key safe was found open with the key inside, after the morning visit.",
                    "Key safe closed and code checked, client and family told.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(INDIVIDUAL_STAFF, TASK_TECHNOLOGY),
                    "Closing the key safe is not part of the end-of-visit steps on the app.",
                    "Add 'key safe closed and scrambled' as the last step of every visit on the app", INTERMEDIATE,
                    "Close and scramble the key safe",
                    "A key safe was left open. The last step of every visit now asks you to close and scramble it."),
            s(EventType.INCIDENT, Category.DATA_BREACH, ANY, 1, "Care notes sent to the wrong family",
                    "An email with a care plan was sent to the family of another person with a similar surname.",
                    "Recipient asked to delete it, data protection lead told, person and family told.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(INDIVIDUAL_STAFF, TASK_TECHNOLOGY),
                    "Email addresses are typed from memory with auto-complete on.",
                    "Turn off address auto-complete and send care plans only from the care system", STRONGER,
                    "Care plans leave only through the system",
                    "A care plan went to the wrong family through auto-complete. Send care plans only from the care system."),
            // Near misses
            s(EventType.NEAR_MISS, Category.MEDICATION, ANY, 16, "Wrong person's tablets picked up, caught at the door",
                    "While preparing the morning round the blister pack for room {room} was picked up in place of another. "
                            + "The photo did not match, so nothing was given.",
                    "Pack returned, chart checked, senior told.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(TASK_TECHNOLOGY, EQUIPMENT_RESOURCES),
                    "Blister packs for rooms with similar numbers are stored side by side with small labels.",
                    "Re-order the medicines trolley by floor with photo labels on every slot", STRONGER,
                    "Check the photo before you go in",
                    "A near miss was caught because the carer checked the photo. The trolley is now ordered by floor with "
                            + "photo labels on every slot."),
            s(EventType.NEAR_MISS, Category.FALL, HOME, 6, "Sensor mat unplugged, found at the night check",
                    "The sensor mat in room {room} was found unplugged at the night check; the resident was asleep in bed.",
                    "Plugged in and tested, senior told.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(EQUIPMENT_RESOURCES),
                    "Sensor mats are unplugged for cleaning and not always reconnected.",
                    "Sensor mats tested at every evening settle", INTERMEDIATE, "Test the sensor mat",
                    "A sensor mat was found unplugged. Test it at every evening settle."),
            s(EventType.NEAR_MISS, Category.EQUIPMENT, HOME | LIVING, 3, "Hoist battery flat before a transfer",
                    "The hoist battery was flat when needed for a transfer; a second hoist was used.",
                    "Battery put on charge, maintenance told.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(EQUIPMENT_RESOURCES),
                    "Hoist batteries have no charging routine.", "Spare batteries charged on a night rota", STRONGER,
                    "A charged hoist, always", "Swap and charge hoist batteries on the night rota."),
            s(EventType.NEAR_MISS, Category.MISSED_VISIT, VISITS, 6, "Visit nearly missed: client not on the new rota",
                    "A client was left off the new weekly rota; a carer noticed the next morning and the visit was made on time.",
                    "Visit made, rota corrected, office told.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(TASK_TECHNOLOGY, COMMUNICATION),
                    "Rota changes are not checked against the list of active clients.",
                    "Rota system flags any active client without a visit", STRONGER, "Nobody left off the rota",
                    "A client was nearly left without visits. The rota system now flags anyone without a visit."),
            // Complaints
            s(EventType.COMPLAINT, Category.CARE_QUALITY, HOME | LIVING, 10, "Family unhappy that personal care was missed",
                    "A relative of the person in room {room} complained that their hair had not been washed for two weeks and "
                            + "clothes were mixed up with someone else's.",
                    "Apologised, hair wash arranged the same day, laundry checked.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(COMMUNICATION, TASK_TECHNOLOGY),
                    "Personal care preferences are not in the daily notes staff read.",
                    "Add personal care preferences to the daily notes summary", INTERMEDIATE, "Preferences in the daily notes",
                    "A family told us care preferences were missed. Preferences now appear in the daily notes summary."),
            s(EventType.COMPLAINT, Category.LATE_VISIT, VISITS, 10, "Client complains visits are never at the agreed time",
                    "A client's son complained that morning visits arrive anywhere between 07:30 and 10:00.",
                    "Apologised, rota reviewed with the coordinator.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(ORGANISATIONAL_STRATEGIC, COMMUNICATION),
                    "Time-critical visits are not marked as such on the rota.",
                    "Mark time-critical visits on the rota and fix their window", INTERMEDIATE, "Visits at the agreed time",
                    "Clients need visits at the time agreed. Time-critical visits are now marked on the rota."),
            s(EventType.COMPLAINT, Category.COMMUNICATION, ANY, 6, "Family not told about a fall",
                    "A relative complained they heard about a fall from the person, two days later, not from staff.",
                    "Apologised, contact preferences checked.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(COMMUNICATION),
                    "Who to tell, and when, is not recorded for each person.",
                    "Record each person's contact preferences and check them at every incident", INTERMEDIATE,
                    "Tell families the way they asked",
                    "A family heard about a fall too late. Check the person's contact preferences after every incident."),
            s(EventType.COMPLAINT, Category.STAFF_ATTITUDE, ANY, 4, "Complaint that a carer was abrupt",
                    "A person using the service said a carer was abrupt and rushed them during personal care.",
                    "Apologised, carer spoken to, supervision booked.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(INDIVIDUAL_STAFF, WORKING_CONDITIONS),
                    "Morning calls are too short for the care planned.", "Lengthen morning calls where the plan needs it",
                    INTERMEDIATE, "Time to care with dignity",
                    "Rushed care feels disrespectful. Morning calls have been lengthened where the plan needs it."),
            s(EventType.COMPLAINT, Category.FEES_CONTRACT, ANY, 2, "Invoice disputed by a family",
                    "A family disputed an invoice that charged for visits that were cancelled.",
                    "Invoice checked and corrected, apology sent.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(TASK_TECHNOLOGY),
                    "Cancelled visits are not removed from billing automatically.",
                    "Link cancellations in the rota to billing", STRONGER, "Bill only what was delivered",
                    "Cancelled visits were billed. Cancellations in the rota now reach billing by themselves."),
            // Safeguarding concerns
            s(EventType.SAFEGUARDING_CONCERN, Category.ABUSE_NEGLECT, ANY, 8, "Unexplained bruising on upper arms",
                    "During personal care noticed finger-mark bruising on both upper arms of the person in room {room}, who "
                            + "cannot explain how it happened.",
                    "Body map completed, senior and manager told, person reassured.",
                    PhysicalHarm.LOW, PsychologicalHarm.MODERATE, List.of(EDUCATION_TRAINING, TASK_TECHNOLOGY),
                    "Staff supporting transfers hold people under the arms instead of using the handling belt.",
                    "Handling belts in every room and a competency check for all staff", INTERMEDIATE,
                    "Use the handling belt for transfers",
                    "Bruising came from holding people under the arms during transfers. Use the handling belt; your senior "
                            + "will check your competency."),
            s(EventType.SAFEGUARDING_CONCERN, Category.ABUSE_NEGLECT, VISITS | LIVING, 4, "Concern about a client's money",
                    "A client said cash keeps going missing from their purse after a relative's visits.",
                    "Manager told, client reassured, no questions put to the relative.",
                    PhysicalHarm.NONE, PsychologicalHarm.MODERATE, List.of(EXTERNAL, COMMUNICATION),
                    "Staff were unsure whether financial abuse should be reported.",
                    "Financial abuse added to the safeguarding refresher with real examples", WEAKER,
                    "Money going missing is a safeguarding concern",
                    "Report it whenever a person's money goes missing: financial abuse is abuse."),
            // Staff concerns
            s(EventType.STAFF_CONCERN, Category.STAFFING, ANY, 5, "Night shift regularly one carer short",
                    "For the last month the night shift has often had one carer fewer than planned, and two people need two "
                            + "carers to reposition.",
                    "Raised with the guardian in confidence.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(ORGANISATIONAL_STRATEGIC, WORKING_CONDITIONS),
                    "Night sickness cover relies on goodwill, with no on-call list.", "Set up a paid night on-call list",
                    STRONGER, "Night cover you can count on", "Staff spoke up about short nights; there is now a paid on-call list."),
            s(EventType.STAFF_CONCERN, Category.CARE_QUALITY, ANY, 3, "Worried that care is rushed on the morning shift",
                    "A carer raised in confidence that morning care is rushed to finish before the medicines round.",
                    "Raised with the guardian in confidence.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(WORKING_CONDITIONS, TEAM_SOCIAL),
                    "The morning routine is planned around the medicines round, not people's wishes.",
                    "Redesign the morning routine with staff", INTERMEDIATE, "Mornings at people's pace",
                    "Staff spoke up about rushed mornings; the routine has been redesigned with them."),
            // Good practice
            s(EventType.GOOD_PRACTICE, Category.CHOKING, HOME, 3, "Quick response to choking at lunch",
                    "Resident began choking at lunch; the carer recognised it at once, gave back blows and the food came out.",
                    "Resident checked, GP told, speech therapy referral made.",
                    PhysicalHarm.NONE, PsychologicalHarm.LOW, List.of(EDUCATION_TRAINING),
                    "First aid practice in the last year made the response fast and right.",
                    "Keep annual choking first aid practice for every carer, including nights", WEAKER,
                    "What went right at lunch", "A carer's quick back blows cleared a choking resident's airway. Book your "
                            + "first aid practice if it is due."),
            s(EventType.GOOD_PRACTICE, Category.CARE_QUALITY, ANY, 3, "Deterioration spotted early by a carer",
                    "A carer noticed the person in room {room} was more confused than usual and escalated; an infection was "
                            + "treated the same day.",
                    "GP called, treatment started, family told.",
                    PhysicalHarm.NONE, PsychologicalHarm.NONE, List.of(EDUCATION_TRAINING, COMMUNICATION),
                    "Knowing the person's usual self made the change visible.",
                    "Share 'what is usual for me' summaries at every handover", WEAKER, "Know what is usual",
                    "A carer who knew the person well spotted an infection early. Read the 'what is usual for me' summary."));
}
