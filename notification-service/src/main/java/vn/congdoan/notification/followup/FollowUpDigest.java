package vn.congdoan.notification.followup;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.units.ReplicatedUnit;

/**
 * Groups the occurrences a day's follow-up looks at into one summary per parent unit: for each
 * task and due date its children were given, how many there are, how many have not done it and
 * who they are. Tasks every child has done are left out; a parent with nothing open gets nothing.
 * Plain class, no Spring.
 */
public class FollowUpDigest {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final Function<Collection<String>, Map<String, ReplicatedUnit>> units;
    private final Function<String, Optional<String>> planTitles;
    private final int maxNames;

    public FollowUpDigest(Function<Collection<String>, Map<String, ReplicatedUnit>> units,
                          Function<String, Optional<String>> planTitles, int maxNames) {
        this.units = units;
        this.planTitles = planTitles;
        this.maxNames = maxNames;
    }

    /** Per parent unit (sorted by id), its open items, earliest due date first. */
    public Map<String, List<NotificationData.Item>> summarise(Collection<FollowUps.Occurrence> occurrences) {
        Map<String, Map<String, Open>> byParent = new TreeMap<>();
        for (FollowUps.Occurrence o : occurrences) {
            if (o.parentUnitId() == null || o.unitId() == null) {
                continue;
            }
            String task = o.planId() + "|" + (o.taskId() != null ? o.taskId() : o.taskTitle()) + "|" + o.dueDate();
            Open open = byParent.computeIfAbsent(o.parentUnitId(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(task, k -> new Open(o));
            if (open.children.add(o.unitId()) && !o.done()) {
                open.missing.add(o.unitId());
            }
        }
        Set<String> missing = new HashSet<>();
        byParent.values().forEach(tasks -> tasks.values().forEach(open -> missing.addAll(open.missing)));
        Map<String, ReplicatedUnit> known = missing.isEmpty() ? Map.of() : units.apply(missing);
        Map<String, Optional<String>> titles = new java.util.HashMap<>();
        Map<String, List<NotificationData.Item>> summaries = new LinkedHashMap<>();
        byParent.forEach((parent, tasks) -> {
            List<NotificationData.Item> items = tasks.values().stream().filter(open -> !open.missing.isEmpty())
                    .map(open -> open.item(known, titles.computeIfAbsent(String.valueOf(open.first.planId()),
                            id -> open.first.planId() == null ? Optional.empty() : planTitles.apply(id)).orElse(null)))
                    .sorted(Comparator.comparing(NotificationData.Item::dueDate)
                            .thenComparing(NotificationData.Item::taskTitle, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            if (!items.isEmpty()) {
                summaries.put(parent, items);
            }
        });
        return summaries;
    }

    /** One task and due date under one parent, while it is being counted. */
    private final class Open {
        final FollowUps.Occurrence first;
        final Set<String> children = new HashSet<>();
        final List<String> missing = new ArrayList<>();

        Open(FollowUps.Occurrence first) {
            this.first = first;
        }

        NotificationData.Item item(Map<String, ReplicatedUnit> known, String planTitle) {
            List<String> names = missing.stream().map(id -> known.containsKey(id) && known.get(id).name() != null
                    ? known.get(id).name() : id).sorted((Collator) VIETNAMESE.clone()).limit(maxNames).toList();
            Set<String> levels = new HashSet<>();
            missing.forEach(id -> levels.add(known.containsKey(id) && known.get(id).level() != null
                    ? known.get(id).level().name() : "?"));
            String level = levels.size() == 1 && !levels.contains("?") ? levels.iterator().next() : null;
            return new NotificationData.Item(first.planId(), first.planNumber(), planTitle, first.taskId(),
                    first.taskTitle(), first.reportTask(), first.dueDate(), children.size(), missing.size(), names, level);
        }
    }

}
