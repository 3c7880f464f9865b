package org.cgtatlas.export.pdf;

import java.util.HashMap;
import java.util.Map;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Source;
import org.cgtatlas.export.pdf.layout.ReportLayout;
import org.cgtatlas.export.pdf.layout.TextStyle;

/** What every section renderer works with: the data, look-ups by id, the reference numbers and the layout. */
public final class ReportContext {

    private final ReportData data;
    private final SnapshotRequest request;
    private final ReportLayout layout;
    private final References references;
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();

    public ReportContext(ReportData data, SnapshotRequest request, ReportLayout layout) {
        this.data = data;
        this.request = request;
        this.layout = layout;
        this.references = new References(request.includes(ReportSection.SOURCES));
        data.organizations().forEach(organization -> organizations.put(organization.id(), organization));
        data.countries().forEach(country -> countries.put(country.code(), country));
        data.sources().forEach(source -> sources.put(source.id(), source));
    }

    public ReportData data() {
        return data;
    }

    public SnapshotRequest request() {
        return request;
    }

    public ReportLayout layout() {
        return layout;
    }

    public References references() {
        return references;
    }

    public Organization organization(String id) {
        return organizations.get(id);
    }

    /** The organization's English name, with its local name on a second line when it has one. */
    public String organizationLabel(String id) {
        Organization organization = organizations.get(id);
        if (organization == null) {
            return id == null ? "—" : id;
        }
        boolean hasLocal = organization.localName() != null && !organization.localName().isBlank()
                && !organization.localName().equals(organization.name());
        return hasLocal ? organization.name() + "\n" + organization.localName() : organization.name();
    }

    public String countryName(String code) {
        Country country = code == null ? null : countries.get(code);
        return country == null ? (code == null ? "—" : code) : country.name();
    }

    public Source source(String id) {
        return sources.get(id);
    }

    /** Starts a section on a fresh page with its outline bookmark and heading. */
    public void startSection(ReportSection section, boolean landscape) {
        layout.newPage(landscape);
        layout.bookmark(section.title());
        layout.heading(section.title(), TextStyle.HEADING, 40);
    }
}
