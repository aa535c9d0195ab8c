package org.learnloop.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What every page shows around its own content, such as the signed-in person and the menu. A
 * module's controller advice adds it to the pages its controllers render; error pages are rendered
 * by an exception handler, which model attributes of controller advice do not reach, so
 * {@link PageErrors} asks every bean of this type for the same attributes.
 */
public interface PageModel {

    /** The model attributes for a page answering {@code request}, by name. */
    Map<String, Object> attributes(HttpServletRequest request);
}
