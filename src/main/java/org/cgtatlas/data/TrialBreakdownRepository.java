package org.cgtatlas.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryFile;
import org.cgtatlas.domain.RegistryTrialBreakdown;
import org.cgtatlas.domain.TrialGroup;
import org.cgtatlas.domain.TrialOverride;

/**
 * Reads the imported CGT trials grouped by countries, modality and phases (analysts' overrides applied), and the files
 * they came from.
 */
public final class TrialBreakdownRepository {

    /** The breakdown as {@code connection} sees it. */
    public RegistryTrialBreakdown read(Connection connection) throws SQLException {
        return new RegistryTrialBreakdown(groups(connection), files(connection));
    }

    /** The CGT trials, an analyst's override of a trial's modality applied as in every other count. */
    private static List<TrialGroup> groups(Connection connection) throws SQLException {
        Map<String, TrialOverride> overrides = TrialOverrideRepository.findAll(connection);
        Map<GroupKey, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT nct_number, country_codes, modality, phases FROM trial");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TrialOverride override = overrides.get(NctNumbers.toNctId(rows.getLong(1)));
                String stored = rows.getString(3);
                Modality modality = override != null ? override.modality() : stored == null ? null : Modality.valueOf(stored);
                if (modality == null) {
                    continue;
                }
                String phases = rows.getString(4);
                GroupKey key = new GroupKey(Set.of(strings(rows.getArray(2))), modality,
                        phases.isEmpty() ? List.of() : Arrays.asList(phases.split("\\|")));
                counts.merge(key, 1L, Long::sum);
            }
        }
        List<TrialGroup> groups = new ArrayList<>();
        counts.forEach((key, trials) -> groups.add(new TrialGroup(key.countryCodes(), key.modality(), key.phases(), trials)));
        return groups;
    }

    private static List<RegistryFile> files(Connection connection) throws SQLException {
        List<RegistryFile> files = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT i.file_name, i.format, i.imported_at, "
                + "d.file_date, COUNT(*) FROM trial_import i JOIN trial t ON t.last_import_id = i.id "
                + "LEFT JOIN trial_import_file_date d ON d.import_id = i.id "
                + "GROUP BY i.id, i.file_name, i.format, i.imported_at, d.file_date ORDER BY i.imported_at, i.id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Timestamp fileDate = rows.getTimestamp(4);
                files.add(new RegistryFile(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                        fileDate == null ? null : fileDate.toInstant(), rows.getLong(5)));
            }
        }
        return files;
    }

    private static String[] strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toArray(String[]::new);
    }

    /** Country sets compare as sets, whatever order a row stored its codes in. */
    private record GroupKey(Set<String> countryCodes, Modality modality, List<String> phases) {
    }
}
