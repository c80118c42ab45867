package vn.congdoan.portal.planning;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A document above the upload bound is refused while the request is read, before any controller:
 * the officer is sent back to the import form, which says how large a document may be.
 */
@ControllerAdvice
class UploadTooBig {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooBig() {
        return "redirect:/plans/import?tooBig";
    }
}
