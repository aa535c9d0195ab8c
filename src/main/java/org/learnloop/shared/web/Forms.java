package org.learnloop.shared.web;

import org.learnloop.shared.InvalidRequest;
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
}
