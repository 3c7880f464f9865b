package org.cgtatlas.landscape.countries;

import java.util.Locale;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.MilestoneCategory;

/** The rows the comparison can show, in their default order; the analyst may hide and reorder them. */
public enum ComparisonRowKind {
    APPROVED_PRODUCTS(MetricKind.APPROVED_CGT_PRODUCTS, null),
    APPROVED_AUTOLOGOUS(MetricKind.APPROVED_AUTOLOGOUS_CELL_THERAPIES, null),
    TRIALS_ONGOING(MetricKind.CGT_TRIALS_ONGOING, null),
    CAR_T_TRIALS(MetricKind.CAR_T_TRIALS, null),
    CELL_THERAPY_TRIALS(MetricKind.CELL_THERAPY_TRIALS, null),
    GENE_THERAPY_TRIALS(MetricKind.GENE_THERAPY_TRIALS, null),
    CELL_THERAPY_TRIAL_GROWTH(MetricKind.CELL_THERAPY_TRIAL_GROWTH_PCT, null),
    GENE_THERAPY_TRIAL_GROWTH(MetricKind.GENE_THERAPY_TRIAL_GROWTH_PCT, null),
    COUNTED_TRIALS(null, null),
    COUNTED_TRIALS_BY_MODALITY(null, null),
    TRIAL_HIGHLIGHTS(null, MilestoneCategory.TRIALS),
    REGULATORY(null, MilestoneCategory.REGULATORY),
    MANUFACTURING(null, MilestoneCategory.MANUFACTURING),
    INNOVATION(null, MilestoneCategory.INNOVATION),
    CAR_T_PIPELINE(MetricKind.CAR_T_PIPELINE, null),
    MARKET_GROWTH(MetricKind.MARKET_GROWTH_PCT, null),
    GROWTH_INDICATORS(null, MilestoneCategory.MARKET),
    PROGRAMMES(null, null),
    PIPELINE_COMPANIES(null, null),
    EVENTS(null, null);

    private final MetricKind metric;
    private final MilestoneCategory milestones;

    ComparisonRowKind(MetricKind metric, MilestoneCategory milestones) {
        this.metric = metric;
        this.milestones = milestones;
    }

    /** The reported figure this row shows, or null for rows built otherwise. */
    public MetricKind metric() {
        return metric;
    }

    /** The milestone category this row summarises, or null. */
    public MilestoneCategory milestones() {
        return milestones;
    }

    /** Rows counted from imported registry records; they appear only when there is such an import. */
    public boolean isCountedFromRegistry() {
        return this == COUNTED_TRIALS || this == COUNTED_TRIALS_BY_MODALITY;
    }

    /** The row's name in the row chooser; counted rows add their import date in the table. */
    public String label() {
        return Messages.get("countries.row." + name().toLowerCase(Locale.ROOT));
    }
}
