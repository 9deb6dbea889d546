import Dashboard
import Testing

@Suite struct FormattingTests {
    @Test func readableUnits() {
        #expect(Readable.mib(512) == "512 MiB")
        #expect(Readable.mib(1536) == "1.5 GiB")
        #expect(Readable.mib(29_795) == "29.1 GiB")
        #expect(Readable.mib(3 * 1_048_576) == "3 TiB")
        #expect(Readable.seconds(0.25) == "250 ms")
        #expect(Readable.seconds(1.5) == "1.5 s")
        #expect(Readable.seconds(385) == "6.42 min")
        #expect(Readable.seconds(7200) == "2 h")
        #expect(Readable.count(1_234_567) == "1,234,567")
        #expect(Readable.money(5986.4) == "5,986")
        #expect(Readable.money(7.5) == "7.50")
        #expect(Readable.money(2_500_000) == "2.5M")
        #expect(Readable.quantity(1200) == "1.2k")
        #expect(Readable.percent(0.348) == "35%")
        #expect(Readable.percent(0.006) == "0.6%")
        #expect(Readable.percent(0.8) == "80%")
    }

    @Test func quantitiesAcceptUnitSuffixes() throws {
        #expect(try QuantityUnit.mib.parse("4G").get() == 4096)
        #expect(try QuantityUnit.mib.parse("512 MiB").get() == 512)
        #expect(try QuantityUnit.mib.parse("1t").get() == 1_048_576)
        #expect(try QuantityUnit.gib.parse("2048M").get() == 2)
        #expect(try QuantityUnit.seconds.parse("250ms").get() == 0.25)
        #expect(try QuantityUnit.seconds.parse("2min").get() == 120)
        #expect(try QuantityUnit.fraction.parse("80%").get() == 0.8)
        #expect(try QuantityUnit.plain.parse("1,200").get() == 1200)
        guard case .failure(let problem) = QuantityUnit.mib.parse("lots") else {
            Issue.record("lots parsed as a number")
            return
        }
        #expect(problem.reason.contains("not a number"))
    }

    @Test func exactTextReadsBackToTheSameValue() throws {
        for value: Double in [0.1, 256, 16384, 1536.5, 1e-05, 3 * 1_048_576] {
            #expect(try QuantityUnit.mib.parse(QuantityUnit.mib.exactText(value)).get() == value)
        }
        #expect(QuantityUnit.mib.exactText(16384) == "16 GiB")
    }
}
