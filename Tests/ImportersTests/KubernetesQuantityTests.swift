import Testing

@testable import Importers

@Suite struct KubernetesQuantityTests {
    /// (text, value, millicores rounded up, whole units rounded up)
    @Test(arguments: [
        ("100m", 0.1, 100.0, 1.0),
        ("0.5", 0.5, 500, 1),
        (".5", 0.5, 500, 1),
        ("5.", 5, 5000, 5),
        ("+1", 1, 1000, 1),
        ("1e3", 1000, 1_000_000, 1000),
        ("1E3", 1000, 1_000_000, 1000),
        ("1e-3", 0.001, 1, 1),
        ("1e+2", 100, 100_000, 100),
        ("500M", 500_000_000, 500_000_000_000, 500_000_000),
        ("1G", 1_000_000_000, 1_000_000_000_000, 1_000_000_000),
        ("1k", 1000, 1_000_000, 1000),
        ("128Mi", 134_217_728, 134_217_728_000, 134_217_728),
        ("1Ki", 1024, 1_024_000, 1024),
        ("1.5Gi", 1_610_612_736, 1_610_612_736_000, 1_610_612_736),
        ("1E", 1e18, 1e21, 1e18),
        ("1Ei", 1_152_921_504_606_846_976, 1_152_921_504_606_846_976_000, 1_152_921_504_606_846_976),
        ("0.0001", 0.0001, 1, 1),
        ("250u", 0.00025, 1, 1),
        ("1n", 1e-9, 1, 1),
        ("0", 0, 0, 0),
        ("007", 7, 7000, 7),
        ("1.G", 1e9, 1e12, 1e9),
    ])
    func parsesTheGrammar(text: String, value: Double, milli: Double, whole: Double) throws {
        let quantity = try KubernetesQuantity.parse(text)
        #expect(abs(quantity.value - value) <= abs(value) * 1e-12)
        #expect(quantity.milliUnits == milli)
        #expect(quantity.wholeUnits == whole)
        #expect(!quantity.negative)
    }

    @Test func negativeValuesParseAndSayNegative() throws {
        let quantity = try KubernetesQuantity.parse("-128Mi")
        #expect(quantity.negative)
        #expect(quantity.value == -134_217_728)
    }

    @Test(arguments: [
        ("12x", KubernetesQuantity.ParseError.malformed),
        ("1.2.3", .malformed),
        ("", .empty),
        ("1e", .unknownSuffix("e")),
        ("1K", .unknownSuffix("K")),
        ("1ki", .unknownSuffix("ki")),
        ("1MiB", .malformed),
        ("1e3Mi", .malformed),
        ("1e1.5", .malformed),
        (".", .malformed),
        ("+", .malformed),
        ("-", .malformed),
        ("m", .malformed),
        (" 1", .malformed),
        ("1 ", .malformed),
        ("0x10", .malformed),
        ("1,5", .malformed),
        ("Mi", .malformed),
    ])
    func refusesWhatKubernetesRefuses(text: String, error: KubernetesQuantity.ParseError) {
        #expect(throws: error) { try KubernetesQuantity.parse(text) }
    }
}
