package org.cgtatlas.feature.pipeline;

import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;

/** A small pipeline with diacritics, CJK names, aliases and a company listed without a programme. */
final class PipelineFixtures {

    static final Organization MUELLER = organization("org-mueller", "Müller Zelltherapie GmbH", null, List.of("MZT"), "DE",
            OrganizationType.COMPANY);
    static final Organization TAKEDA = organization("org-takeda", "Takeda", "武田薬品工業", List.of(), "JP",
            OrganizationType.COMPANY);
    static final Organization GC_CELL = organization("org-gc-cell", "GC Cell", "지씨셀", List.of("Green Cross Cell"), "KR",
            OrganizationType.COMPANY);
    static final Organization SNUH = organization("org-snuh", "Seoul National University Hospital", null, List.of(), "KR",
            OrganizationType.HOSPITAL_CLINIC);
    static final Organization MEDIPOST = organization("org-medipost", "Medipost", "메디포스트", List.of(), "KR",
            OrganizationType.COMPANY);

    static final Programme MZ_101 = programme("prog-mz-101", "MZ-101", MUELLER, Modality.CAR_T, "Lymphome",
            DevelopmentStage.PHASE_1, null, List.of());
    static final Programme TAK_007 = programme("prog-tak-007", "TAK-007", TAKEDA, Modality.CAR_NK, "B-cell malignancies",
            DevelopmentStage.PHASE_2, null, List.of(GC_CELL.id()));
    static final Programme IMMUNCELL = programme("prog-immuncell", "Immuncell-LC", GC_CELL, Modality.OTHER_IMMUNE_CELL,
            "Hepatocellular carcinoma", DevelopmentStage.MARKETED, null, List.of());
    static final Programme SNU_CAR_T = programme("prog-snu-car-t", "SNU CAR-T", SNUH, Modality.CAR_T, null, null,
            "investigator-initiated trial", List.of());

    static PipelineData data() {
        return new PipelineData(List.of(MUELLER, TAKEDA, GC_CELL, SNUH, MEDIPOST),
                List.of(MZ_101, TAK_007, IMMUNCELL, SNU_CAR_T),
                List.of(listing("lst-kr-medipost", MEDIPOST, "KR"), listing("lst-jp-takeda", TAKEDA, "JP")),
                List.of(new Country("DE", "Germany", "Deutschland", false), new Country("JP", "Japan", "日本", true),
                        new Country("KR", "South Korea", "대한민국", true)),
                Map.of("src-ebook", "East Asia CGT landscape"), List.of());
    }

    static List<PipelineRow> rows() {
        return PipelineRows.build(data());
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
