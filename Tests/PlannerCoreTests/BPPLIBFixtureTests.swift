import Fixtures
import Foundation
import Testing

@testable import PlannerCore

/// Small BPPLIB instances (Fixtures/bpp, credited there) planned end to end: the container plan's
/// active hosts must equal each instance's proven optimum, where first-fit decreasing does not.
@Suite struct BPPLIBFixtureTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var optimum: Int
        var description: String { name }
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "optima", withExtension: "csv", subdirectory: "Fixtures/bpp"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: ",").map(String.init)
            guard fields.count == 5, let optimum = Int(fields[4]) else { return nil }
            return Case(name: fields[1], optimum: optimum)
        }
    }()

    static func instance(_ name: String) throws -> BPPInstance {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/bpp"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return try #require(BPPInstance(name: name, text: text))
    }

    @Test func fixturesAreListed() {
        #expect(Self.cases.count == 5)
    }

    @Test(arguments: cases) func plannerReachesTheOptimum(_ fixture: Case) throws {
        let instance = try Self.instance(fixture.name)
        let plan = try Planner().plan(instance.scenario, model: .container)
        #expect(plan.activeHosts == fixture.optimum)
        #expect(plan.lowerBoundHosts <= fixture.optimum)
        let firstFit = try Planner(packer: FirstFitDecreasing.pack).plan(instance.scenario, model: .container)
        #expect(plan.activeHosts <= firstFit.activeHosts)
    }

    @Test func tripletsBeatFirstFitDecreasing() throws {
        // Falkenauer T: every optimal bin holds three items filling it exactly; FFD needs 23.
        let instance = try Self.instance("Falkenauer_t60_02")
        let firstFit = try Planner(packer: FirstFitDecreasing.pack).plan(instance.scenario, model: .container)
        #expect(firstFit.activeHosts == 23)
        #expect(try Planner().plan(instance.scenario, model: .container).activeHosts == 20)
    }

    @Test func parsesCRLFAndRejectsMalformedText() {
        let parsed = BPPInstance(name: "x", text: "3\r\n10\r\n5\r\n4\r\n3\r\n")
        #expect(parsed?.capacity == 10)
        #expect(parsed?.sizes == [5, 4, 3])
        #expect(BPPInstance(name: "x", text: "3\r\n10\r\n5\r\n4\r\n") == nil)  // one size missing
        #expect(BPPInstance(name: "x", text: "1\n10\n11\n") == nil)  // item larger than a bin
    }
}
