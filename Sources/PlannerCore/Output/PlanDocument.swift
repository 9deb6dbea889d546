import Foundation

/// The `vplan.plan/v1` document: the four plans of a scenario, with sorted keys and fixed number
/// formatting, so that the same scenario always gives the same bytes.
public enum PlanDocument {
    public static let schemaIdentifier = "vplan.plan/v1"
    /// The program that wrote the document: `vplan VERSION` (`vplan-tui --version`).
    public static var generator: String { "vplan \(Version.current)" }

    /// The document as JSON text (pretty-printed, ending with a newline).
    public static func json(scenario: Scenario, plans: [Plan]) -> Data {
        var data = Data()
        stream(scenario: scenario, plans: plans) { (chunk: [UInt8]) in data.append(contentsOf: chunk) }
        return data
    }

    /// Writes the same bytes as `json` in chunks of about `chunkBytes`, so a plan with millions of
    /// placements never sits whole in memory. The placements are written directly; everything else
    /// goes through `JSONValue`, whose format (sorted keys, two-space indent) this reproduces.
    /// With `placements` false each plan's `placements` member is left out (`plan --summary`).
    public static func stream<Failure: Error>(
        scenario: Scenario, plans: [Plan], placements includePlacements: Bool = true, chunkBytes: Int = 1 << 20,
        to sink: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        var writer = PlacementWriter(workloadNames: scenario.workloads.map(\.name))
        writer.out.reserveCapacity(chunkBytes + (1 << 16))
        func flush(_ writer: inout PlacementWriter, _ force: Bool) throws(Failure) {
            if force || writer.out.count >= chunkBytes {
                try sink(writer.out)
                writer.out.removeAll(keepingCapacity: true)
            }
        }
        writer.out.append(UInt8(ascii: "{"))
        for (key, value) in [("currency", scenario.currency), ("generator", generator)] {
            writer.newline(1)
            writer.append("\"\(key)\": ")
            JSONValue.writeString(value, into: &writer.out)
            writer.out.append(UInt8(ascii: ","))
        }
        writer.newline(1)
        writer.append("\"plans\": ")
        if plans.isEmpty {
            writer.append("[]")
        } else {
            writer.out.append(UInt8(ascii: "["))
            for (index, plan) in plans.enumerated() {
                if index > 0 { writer.out.append(UInt8(ascii: ",")) }
                writer.newline(2)
                try writePlan(plan, scenario: scenario, placements: includePlacements, into: &writer, flush: flush)
                try flush(&writer, false)
            }
            writer.newline(1)
            writer.out.append(UInt8(ascii: "]"))
        }
        for (key, value) in [("scenario", scenario.name), ("schema", schemaIdentifier)] {
            writer.out.append(UInt8(ascii: ","))
            writer.newline(1)
            writer.append("\"\(key)\": ")
            JSONValue.writeString(value, into: &writer.out)
        }
        writer.newline(0)
        writer.append("}\n")
        try flush(&writer, true)
    }

    /// One plan object, its keys in sorted order, the placements streamed in place (flushed as
    /// they grow).
    private static func writePlan<Failure: Error>(
        _ plan: Plan, scenario: Scenario, placements includePlacements: Bool, into writer: inout PlacementWriter,
        flush: (inout PlacementWriter, Bool) throws(Failure) -> Void
    ) throws(Failure) {
        var members = members(of: plan, scenario: scenario).map { ($0.0, Optional($0.1)) }
        if includePlacements { members.append(("placements", nil)) }
        members.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        writer.out.append(UInt8(ascii: "{"))
        for (memberIndex, (key, value)) in members.enumerated() {
            if memberIndex > 0 { writer.out.append(UInt8(ascii: ",")) }
            writer.newline(3)
            JSONValue.writeString(key, into: &writer.out)
            writer.append(": ")
            if let value {
                value.write(into: &writer.out, indent: 3)
            } else if plan.placements.isEmpty {
                writer.append("[]")
            } else {
                writer.out.append(UInt8(ascii: "["))
                for (placementIndex, placement) in plan.placements.enumerated() {
                    if placementIndex > 0 { writer.out.append(UInt8(ascii: ",")) }
                    writer.placement(placement, level: 4)
                    try flush(&writer, false)
                }
                writer.newline(3)
                writer.out.append(UInt8(ascii: "]"))
            }
        }
        writer.newline(2)
        writer.out.append(UInt8(ascii: "}"))
    }

