package org.learnloop.shared.web;

import java.util.List;
import java.util.Map;

import org.learnloop.shared.ConflictingChange;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of an API call into an RFC 9457 problem detail in plain English. No stack
 * trace and no exception message from a library ever reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<ProblemDetail> forbidden(Forbidden e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), List.of());
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequest e) {
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid", e.getMessage(), e.errors());
    }

    @ExceptionHandler({ ConflictingChange.class, OptimisticLockingFailureException.class })
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        String detail = e instanceof ConflictingChange ? e.getMessage()
                : "The record was changed by someone else. Reload it and try again.";
        return problem(HttpStatus.CONFLICT, "Changed by someone else", detail, List.of());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> bind(BindException e) {
        List<FieldMessage> errors = e.getFieldErrors().stream()
                .map(f -> new FieldMessage(f.getField(), f.isBindingFailure()
                        ? "Enter a valid value for " + f.getField()
                        : f.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid",
                errors.isEmpty() ? "Check the values you sent" : errors.get(0).message(), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e) {
        List<FieldMessage> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldMessage(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid",
                errors.isEmpty() ? "Check the values you sent" : errors.get(0).message(), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        FieldMessage error = UnreadableBody.describe(e);
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid", error.message(), List.of(error));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return problem(HttpStatus.NOT_FOUND, "Not found", "No record has that id.", List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid", "Enter a valid value for " + e.getName(),
                List.of(new FieldMessage(e.getName(), "Enter a valid value for " + e.getName())));
    }

    /** An id in the address that is nothing but spaces reads as no id at all: it names no record. */
    @ExceptionHandler(MissingPathVariableException.class)
    ResponseEntity<ProblemDetail> blankId(MissingPathVariableException e) {
        if (!e.isMissingAfterConversion()) {
            return unexpected(e);
        }
        return problem(HttpStatus.NOT_FOUND, "Not found", "No record has that id.", List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid", "Enter " + e.getParameterName(),
                List.of(new FieldMessage(e.getParameterName(), "Enter " + e.getParameterName())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Send the body as application/json.", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "This address does not accept " + e.getMethod() + ".", List.of());
    }

    /**
     * The unexpected, and the database that cannot be reached: for that, 503 with a
     * {@code Retry-After} in place of a 500, so that a client tries again later rather than give
     * up, and a person is told nothing is wrong with what they sent.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            return unavailable();
        }
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Something went wrong on our side. Nothing was saved; try again.", List.of());
    }

    static ResponseEntity<ProblemDetail> unavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
        problem.setTitle(DatabaseOutage.TITLE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, List<FieldMessage> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(f -> Map.of("field", f.field(), "message", f.message()))
                    .toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
