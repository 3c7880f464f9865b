package org.cgtatlas.ingest.ictrp;

import java.util.Map;
import org.cgtatlas.domain.SourceSpan;

/**
 * One trial record of an ICTRP export as written: the fields the importer reads (absent when the export has no such
 * element or column), where it is in the file ("record 12 (line 340)") and its lines.
 */
record IctrpRow(Map<IctrpField, String> fields, String location, SourceSpan span) {

    String value(IctrpField field) {
        return fields.getOrDefault(field, "");
    }
}
