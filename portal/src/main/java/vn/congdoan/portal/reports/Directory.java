package vn.congdoan.portal.reports;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import vn.congdoan.portal.services.Services;

/** The child units of a unit (plan-service) and their officers' contacts (notification-service). */
@Component
class Directory {
    private static final int MAX_CHILDREN = 500;
    private final Services services;

    Directory(Services services) {
        this.services = services;
    }

    List<Unit> children(String unitId) {
        Page<Unit> page = services.plan().get().uri("/api/units?parentId={id}&size=" + MAX_CHILDREN, unitId).retrieve()
                .body(new ParameterizedTypeReference<Page<Unit>>() { });
        return page == null ? List.of() : page.items();
    }

    List<Contact> contacts(String unitId) {
        Page<Contact> page = services.notification().get().uri("/api/officers?unitId={id}&size=20", unitId).retrieve()
                .body(new ParameterizedTypeReference<Page<Contact>>() { });
        return page == null ? List.of() : page.items();
    }

    FollowUp followUp(String unitId, LocalDate date) {
        return services.notification().get().uri("/api/units/{id}/follow-up?date={date}", unitId, date).retrieve()
                .body(FollowUp.class);
    }

    record Page<T>(List<T> items) {
    }

    record Unit(String id, String code, String name, String level, LocalDate closedOn) {
    }

    record Contact(String name, String role, String email, String phone) {
    }

    record FollowUp(String unitId, LocalDate date, List<Item> items) {
    }

    record Item(String planId, String planNumber, String planTitle, String taskTitle, boolean reportTask,
                LocalDate dueDate, int total, int notDone, List<String> missing, String childLevel) {
    }
}
