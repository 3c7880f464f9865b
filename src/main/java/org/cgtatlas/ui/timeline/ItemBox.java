package org.cgtatlas.ui.timeline;

/**
 * Where one placement of an item is drawn, in viewport pixels, and where its label may go: from {@code labelX}
 * for at most {@code labelRoom} pixels (up to the next item of the same sub-row), so labels never overlap.
 */
public record ItemBox(int item, int lane, double x, double y, double width, double height, double labelX,
                      double labelRoom) {

    boolean contains(double px, double py, double tolerance) {
        return px >= x - tolerance && px <= x + width + tolerance && py >= y - tolerance && py <= y + height + tolerance;
    }
}