    /// The size of the document `stream` writes, counted without keeping it.
    public static func byteCount(scenario: Scenario, plans: [Plan], placements: Bool = true) -> Int {
        var count = 0
        stream(scenario: scenario, plans: plans, placements: placements) { (chunk: [UInt8]) in count += chunk.count }
        return count
    }

    public static func value(scenario: Scenario, plans: [Plan]) -> JSONValue {
        .object([
            ("currency", .string(scenario.currency)),
            ("generator", .string(generator)),
            ("schema", .string(schemaIdentifier)),
            ("scenario", .string(scenario.name)),
            ("plans", .array(plans.map { value(of: $0, scenario: scenario) })),
        ])
    }

    static func value(of plan: Plan, scenario: Scenario) -> JSONValue {
        let names = scenario.workloads.map(\.name)
        return .object(
            members(of: plan, scenario: scenario) + [
                (
                    "placements",
                    .array(
                        plan.placements.map { placement in
                            .object(
                                [
                                    ("host", .integer(placement.host)),
                                    ("cpuCores", .number(placement.cpuCores)),
                                    ("memoryMiB", .number(placement.memoryMiB)),
                                    ("pods", .integer(placement.pods)),
                                    ("instances", .array(instances(placement, names))),
                                ] + (placement.gpus.map { [("gpus", JSONValue.integer($0))] } ?? [])
                                    + (placement.diskGiB.map { [("diskGiB", JSONValue.number($0))] } ?? [])
                                    + (placement.zone.map { [("zone", JSONValue.integer($0))] } ?? [])
                                    + (placement.hostType.map { [("hostType", JSONValue.string($0))] } ?? []))
                        })
                )
            ])
    }

    /// What one host offers in the plan, and what it kept back and why.
    static func hostCapacity(_ capacity: PlanHostCapacity) -> JSONValue {
        .object(
            (capacity.gpus.map { [("gpus", JSONValue.integer($0))] } ?? [])
                + (capacity.diskGiB.map { [("diskGiB", JSONValue.number($0))] } ?? []) + [
                    ("cpuCores", .number(capacity.cpuCores)),
                    ("memoryMiB", .number(capacity.memoryMiB)),
                    ("pods", .integer(capacity.pods)),
                    (
                        "reserved",
                        .object([
                            ("cpuCores", .number(capacity.reserved.cpuCores)),
                            ("memoryGiB", .number(capacity.reserved.memoryGiB)),
                            ("cpuSource", .string(capacity.reserved.cpuSource)),
                            ("memorySource", .string(capacity.reserved.memorySource)),
                        ])
                    ),
                ])
    }

