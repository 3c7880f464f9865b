package org.cgtatlas.landscape.pipeline;

import java.util.List;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.Source;
import org.cgtatlas.landscape.Landscape;

/** A small pipeline with diacritics, CJK names, aliases and a company listed without a programme. */
public final class PipelineFixtures {


    public static final Organization MUELLER = organization("org-mueller", "Müller Zelltherapie GmbH", null, List.of("MZT"), "DE",
            OrganizationType.COMPANY);
    public static final Organization TAKEDA = organization("org-takeda", "Takeda", "武田薬品工業", List.of(), "JP",
            OrganizationType.COMPANY);
    public static final Organization GC_CELL = organization("org-gc-cell", "GC Cell", "지씨셀", List.of("Green Cross Cell"), "KR",
            OrganizationType.COMPANY);
    public static final Organization SNUH = organization("org-snuh", "Seoul National University Hospital", null, List.of(), "KR",
            OrganizationType.HOSPITAL_CLINIC);
    public static final Organization MEDIPOST = organization("org-medipost", "Medipost", "메디포스트", List.of(), "KR",
            OrganizationType.COMPANY);

    public static final Programme MZ_101 = programme("prog-mz-101", "MZ-101", MUELLER, Modality.CAR_T, "Lymphome",
            DevelopmentStage.PHASE_1, null, List.of());
    public static final Programme TAK_007 = programme("prog-tak-007", "TAK-007", TAKEDA, Modality.CAR_NK, "B-cell malignancies",
            DevelopmentStage.PHASE_2, null, List.of(GC_CELL.id()));
    public static final Programme IMMUNCELL = programme("prog-immuncell", "Immuncell-LC", GC_CELL, Modality.OTHER_IMMUNE_CELL,
            "Hepatocellular carcinoma", DevelopmentStage.MARKETED, null, List.of());
    public static final Programme SNU_CAR_T = programme("prog-snu-car-t", "SNU CAR-T", SNUH, Modality.CAR_T, null, null,
            "investigator-initiated trial", List.of());

    public static Landscape data() {
        return landscape(List.of(MZ_101, TAK_007, IMMUNCELL, SNU_CAR_T));
    }

    /** The fixture's companies, countries, listings and source with these programmes. */
    public static Landscape landscape(List<Programme> programmes) {
        return Landscape.of(new Dataset(Dataset.FORMAT, Dataset.FORMAT_VERSION, null, null,
                List.of(new Source("src-ebook", "East Asia CGT landscape", null, null, null, null, null, "")),
                List.of(new Country("DE", "Germany", "Deutschland", false), new Country("JP", "Japan", "日本", true),
                        new Country("KR", "South Korea", "대한민국", true)),
                List.of(MUELLER, TAKEDA, GC_CELL, SNUH, MEDIPOST), List.of(), List.of(),
                List.of(listing("lst-kr-medipost", MEDIPOST, "KR"), listing("lst-jp-takeda", TAKEDA, "JP")),
                programmes, List.of(), List.of()));
    }

    public static List<PipelineRow> rows() {
        return PipelineRows.of(data());
    }

    private static Organization organization(String id, String name, String localName, List<String> aliases, String country,
                                             OrganizationType type) {
        return new Organization(id, name, localName, aliases, country, type, null, List.of(), Provenance.BUNDLED);
    }

    private static Programme programme(String id, String name, Organization organization, Modality modality, String indication,
                                       DevelopmentStage stage, String status, List<String> partners) {
        return new Programme(id, name, organization.id(), organization.countryCode(), modality, null, indication, stage,
                status, partners, null, List.of(new Citation("src-ebook", name)), Provenance.BUNDLED);
    }

    private static PipelineListing listing(String id, Organization organization, String country) {
        return new PipelineListing(id, organization.id(), country, List.of(new Citation("src-ebook", organization.name())),
                Provenance.BUNDLED);
    }

    private PipelineFixtures() {
    }
}
