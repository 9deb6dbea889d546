import ArgumentParser
import Fixtures
import Foundation
import PlannerCore

/// `bench vector`: two-dimensional perfect packings (`VectorPerfectPacking`), whose optimum is the
/// number of hosts cut, packed by the default packer: per family and size, how many instances end
/// at the optimum, the misses by how many hosts they are above it, and the slowest instance.
struct BenchVector: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vector",
        abstract: "Pack two-dimensional perfect packings (CPU and memory, optimum known) and count those at the optimum.")

    @Option(help: "Hosts cut per instance, the optimum (repeatable).") var size: [Int] = [10, 20, 50, 100, 200, 500, 1_000]
    @Option(help: "Families (independent, correlated, triplets; repeatable).") var family: [String] = []
    @Option(help: "Seeds (repeatable).") var seed: [UInt64] = [1, 2, 3, 4, 5]
    @Option(help: "Packing effort: standard (what `plan` uses) or thorough.") var effort: PlanEffort = .standard
    @Flag(help: "List every instance the packer leaves above the optimum.") var verbose = false
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
        var families: [VectorPerfectPacking] = []
        for name in family.isEmpty ? VectorPerfectPacking.allCases.map(\.rawValue) : family {
            guard let parsed = VectorPerfectPacking(rawValue: name) else {
                throw ValidationError("--family must be independent, correlated or triplets, not \(name)")
            }
            families.append(parsed)
        }
        guard size.allSatisfy({ $0 > 0 }) else { throw ValidationError("--size must be at least 1") }
        var rows: [Row] = []
        for chosen in families {
            for hosts in size {
                rows.append(measure(chosen, hosts: hosts))
            }
        }
        let total = Total(rows)
        if json {
            Console.out(try Report(effort: effort.rawValue, rows: rows, total: total).json())
            return
        }
        Console.out(
            BenchSupport.table(
                ["family", "hosts", "instances", "at optimum", "misses (+hosts: instances)", "max s"],
                rows.map { row in
                    [
                        row.family, "\(row.hosts)", "\(row.instances)", "\(row.atOptimum)", Self.misses(row.missesByHosts),
                        BenchSupport.fixed(row.maxSeconds, 3),
                    ]
                }))
        Console.out(
            "at optimum: \(total.atOptimum) of \(total.instances) (\(BenchSupport.fixed(total.shareAtOptimum * 100, 1))%), "
                + "max \(BenchSupport.fixed(total.maxSeconds, 3)) s")
    }

    /// Every seed of one family and size.
    private func measure(_ chosen: VectorPerfectPacking, hosts: Int) -> Row {
        var row = Row(family: chosen.rawValue, hosts: hosts, instances: 0, atOptimum: 0, missesByHosts: [:], maxSeconds: 0)
        for value in seed {
            let problem = chosen.problem(hosts: hosts, seed: value)
            let (solution, seconds) = BenchSupport.timed { NearOptimalPacker.pack(problem, effort: effort.packing) }
            let used = solution.bins.filter { $0.contains { $0.count > 0 } }.count
            row.instances += 1
            row.maxSeconds = Swift.max(row.maxSeconds, seconds)
            if used == hosts {
                row.atOptimum += 1
            } else {
                row.missesByHosts["+\(used - hosts)", default: 0] += 1
                if verbose { Console.error("\(chosen.rawValue) \(hosts) hosts, seed \(value): \(used) hosts") }
            }
        }
        return row
    }

    /// "+1: 3, +2: 1", fewest hosts above first; "-" for none.
    static func misses(_ byHosts: [String: Int]) -> String {
        guard !byHosts.isEmpty else { return "-" }
        return byHosts.keys.sorted { Int($0.dropFirst()) ?? 0 < Int($1.dropFirst()) ?? 0 }
            .map { "\($0): \(byHosts[$0]!)" }.joined(separator: ", ")
    }

    /// One family and host count over the seeds: `missesByHosts` counts the instances above the
    /// optimum under "+n", n the hosts above it.
    struct Row: Codable {
        var family: String
        var hosts: Int
        var instances: Int
        var atOptimum: Int
        var missesByHosts: [String: Int]
        var maxSeconds: Double
    }

    /// All rows together.
    struct Total: Codable {
        var instances: Int
        var atOptimum: Int
        var shareAtOptimum: Double
        var maxSeconds: Double

        init(_ rows: [Row]) {
            instances = rows.reduce(0) { $0 + $1.instances }
            atOptimum = rows.reduce(0) { $0 + $1.atOptimum }
            shareAtOptimum = instances > 0 ? Double(atOptimum) / Double(instances) : 0
            maxSeconds = rows.map(\.maxSeconds).max() ?? 0
        }
    }

    struct Report: BenchReport {
        var benchmark = "vector"
        var effort: String
        var rows: [Row]
        var total: Total
    }
}
