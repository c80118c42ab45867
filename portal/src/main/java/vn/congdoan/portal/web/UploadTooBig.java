package vn.congdoan.portal.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A file above the upload bound is refused while the request is read, before any controller: the
 * officer is sent back to the form it was sent from (each upload form's page has the address it
 * posts to), which says with {@code ?tooBig} how large a file may be.
 */
@ControllerAdvice
class UploadTooBig {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooBig(HttpServletRequest request) {
        return "redirect:" + request.getServletPath() + "?tooBig";
    }
}
