package vn.congdoan.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A request body that is a list holds no null ({@code [null]} or {@code [{…}, null]}): refused with
 * a 400 naming each element ({@code [1]}). {@link StrictJson} refuses nulls in lists that are fields;
 * Jackson applies no such rule to a list that is the whole body, which then reached the endpoint.
 */
@ControllerAdvice
class NoNullElements extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return Collection.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converter) {
        if (body instanceof Collection<?> elements) {
            List<FieldError> errors = new ArrayList<>();
            int index = 0;
            for (Object element : elements) {
                if (element == null) {
                    errors.add(new FieldError("[" + index + "]", "must not be null"));
                }
                index++;
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
        }
        return body;
    }
}
