package io.saleslens.generate;

/** Seeds derived from a seed and an id, so per-customer choices need no stored state. */
final class Hashing {
    private Hashing() {}

    /** The SplitMix64 finaliser over seed and id: nearby ids give unrelated seeds. */
    static long mix(long seed, long id) {
        long z = seed + id * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
