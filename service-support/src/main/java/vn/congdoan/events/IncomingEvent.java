package vn.congdoan.events;

import java.time.Instant;

import vn.congdoan.contracts.EventType;

/** A decoded record: its CloudEvents attributes and its payload record. */
public record IncomingEvent<T>(String id, EventType type, String source, String subject, Instant time, T payload) {
}
