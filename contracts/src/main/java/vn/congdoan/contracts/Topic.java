package vn.congdoan.contracts;

/**
 * The Kafka topics of the platform: one per publishing service and aggregate family
 * (docs/architecture.md §4). The record key is always the aggregate id, so one aggregate's events stay
 * in order within a partition.
 */
public enum Topic {
    PLAN_UNITS("plan.units", "plan-service", true),
    PLAN_PLANS("plan.plans", "plan-service", false),
    PLAN_TASKS("plan.tasks", "plan-service", false),
    OUTREACH_ACTIVITIES("outreach.activities", "outreach-service", false),
    OUTREACH_ROSTERS("outreach.rosters", "outreach-service", false),
    OUTREACH_FACTS("outreach.facts", "outreach-service", false),
    REPORTING_REPORTS("reporting.reports", "reporting-service", false),
    REPORTING_TARGETS("reporting.targets", "reporting-service", false),
    NOTIFICATION_DELIVERIES("notification.deliveries", "notification-service", false);

    private final String topicName;
    private final String producer;
    private final boolean compacted;

    Topic(String topicName, String producer, boolean compacted) {
        this.topicName = topicName;
        this.producer = producer;
        this.compacted = compacted;
    }

    public String topicName() {
        return topicName;
    }

    /** The application name ({@code spring.application.name}) of the only service that publishes here. */
    public String producer() {
        return producer;
    }

    /** Compacted topics keep the latest record per key: the unit directory is such a topic. */
    public boolean compacted() {
        return compacted;
    }

    /** Where a consumer group's poison records go, with the error in the record headers. */
    public String deadLetterTopic(String consumerGroup) {
        return topicName + "." + consumerGroup + ".dlq";
    }
}
