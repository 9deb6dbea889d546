import Foundation

/// Item types grouped into classes of nearly equal demand, so that the pattern relaxation of a
/// fleet of thousands of distinct sizes stays a few hundred rows.
///
/// A class's demand is the component-wise largest of its members' (rounded *up*), so a pattern
/// over classes fits whatever members fill its places. Members of a class differ by at most a
/// factor 1 + ε_d in dimension d: the types are keyed by ⌈ln(v_d) ÷ ln(1 + ε_d)⌉ per dimension
/// (CPU, memory and local disk; pod slots and GPUs exactly), and ε grows through `tolerances` until at most `maximumClasses` classes
/// remain. The dimension that binds most gets ε; one that binds less gets a coarser grid,
/// ε_d = ε × min(`coarsest`, λ_max ÷ λ_d) with λ_d the dimension's share of the total normalized
/// demand, since rounding up a dimension that does not bind costs nothing.
struct DemandClasses {
    /// Each class's demand (the largest of its members' in every dimension, or the smallest).
    let demands: [Resources]
    /// Each class's member types, in type order.
    let members: [[Int]]
    /// Items per class.
    let counts: [Int]
    /// The tolerance ε the grouping used (0 when every class is one demand).
    let tolerance: Double
    /// Each class's limit a bin: a type with a limit (`PackingItemType.maximumPerBin`) is a class
    /// of its own and keeps it; the other classes have none.
    let perBin: [Int]

    /// The problem over the classes: each class's demand, items and limit a bin.
    func problem(capacity: Resources) -> PackingProblem {
        PackingProblem(
            capacity: capacity,
            items: demands.indices.map {
                PackingItemType(demand: demands[$0], count: counts[$0], maximumPerBin: perBin[$0])
            })
    }

    /// Relative rounding tried in turn; the first that gives few enough classes is kept. Measured
    /// on the fleet shapes of `FleetShape` (bench scale): 1% grouping costs at most 0.3% in hosts
    /// against the ungrouped relaxation, 4% up to 1.5%.
    static let tolerances: [Double] = [0, 0.001, 0.0025, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.06, 0.08, 0.12, 0.16, 0.25]

    /// Groups `problem`'s types into at most `maximumClasses` classes (when the coarsest tolerance
    /// allows). With `roundingDown`, a class's demand is the *smallest* of its members' instead:
    /// the relaxation over such classes is then a lower bound on the problem's (`PatternBound`).
    init(_ problem: PackingProblem, maximumClasses: Int, roundingDown: Bool = false) {
        let lambda = Self.bindingShares(problem)
        var chosen: [[Int]] = problem.items.indices.map { [$0] }
        var used = 0.0
        for tolerance in Self.tolerances {
            let groups = Self.group(problem, tolerance: tolerance, lambda: lambda)
            chosen = groups
            used = tolerance
            if groups.count <= maximumClasses { break }
        }
        members = chosen
        demands = chosen.map { group in
            group.dropFirst().reduce(problem.items[group[0]].demand) { largest, type in
                let demand = problem.items[type].demand
                return roundingDown
                    ? Resources(
                        cpuMillicores: min(largest.cpuMillicores, demand.cpuMillicores),
                        memoryKiB: min(largest.memoryKiB, demand.memoryKiB), pods: min(largest.pods, demand.pods),
                        gpus: min(largest.gpus, demand.gpus), diskMiB: min(largest.diskMiB, demand.diskMiB))
                    : Resources(
                        cpuMillicores: max(largest.cpuMillicores, demand.cpuMillicores),
                        memoryKiB: max(largest.memoryKiB, demand.memoryKiB), pods: max(largest.pods, demand.pods),
                        gpus: max(largest.gpus, demand.gpus), diskMiB: max(largest.diskMiB, demand.diskMiB))
            }
        }
        counts = chosen.map { group in group.reduce(0) { $0 + problem.items[$1].count } }
        perBin = chosen.map { group in group.count == 1 ? problem.items[group[0]].maximumPerBin : .max }
        tolerance = used
    }

    /// λ_d: each dimension's share of the total normalized demand (CPU, memory, pod slots, local
    /// disk).
    static func bindingShares(_ problem: PackingProblem) -> [Double] {
        let total = problem.totalShares
        let totals = [total.cpu, total.memory, total.pods, total.disk]
        let busiest = totals.max() ?? 0
        return totals.map { busiest > 0 ? $0 / busiest : 1 }
    }

    /// The types grouped by their keys at one tolerance, classes in order of their first member.
    static func group(_ problem: PackingProblem, tolerance: Double, lambda: [Double]) -> [[Int]] {
        guard tolerance > 0 else { return problem.items.indices.map { [$0] } }
        // CPU, memory and local disk (λ's 0, 1 and 3) are keyed on a grid; pod slots and GPUs exactly.
        let steps = [0, 1, 3].map { dimension in
            log1p(tolerance * min(Self.coarsest, 1 / max(lambda[dimension], 1 / Self.coarsest)))
        }
        func key(_ value: Int64, _ step: Double) -> Int64 {
            value <= 0 ? -1 : Int64((log(Double(value)) / step - 1e-9).rounded(.up))
        }
        var index: [SIMD8<Int64>: Int] = [:]
        var groups: [[Int]] = []
        for (type, item) in problem.items.enumerated() {
            let demand = item.demand
            let code = SIMD8(
                key(demand.cpuMillicores, steps[0]), key(demand.memoryKiB, steps[1]), demand.pods, demand.gpus,
                key(demand.diskMiB, steps[2]), item.maximumPerBin == .max ? 0 : Int64(type) + 1, 0, 0)
            if let group = index[code] {
                groups[group].append(type)
            } else {
                index[code] = groups.count
                groups.append([type])
            }
        }
        return groups
    }
}
