package org.learnloop.shared.web;

import org.learnloop.shared.ConflictingChange;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Turns failures on pages into a plain page that says what happened and what to do next. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound() {
        return page("error/404", HttpStatus.NOT_FOUND, null);
    }

    /**
     * A malformed id of the record a page is about (in its path, or as {@code ?eventId=}) names a
     * record that does not exist; any other malformed value in the address is a mistake to correct.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class) || e.getRequiredType() == java.util.UUID.class) {
            return notFound();
        }
        return page("error/400", HttpStatus.BAD_REQUEST, "Enter a valid value for " + e.getName());
    }

    /** Values in the address that could not be read into the fields they belong to. */
    @ExceptionHandler(BindException.class)
    ModelAndView unreadable(BindException e) {
        String field = e.getFieldError() == null ? null : e.getFieldError().getField();
        return page("error/400", HttpStatus.BAD_REQUEST, field == null ? null : "Enter a valid value for " + field);
    }

    @ExceptionHandler(Forbidden.class)
    ModelAndView forbidden(Forbidden e) {
        return page("error/403", HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({ InvalidRequest.class, MissingServletRequestParameterException.class })
    ModelAndView invalid(Exception e) {
        return page("error/400", HttpStatus.BAD_REQUEST, e instanceof InvalidRequest ? e.getMessage() : null);
    }

    @ExceptionHandler({ ConflictingChange.class, OptimisticLockingFailureException.class })
    ModelAndView conflict(RuntimeException e) {
        return page("error/409", HttpStatus.CONFLICT, null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return page("error/500", HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private static ModelAndView page(String view, HttpStatus status, String detail) {
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        mav.addObject("detail", detail);
        return mav;
    }
}
