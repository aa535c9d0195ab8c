package org.learnloop.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.learnloop.shared.ConflictingChange;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns failures on pages into a plain page that says what happened and what to do next, with the
 * same header and menu as every other page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final List<PageModel> pageModels;

    PageErrors(List<PageModel> pageModels) {
        this.pageModels = pageModels;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return page(request, "error/404", HttpStatus.NOT_FOUND, null);
    }

    /**
     * A malformed id of the record a page is about (in its path, or as {@code ?eventId=}) names a
     * record that does not exist; any other malformed value in the address is a mistake to correct.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(HttpServletRequest request, MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class) || e.getRequiredType() == java.util.UUID.class) {
            return notFound(request);
        }
        return page(request, "error/400", HttpStatus.BAD_REQUEST, "Enter a valid value for " + e.getName());
    }

    /** An id in the address that is nothing but spaces reads as no id at all: it names no record. */
    @ExceptionHandler(MissingPathVariableException.class)
    ModelAndView blankId(HttpServletRequest request, HttpServletResponse response, MissingPathVariableException e) {
        if (!e.isMissingAfterConversion()) {
            return unexpected(request, response, e);
        }
        return notFound(request);
    }

    /** Values in the address that could not be read into the fields they belong to. */
    @ExceptionHandler(BindException.class)
    ModelAndView unreadable(HttpServletRequest request, BindException e) {
        String field = e.getFieldError() == null ? null : e.getFieldError().getField();
        return page(request, "error/400", HttpStatus.BAD_REQUEST, field == null ? null : "Enter a valid value for " + field);
    }

    @ExceptionHandler(Forbidden.class)
    ModelAndView forbidden(HttpServletRequest request, Forbidden e) {
        return page(request, "error/403", HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({ InvalidRequest.class, MissingServletRequestParameterException.class })
    ModelAndView invalid(HttpServletRequest request, Exception e) {
        return page(request, "error/400", HttpStatus.BAD_REQUEST, e instanceof InvalidRequest ? e.getMessage() : null);
    }

    @ExceptionHandler({ ConflictingChange.class, OptimisticLockingFailureException.class })
    ModelAndView conflict(HttpServletRequest request, RuntimeException e) {
        return page(request, "error/409", HttpStatus.CONFLICT, null);
    }

    /**
     * The unexpected, and the database that cannot be reached: for that, a page that says so and
     * asks the person to try again in a minute, with a {@code Retry-After} header, in place of a
     * 500. A form that must not lose what was typed (the report) catches the outage itself and
     * shows the form again instead.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(HttpServletRequest request, HttpServletResponse response, Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            return page(request, "error/503", HttpStatus.SERVICE_UNAVAILABLE, null);
        }
        log.error("Unexpected failure", e);
        return page(request, "error/500", HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private ModelAndView page(HttpServletRequest request, String view, HttpStatus status, String detail) {
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        for (PageModel model : pageModels) {
            try {
                mav.addAllObjects(model.attributes(request));
            } catch (RuntimeException e) {
                // an error page must still show when what goes around it fails
                log.warn("Page model left off an error page", e);
            }
        }
        mav.addObject("detail", detail);
        return mav;
    }
}