    /// Every member of a plan's object except its placements.
    static func members(of plan: Plan, scenario: Scenario) -> [(String, JSONValue)] {
        [
            ("model", .string(plan.model.rawValue)),
            ("hosts", .integer(plan.hosts)),
            ("activeHosts", .integer(plan.activeHosts)),
            ("failoverHosts", .integer(plan.failoverHosts)),
            ("lowerBoundHosts", .integer(plan.lowerBoundHosts)),
            ("lowerBoundMethod", .string(plan.lowerBoundMethod)),
            (
                "lpBound",
                plan.lpBound.map {
                    .object([("hosts", .integer($0.hosts)), ("value", .number($0.value)), ("method", .string($0.method))])
                } ?? .null
            ),
            ("instances", .integer(plan.instances)),
            ("hostCapacity", hostCapacity(plan.hostCapacity)),
            (
                "cpu",
                .object([
                    ("demandCores", .number(plan.cpu.demandCores)),
                    ("utilization", .number(plan.cpu.utilization)),
                ])
            ),
            ("memory", memory(plan.memory)),
            (
                "transfer",
                .object([
                    ("rolloutMiB", .number(plan.transfer.rolloutMiB)),
                    ("rolloutSeconds", .number(plan.transfer.rolloutSeconds)),
                    ("largestHostMiB", .number(plan.transfer.largestHostMiB)),
                    ("updateMiBPerDay", .number(plan.transfer.updateMiBPerDay)),
                ])
            ),
            (
                "boot",
                .object([
                    ("instanceSeconds", .number(plan.boot.instanceSeconds)),
                    ("readySeconds", .number(plan.boot.readySeconds)),
                    ("timeline", .array(plan.boot.timeline.map { .array([.number($0.seconds), .integer($0.instancesReady)]) })),
                ])
            ),
            ("cost", cost(plan.cost)),
            ("functions", .array(plan.functions.map(function))),
            (
                "ineligible",
                .array(
                    plan.ineligible.map {
                        .object([
                            ("workload", .string($0.workload)), ("reason", .string($0.reason)),
                            ("plannedAs", .string($0.plannedAs.rawValue)),
                        ])
                    })
            ),
            ("warnings", .array(plan.warnings.map { .string($0) })),
            ("availability", availability(plan.availability)),
            ("byHour", .array(plan.byHour.map(hour))),
            ("placementHour", plan.placementHour.map(JSONValue.integer) ?? .null),
        ] + hostChoice(plan)
    }

