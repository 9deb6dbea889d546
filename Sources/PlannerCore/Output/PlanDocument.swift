import Foundation

/// The `vplan.plan/v1` document: the four plans of a scenario, with sorted keys and fixed number
/// formatting, so that the same scenario always gives the same bytes.
public enum PlanDocument {
    public static let schemaIdentifier = "vplan.plan/v1"

    /// The document as JSON text (pretty-printed, ending with a newline).
    public static func json(scenario: Scenario, plans: [Plan]) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        value(scenario: scenario, plans: plans).write(into: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return Data(out)
    }

    public static func value(scenario: Scenario, plans: [Plan]) -> JSONValue {
        .object([
            ("schema", .string(schemaIdentifier)),
            ("scenario", .string(scenario.name)),
            ("plans", .array(plans.map { value(of: $0, scenario: scenario) })),
        ])
    }

    static func value(of plan: Plan, scenario: Scenario) -> JSONValue {
        let names = scenario.workloads.map(\.name)
        return .object([
            ("model", .string(plan.model.rawValue)),
            ("hosts", .integer(plan.hosts)),
            ("activeHosts", .integer(plan.activeHosts)),
            ("failoverHosts", .integer(plan.failoverHosts)),
            ("lowerBoundHosts", .integer(plan.lowerBoundHosts)),
            ("instances", .integer(plan.instances)),
            ("hostCapacity", .object([
                ("cpuCores", .number(plan.hostCapacity.cpuCores)),
                ("memoryMiB", .number(plan.hostCapacity.memoryMiB)),
                ("pods", .integer(plan.hostCapacity.pods)),
            ])),
            ("cpu", .object([
                ("demandCores", .number(plan.cpu.demandCores)),
                ("utilization", .number(plan.cpu.utilization)),
            ])),
            ("memory", .object([
                ("workloadMiB", .number(plan.memory.workloadMiB)),
                ("overheadMiB", .number(plan.memory.overheadMiB)),
                ("overheadFraction", .number(plan.memory.overheadFraction)),
                ("overheadBySource", .object(OverheadSource.allCases.map {
                    ($0.rawValue, .number(plan.memory.overheadBySource[$0] ?? 0))
                })),
            ])),
            ("transfer", .object([
                ("rolloutMiB", .number(plan.transfer.rolloutMiB)),
                ("rolloutSeconds", .number(plan.transfer.rolloutSeconds)),
                ("largestHostMiB", .number(plan.transfer.largestHostMiB)),
                ("updateMiBPerDay", .number(plan.transfer.updateMiBPerDay)),
            ])),
            ("boot", .object([
                ("instanceSeconds", .number(plan.boot.instanceSeconds)),
                ("readySeconds", .number(plan.boot.readySeconds)),
                ("timeline", .array(plan.boot.timeline.map {
                    .array([.number($0.seconds), .integer($0.instancesReady)])
                })),
            ])),
            ("cost", .object([
                ("perMonth", .number(plan.cost.perMonth)),
                ("hostsPerMonth", .number(plan.cost.hostsPerMonth)),
                ("functionsPerMonth", .number(plan.cost.functionsPerMonth)),
                ("billedHosts", .integer(plan.cost.billedHosts)),
                ("basis", .string(plan.cost.basis)),
            ])),
            ("functions", .array(plan.functions.map {
                .object([
                    ("workload", .string($0.workload)),
                    ("concurrency", .integer($0.concurrency)),
                    ("coldStartSeconds", .number($0.coldStartSeconds)),
                    ("coldStartsPerHour", .number($0.coldStartsPerHour)),
                    ("coldStartFraction", .number($0.coldStartFraction)),
                ])
            })),
            ("placements", .array(plan.placements.map { placement in
                .object([
                    ("host", .integer(placement.host)),
                    ("cpuCores", .number(placement.cpuCores)),
                    ("memoryMiB", .number(placement.memoryMiB)),
                    ("pods", .integer(placement.pods)),
                    ("instances", .array(instances(placement, names))),
                ])
            })),
            ("ineligible", .array(plan.ineligible.map {
                .object([
                    ("workload", .string($0.workload)),
                    ("reason", .string($0.reason)),
                    ("plannedAs", .string($0.plannedAs.rawValue)),
                ])
            })),
            ("warnings", .array(plan.warnings.map { .string($0) })),
        ])
    }

    private static func instances(_ placement: HostPlacement, _ names: [String]) -> [JSONValue] {
        var result: [JSONValue] = []
        result.reserveCapacity(placement.instanceCount)
        for run in placement.runs {
            for replica in run.firstReplica..<(run.firstReplica + run.count) {
                result.append(.object([
                    ("workload", .string(names[run.workload])),
                    ("replica", .integer(replica)),
                    ("kind", .string(run.kind.rawValue)),
                ]))
            }
        }
        return result
    }
}
