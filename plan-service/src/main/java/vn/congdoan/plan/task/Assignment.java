package vn.congdoan.plan.task;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task assigned to one unit with a due date. {@code reminders} holds the keys of the reminders
 * already staged, so that a sweep never stages one twice.
 */
@Document("assignments")
public class Assignment {
    @Id
    private final String id;
    private final String unitId;
    private final String taskTitle;
    @Indexed
    private final LocalDate dueDate;
    private final LocalDate assignedOn;
    private LocalDate completedOn;
    private final Set<String> reminders;

    @PersistenceCreator
    Assignment(String id, String unitId, String taskTitle, LocalDate dueDate, LocalDate assignedOn,
               LocalDate completedOn, Set<String> reminders) {
        this.id = id;
        this.unitId = unitId;
        this.taskTitle = taskTitle;
        this.dueDate = dueDate;
        this.assignedOn = assignedOn;
        this.completedOn = completedOn;
        this.reminders = reminders == null ? new HashSet<>() : new HashSet<>(reminders);
    }

    static Assignment assign(String id, String unitId, String taskTitle, LocalDate dueDate, LocalDate today) {
        return new Assignment(id, unitId, taskTitle, dueDate, today, null, Set.of());
    }

    public String id() {
        return id;
    }

    public String unitId() {
        return unitId;
    }

    public String taskTitle() {
        return taskTitle;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate assignedOn() {
        return assignedOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public boolean reminded(String key) {
        return reminders.contains(key);
    }
}
