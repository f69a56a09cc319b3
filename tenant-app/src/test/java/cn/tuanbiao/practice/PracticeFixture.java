package cn.tuanbiao.practice;

import cn.tuanbiao.practice.domain.Scheme;
import cn.tuanbiao.practice.domain.SchemeHeader;
import cn.tuanbiao.practice.service.PracticeCatalogue;
import cn.tuanbiao.testing.Fixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed catalogue of the 2024 scheme (the file the demo loads), imported under a fresh version, or changed first. */
public final class PracticeFixture {

    public static final String SEED = "practice/gbt20004-2024-indicators.csv";

    private PracticeFixture() {
    }

    public static String seedCsv() {
        try (InputStream in = PracticeFixture.class.getClassLoader().getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SchemeHeader aHeader() {
        return SchemeHeader.of2024("2024-t" + Fixtures.suffix(), "团体标准化良好行为评价指标（2024 版）");
    }

    public static Scheme theSeedCatalogue(PracticeCatalogue catalogue, Fixtures fixtures) {
        return catalogue.importCsv(fixtures.operator(), aHeader(), "seed.csv", new StringReader(seedCsv()));
    }
}
