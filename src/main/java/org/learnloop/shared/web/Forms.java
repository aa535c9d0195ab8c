package org.learnloop.shared.web;

import org.learnloop.shared.InvalidRequest;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Puts a rule broken in an application service onto the form, beside the field it concerns. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, InvalidRequest e) {
        for (InvalidRequest.FieldMessage error : e.errors()) {
            try {
                result.rejectValue(error.field(), "invalid", error.message());
            } catch (RuntimeException notAField) {
                result.reject("invalid", error.message());
            }
        }
    }

    /**
     * Keeps the form on the page when some of its fields could not be read (a word where a date
     * belongs). Spring then leaves the page only the errors and no form; this puts back the form
     * with what could be read, so the person sees what they typed with each error beside its field.
     * Use the answer in place of {@code result} from then on.
     */
    public static BindingResult keep(Model model, Object form, BindingResult result) {
        if (result.getTarget() != null || form == null) {
            return result;
        }
        BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, result.getObjectName());
        kept.addAllErrors(result);
        model.addAttribute(result.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), kept);
        return kept;
    }
}
