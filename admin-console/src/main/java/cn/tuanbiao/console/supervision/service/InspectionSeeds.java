package cn.tuanbiao.console.supervision.service;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where a random inspection's seed comes from when the authority brings none: 128 bits from the
 * operating system's secure generator, as 32 hex digits. Recorded with the draw and published with
 * its results; what makes the draw fair is that nobody knows it before the pools are fixed.
 */
@Singleton
public class InspectionSeeds {

    private final SecureRandom random = new SecureRandom();

    public String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
