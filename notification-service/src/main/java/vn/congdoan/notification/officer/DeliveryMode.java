package vn.congdoan.notification.officer;

/** Whether an officer hears of each notification as it comes or once a day in a digest. */
public enum DeliveryMode {
    IMMEDIATE, DAILY_DIGEST
}
