/// A small, fast, seeded pseudo-random generator (Steele, Lea and Flood's SplitMix64, the seeding
/// generator of Java's `SplittableRandom`). The packer's perturbations draw from it, so the same
/// problem always gets the same packing: no clock, no system entropy.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// state += 0x9E3779B97F4A7C15 (the golden ratio in 64 bits), then the output is mixed by two
    /// xor-shift-multiply rounds.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0 ..< bound` (bound > 0), by Lemire's multiply-shift (bias below 2^-32 for the
    /// small bounds used here).
    public mutating func below(_ bound: Int) -> Int {
        Int((UInt128(next()) * UInt128(bound)) >> 64)
    }
}
