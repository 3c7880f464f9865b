package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryMatcherTest {

    private final CountryMatcher matcher = CountryMatcher.standard();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Seoul National University Hospital, Seoul, 03080, Korea, Republic of; KR",
            "Samsung Medical Center, Seoul, South Korea; KR",
            "Queen Mary Hospital, Hong Kong, Hong Kong; HK",
            "Peking Union Medical College Hospital, Beijing, Beijing, 100730, China; CN",
            "Chang Gung Memorial Hospital, Taoyuan, Taiwan, Province of China; TW",
            "National Taiwan University Hospital, Taipei, 100, Taiwan; TW",
            "Tehran Heart Center, Tehran, Iran, Islamic Republic of; IR",
            "National Cancer Center, Chuo-ku, Tokyo, 104-0045, Japan; JP",
            "Site 1, Moscow, Russian Federation; RU",
            "Hôpital Saint-Louis, Paris, 75010, France; FR",
            "Stanford University, Stanford, California, United States; US",
            "Clinic, Skopje, Macedonia, The Former Yugoslav Republic of; MK",
            "Hospital, San Juan, Puerto Rico; PR",
            "Japan; JP"})
    void findsTheCountryAtTheEndOfALocationEvenWithACommaInItsName(String location, String code) {
        assertThat(matcher.codeAtEndOf(location)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"South Korea; KR", "Korea, Republic of; KR", "Turkey (Türkiye); TR", "Russia; RU",
            "Hong Kong; HK", "Taiwan; TW", "Vietnam; VN", "Czechia; CZ", "Bosnia and Herzegovina; BA", "Cote D'Ivoire; CI",
            "côte d’ivoire; CI", "Trinidad & Tobago; TT", "CHINA; CN"})
    void knowsCountryNamesAsRegistriesAndLocaleWriteThem(String name, String code) {
        assertThat(matcher.codeOf(name)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pfizer Investigational Site", "Roth", "Eisai Site, Republic of", ""})
    void anUnknownCountryIsNotGuessed(String location) {
        assertThat(matcher.codeAtEndOf(location)).isEmpty();
    }
}
