package org.cgtatlas.domain;

/** An organization taking part in an event, and in what role (licensor, host, visitor…). */
public record EventParticipant(String organizationId, String role) {
}
