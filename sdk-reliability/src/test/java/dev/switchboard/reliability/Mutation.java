package dev.switchboard.reliability;

/** A response body produced for a case and a one-line description of how it was made (for the failure report). */
record Mutation(byte[] body, String detail) {}
