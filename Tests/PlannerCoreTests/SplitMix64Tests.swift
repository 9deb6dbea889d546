import Testing

@testable import PlannerCore

@Suite struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        // The first outputs of SplitMix64 from seed 0 (Vigna's reference implementation).
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func belowStaysInRange() {
        var random = SplitMix64(seed: 9)
        for bound in 1...50 {
            let value = random.below(bound)
            #expect(value >= 0 && value < bound)
        }
    }
}
