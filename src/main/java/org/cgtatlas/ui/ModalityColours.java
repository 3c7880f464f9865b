package org.cgtatlas.ui;

import java.util.List;
import org.cgtatlas.domain.Modality;

/**
 * One fixed colour per modality, the same in every chart and in both themes (mid-tone colours that read on light
 * and dark backgrounds); charts' own eight default colours would repeat across the sixteen modalities.
 */
public final class ModalityColours {

    private static final List<String> COLOURS = List.of("#e8590c", "#f59f00", "#2f9e44", "#1c7ed6", "#7048e8", "#c2255c",
            "#0c8599", "#66a80f", "#ae3ec9", "#d6336c", "#3b5bdb", "#f08c00", "#5c940d", "#1098ad", "#e03131", "#9c36b5");
    private static final String NOT_STATED = "#868e96";

    private ModalityColours() {
    }

    /** The colour as CSS hex; {@code null} (modality not stated) is grey. */
    public static String of(Modality modality) {
        return modality == null ? NOT_STATED : COLOURS.get(modality.ordinal() % COLOURS.size());
    }
}