    /// `hostType`, `hostsByType` and `alternatives` when the scenario has a host catalog.
    static func hostChoice(_ plan: Plan) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if let hostType = plan.hostType { members.append(("hostType", .string(hostType))) }
        if !plan.hostsByType.isEmpty {
            members.append(
                (
                    "hostsByType",
                    .array(
                        plan.hostsByType.map {
                            .object([
                                ("hostType", .string($0.hostType)), ("hosts", .integer($0.hosts)),
                                ("failoverHosts", .integer($0.failoverHosts)),
                            ])
                        })
                ))
        }
        if !plan.alternatives.isEmpty { members.append(("alternatives", .array(plan.alternatives.map(alternative)))) }
        return members
    }

    private static func alternative(_ alternative: HostTypeAlternative) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("hostType", .string(alternative.hostType)), ("hosts", .integer(alternative.hosts)),
            ("lowerBoundHosts", .integer(alternative.lowerBoundHosts)),
            ("costPerMonth", alternative.costPerMonth.map(JSONValue.number) ?? .null),
        ]
        if let reason = alternative.unfitReason { members.append(("unfit", .string(reason))) }
        return .object(members)
    }

    /// What the plan survives: the policy as the scenario gives it, whether it holds, the spares
    /// it added, and the worst host and zone losses.
    static func availability(_ availability: Availability) -> JSONValue {
        func loss(_ impact: LossImpact) -> JSONValue {
            var members: [(String, JSONValue)] = []
            if let host = impact.host { members.append(("host", .integer(host))) }
            if let zone = impact.zone { members.append(("zone", .integer(zone))) }
            members += [
                ("instancesDisplaced", .integer(impact.instancesDisplaced)),
                ("workloadsDown", .array(impact.workloadsDown.map(JSONValue.string))),
                ("workloadsWithoutQuorum", .array(impact.workloadsWithoutQuorum.map(JSONValue.string))),
            ]
            return .object(members)
        }
        var members: [(String, JSONValue)] = [
            ("policy", availability.policy.json),
            ("holds", .bool(availability.holds)),
            ("hostsAdded", .integer(availability.hostsAdded)),
            ("zones", .integer(availability.zones)),
            ("survives", .string(availability.survives)),
        ]
        if let host = availability.worstHostLoss { members.append(("worstHostLoss", loss(host))) }
        if let zone = availability.worstZoneLoss { members.append(("worstZoneLoss", loss(zone))) }
        return .object(members)
    }

    /// Memory; a plan with VMs also names the hypervisor overhead model they paid, beside its
    /// figure in `overheadBySource` (`hypervisorModel`) and once for the plan (`hypervisorOverheadModel`).
    private static func memory(_ memory: MemoryFigures) -> JSONValue {
        var sources: [(String, JSONValue)] = []
        for source in OverheadSource.allCases {
            sources.append((source.rawValue, .number(memory.overheadBySource[source] ?? 0)))
            if source == .hypervisor, let model = memory.hypervisorModel {
                sources.append(("hypervisorModel", .string(model.rawValue)))
            }
        }
        var members: [(String, JSONValue)] = [
            ("workloadMiB", .number(memory.workloadMiB)),
            ("overheadMiB", .number(memory.overheadMiB)),
            ("overheadFraction", .number(memory.overheadFraction)),
            ("overheadBySource", .object(sources)),
        ]
        if let model = memory.hypervisorModel { members.append(("hypervisorOverheadModel", .string(model.rawValue))) }
        return .object(members)
    }

    /// The cost; a faas plan with functions that have no traffic also lists them and says what
    /// the total leaves out (`note`), and `functionsPerMonth` is null when no function was priced.
    private static func cost(_ cost: CostFigures) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("perMonth", .number(cost.perMonth)),
            ("hostsPerMonth", .number(cost.hostsPerMonth)),
            ("functionsPerMonth", cost.functionsUnpriced ? .null : .number(cost.functionsPerMonth)),
            ("billedHosts", .integer(cost.billedHosts)),
            ("basis", .string(cost.basis)),
            ("billing", .string(cost.billing.rawValue)),
        ]
        if cost.freeTierPerMonth > 0 { members.append(("freeTierPerMonth", .number(cost.freeTierPerMonth))) }
        if let bound = cost.lowerBoundPerMonth {
            members.append(("lowerBoundPerMonth", .number(bound)))
            members.append(("lowerBoundMethod", .string(cost.lowerBoundMethod ?? "")))
        }
        if let note = cost.note {
            members.append(("note", .string(note)))
            members.append(("functionsWithoutTraffic", .array(cost.functionsWithoutTraffic.map { .string($0) })))
        }
        return .object(members)
    }

    private static func function(_ function: FunctionFigures) -> JSONValue {
        .object([
            ("workload", .string(function.workload)),
            ("concurrency", .integer(function.concurrency)),
            ("instancesAtMean", .integer(function.instancesAtMean)),
            ("requestsInProgressAtPeak", .number(function.requestsInProgressAtPeak)),
            ("requestsPerInstance", .integer(function.requestsPerInstance)),
            ("cpuCores", .number(function.cpuCores)),
            ("configuredMemoryMiB", .number(function.configuredMemoryMiB)),
            ("billedMemoryMiB", .number(function.billedMemoryMiB)),
            ("costPerMonth", function.costPerMonth.map(JSONValue.number) ?? .null),
            ("coldStartSeconds", .number(function.coldStartSeconds)),
            ("coldStartsPerHour", .number(function.coldStartsPerHour)),
            ("coldStartFraction", .number(function.coldStartFraction)),
            ("sidecars", .array(function.sidecars.map(JSONValue.string))),
        ])
    }

    /// One hour of the day: hosts, instances, cost and (plans with functions) cold starts.
    private static func hour(_ hour: HourFigures) -> JSONValue {
        .object([
            ("hour", .integer(hour.hour)), ("hosts", .integer(hour.hosts)), ("instances", .integer(hour.instances)),
            ("cost", .number(hour.cost)), ("coldStarts", hour.coldStarts.map(JSONValue.number) ?? .null),
        ])
    }

    private static func instances(_ placement: HostPlacement, _ names: [String]) -> [JSONValue] {
        var result: [JSONValue] = []
        result.reserveCapacity(placement.instanceCount)
        for run in placement.runs {
            for replica in run.firstReplica..<(run.firstReplica + run.count) {
                var members: [(String, JSONValue)] = [
                    ("workload", .string(names[run.workload])),
                    ("replica", .integer(replica)),
                    ("kind", .string(run.kind.rawValue)),
                ]
                if let leader = run.ridesWith {
                    members.append((run.kind == .function ? "ridesInFunctionOf" : "sharesVmWith", .string(names[leader])))
                }
                result.append(.object(members))
            }
        }
        return result
    }
}
