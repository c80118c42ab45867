package vn.congdoan.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, the same shape on every endpoint: {@code page} counts from 0. (Spring's own
 * {@code Page} serialises as an unstable implementation detail.)
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
