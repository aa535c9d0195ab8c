package org.learnloop.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.Finding;
import org.learnloop.review.LearningResponse;
import org.learnloop.review.ReviewView;
import org.learnloop.review.UpdateReview;

/** The forms of the review pages. */
final class ReviewForms {

    private ReviewForms() {
    }

    /** Opening a review: the events, the kind of response and its lead. */
    record OpenForm(List<UUID> eventIds, LearningResponse type, String leadUsername) {
    }

    /**
     * Writing up a review. Findings come as parallel lists (one text box each, with the id of an
     * existing finding beside it) so that the form works without JavaScript; blank ones are ignored.
     */
    record ReviewForm(String summary, List<ContributoryFactor> contributoryFactors, List<String> findingText,
            List<String> findingId, Integer version) {

        static final int BLANK_FINDINGS = 2;

        static ReviewForm of(ReviewView review) {
            List<String> texts = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Finding finding : review.findings()) {
                texts.add(finding.text());
                ids.add(finding.id().toString());
            }
            for (int i = 0; i < BLANK_FINDINGS; i++) {
                texts.add("");
                ids.add("");
            }
            return new ReviewForm(review.summary(), List.copyOf(review.contributoryFactors()), texts, ids, review.version());
        }

        /**
         * The finding boxes taken together, as the rules speak of them ("record at least one
         * finding"), so that such a message sits by the findings on the form.
         */
        public List<String> getFindings() {
            return findingText;
        }

        UpdateReview toCommand() {
            List<UpdateReview.FindingInput> findings = new ArrayList<>();
            List<String> texts = findingText == null ? List.of() : findingText;
            for (int i = 0; i < texts.size(); i++) {
                String id = findingId != null && i < findingId.size() ? findingId.get(i) : null;
                findings.add(new UpdateReview.FindingInput(parse(id), texts.get(i)));
            }
            Set<ContributoryFactor> factors = contributoryFactors == null ? Set.of()
                    : contributoryFactors.stream().filter(java.util.Objects::nonNull).collect(Collectors.toUnmodifiableSet());
            return new UpdateReview(summary, factors, findings, version);
        }

        ReviewForm withBlankFindings() {
            List<String> texts = new ArrayList<>(findingText == null ? List.of() : findingText);
            List<String> ids = new ArrayList<>(findingId == null ? List.of() : findingId);
            while (ids.size() < texts.size()) {
                ids.add("");
            }
            long blanks = texts.stream().filter(t -> t == null || t.isBlank()).count();
            for (long i = blanks; i < BLANK_FINDINGS; i++) {
                texts.add("");
                ids.add("");
            }
            return new ReviewForm(summary, contributoryFactors, texts, ids, version);
        }

        /** The same words, to be saved over the given version of the review. */
        ReviewForm atVersion(int version) {
            return new ReviewForm(summary, contributoryFactors, findingText, findingId, version);
        }

        private static UUID parse(String id) {
            try {
                return id == null || id.isBlank() ? null : UUID.fromString(id.trim());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
