package org.cgtatlas.ui.timeline;

import java.time.LocalDate;

/** An axis tick at {@code x}, for the day {@code date}; a {@code major} tick starts a larger period (a year, a month). */
public record Tick(LocalDate date, double x, String label, boolean major) {
}
