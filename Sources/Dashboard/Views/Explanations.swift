import PlannerCore

/// The texts `i`, `?`, `n` and `L` show: what the pane or figure under the cursor means and against
/// what it is measured, the keys, the scenario's notes, the message log. Pure functions of the
/// state, so tests read them like any screen.
public enum Explanations {
    /// What the four plans are.
    static let plans = [
        "The four plans place the same workloads four ways on the scenario's host type:",
        "  vm: every instance of every workload is its own virtual machine (guest OS and hypervisor overhead each).",
        "  container: every instance is a container; workloads sharing a pod run together, one pod per replica.",
        "  faas: every stateless workload is a function sized by its traffic, run and billed by the provider; stateful ones fall back to containers on hosts you pay for.",
        "  mixed: each workload as its own `model` column says, all on one pool of hosts. The model column affects this plan only.",
    ]

    /// What the 24-hour chart (`T`) shows.
    static let dayChart = [
        "The 24-hour chart (T): for each plan, the hosts each hour of the day needs (spares included) and what that hour costs (the plan's byHour), one scale per quantity for all four plans, from 0.",
        "  hosts: with container.autoscale, replicas follow each hour's traffic; functions follow the hour's requests; fixed replicas and VMs need the same hosts every hour.",
        "  cost: host.billing hourly pays each hour for that hour's hosts; monthly pays for the peak hour's hosts all month, whatever the other hours need. Functions add the hour's request and GB-second charges.",
        "  per month: the plan's cost (the hours × 30.4167 days); per day: the 24 hours summed. Plans with functions: the cold starts expected each hour.",
        "  In the workloads pane p shapes the selected workload's day (flat, business hours, evening peak, nightly batch: illustrative shapes at the same daily average) and ( ) scale its traffic.",
    ]

    /// The labels the charts and tables abbreviate.
    static let glossary = [
        "Reading the screen:",
        "  ≥N beside a host count: the proven lower bound (plus failover spares); no packing can use fewer hosts.",
        "  inst: instances placed (VMs, containers or function instances).",
        "  cpu/phys: CPU demand against the hosts' physical cores after reservations (can pass 100% only with CPU overcommit).",
        "  host fill: each host's CPU and memory against the planned capacity: physical after reservations × host overcommit × target utilization, which the packer may fill to 100% (VMs count vCPUs at their own vm.cpuOvercommit).",
        "  \"CPU binds\" / \"memory binds\": the dimension closer to full on average: the one that decides the host count.",
        "  ovh: memory that is not the workloads' own (guest OS, hypervisor, runtime, pod sandbox, host OS), as a share of all memory.",
        "  cost: per month (730 hours) in the scenario's currency; \"billed:\" says what is paid for; n/a: no traffic means a function's bill cannot be computed without requestsPerSecond.",
        "  faas hosts are the provider's: only the hosts of workloads that cannot be functions are billed.",
        "  under the host fill: what the plan survives (its failover policy, checked by simulation) and what losing one host takes down; ⚠ when the policy does not hold or one host's loss takes a workload down.",
    ]

    /// The help: every key binding by scope, then what the plans are and the glossary.
    public static func help() -> [String] {
        var lines: [String] = []
        for scope in KeyScope.allCases {
            lines += ["\(scope.title):"]
            let bindings = KeyBindings.bindings(in: scope)
            let width = bindings.map { DisplayWidth.of($0.label) }.max() ?? 0
            lines += bindings.map { "  " + TextFit.pad($0.label, width) + "  " + $0.help } + [""]
        }
        return lines + plans + [""] + glossary
    }

    /// The scenario's notes (where its parameters come from).
    public static func notes(_ state: DashboardState) -> [String] {
        let notes = state.scenario.notes
        guard !notes.isEmpty else {
            return ["This scenario has no notes. A scenario's \"notes\" (a list of lines) say where its parameters come from."]
        }
        return notes.flatMap { [$0, ""] }.dropLast()
    }

    /// Every status message of the session, numbered, with its origin.
    public static func messages(_ log: MessageLog) -> [String] {
        guard !log.entries.isEmpty else { return ["No messages yet."] }
        return log.entries.enumerated().map { index, message in
            let mark: String
            switch message.kind {
            case .info: mark = " "
            case .warning: mark = "!"
            case .error: mark = "✗"
            }
            return "\(log.dropped + index + 1). \(mark) [\(message.origin.rawValue)] \(message.line)"
        }
    }

    /// The explanation of the pane or figure under the cursor: a title and paragraphs.
    public static func explain(_ state: DashboardState) -> (String, [String]) {
        if case .hosts(let view) = state.mode { return ("Inside the \(view.plan.rawValue) plan", hostColumns) }
        switch state.focus {
        case .workloads: return workloadExplanation(state)
        case .parameters: return parameterExplanation(state)
        case .plans: return planExplanation(state)
        case .warnings: return warningExplanation(state)
        }
    }

    static let hostColumns = [
        "One row per host of the plan (failover spares last, empty).",
        "  cpu, memory, pods: what the host's instances use against the host's planned capacity (physical after reservations × host overcommit × target utilization; pods: the kubelet's max pods). 100% is full as planned, not as measured.",
        "  binds: the dimension closest to full on that host.",
        "  holds: the instances on the host, grouped by workload (name×count).",
        "  ⚠ several replicas: workloads with more than one replica on this host: losing the host loses them together.",
        "  zone (with host.zones above 1): the host's availability zone.",
        "In one host's list, \"×3 same host\" marks a workload with 3 replicas here and more elsewhere; \"×2 all here\" (drawn as a warning) one whose every replica is here: losing the host takes it down until its replicas restart elsewhere.",
        "Enter on a host shows what it holds; Enter on a workload there shows every host holding its replicas. Esc goes back.",
    ]

    static func workloadExplanation(_ state: DashboardState) -> (String, [String]) {
        let column = state.workloadColumn
        var lines = ["\(column.title) (\(column.key)): \(column.meaning)."]
        if let workload = state.selectedWorkload {
            lines += ["", "\(workload.name):"]
            let glyphs = Glyphs.forCapabilities(state.capabilities)
            lines += WorkloadColumn.allCases.map { "  \($0.title): \($0.display(workload, glyphs: glyphs))  (\($0.key))" }
            lines += trafficLines(workload)
            if workload.requestsPerSecond == nil && workload.peakRequestsPerSecond == nil && !workload.stateful {
                lines += ["", "No traffic is given: as a function its bill cannot be computed (cost n/a: no traffic)."]
            }
        }
        lines += ["", "The model column sets how a workload runs in the mixed plan only."]
        if state.view.isActive {
            let filter = state.view.filter.isEmpty ? "no filter" : "filter \"\(state.view.filter)\""
            let sort =
                state.view.sort.map { "sorted by \($0.column.title)\($0.descending ? " descending" : "")" } ?? "scenario order"
            lines += ["Shown: \(state.visibleWorkloadCount) of \(state.scenario.workloads.count) workloads (\(filter), \(sort))."]
        }
        return ("Workloads: \(column.title)", lines)
    }

    /// A workload's day: its shape, average and peak, and each hour's rate.
    static func trafficLines(_ w: Workload) -> [String] {
        guard let hourly = w.hourlyRequestsPerSecond else { return [] }
        let shape = TrafficShape.matching(hourly).map { "the \($0.title) shape" } ?? "a profile of its own"
        let hours = hourly.enumerated().map { "\($0.offset)h \(Readable.quantity($0.element))" }
        return [
            "",
            "Its day follows \(shape) (p cycles the shapes at the same average; ( and ) scale it): \(DashboardReducer.trafficText(w)).",
            "Requests per second by hour: " + hours.joined(separator: ", ") + ".",
            "~ marks a figure derived from the profile or another field, not given in the file.",
        ]
    }

    static func parameterExplanation(_ state: DashboardState) -> (String, [String]) {
        let parameter = state.parameter
        guard let field = parameter.field else {
            return ("Scenario name", ["The scenario's name, shown in the header and written into the plan JSON."])
        }
        var lines = [
            "\(field.group) \(field.label) (\(field.path)): \(field.summary).",
            "Value: \(parameter.display(in: state.scenario)).",
        ]
        if !field.source.isEmpty { lines.append("Default and source: \(field.source).") }
        if field.path == "host.targetUtilization" {
            lines.append(
                "The packer fills hosts to this share of their capacity: host-fill percentages are measured against the capacity after it, so 100% there means this target, not the machine."
            )
        }
        lines += ["", "The scenario's notes (n) say where this profile's values come from."]
        return ("\(field.group): \(field.label)", lines)
    }

    static func planExplanation(_ state: DashboardState) -> (String, [String]) {
        var lines = plans + [""] + (state.showsDayChart ? dayChart + [""] : [])
        guard let plan = state.selectedPlanValue else { return ("The four plans", lines + ["No plan yet."]) }
        let scenario = state.scenario
        let currency = scenario.currency
        let capacity = plan.hostCapacity
        lines += [
            "The \(plan.model.rawValue) plan:",
            "  hosts: \(plan.activeHosts) active + \(plan.failoverHosts) failover spare = \(plan.hosts); lower bound \(plan.lowerBoundHosts) active by \(plan.lowerBoundMethod) (no packing fits in fewer).",
        ]
        lines += availabilityLines(plan.availability)
        lines += [
            "  capacity per host as planned: \(QuantityUnit.exact(capacity.cpuCores.rounded(toPlaces: 2))) cores, \(Readable.mib(capacity.memoryMiB)), \(capacity.pods) pods\(capacity.gpus.map { ", \($0) GPUs" } ?? "")\(capacity.diskGiB.map { ", \(Readable.mib($0 * 1024)) local disk" } ?? ""): physical after reservations (\(QuantityUnit.exact(PlanReading.physicalCores(plan, scenario))) cores) × host overcommit \(QuantityUnit.exact(scenario.host.cpuOvercommit)) × target utilization \(Readable.percent(scenario.host.targetUtilization)); VMs count vCPUs ÷ \(QuantityUnit.exact(scenario.vm.cpuOvercommit)).",
            "  reserved per host: \(QuantityUnit.exact(capacity.reserved.cpuCores.rounded(toPlaces: 3))) cores (\(capacity.reserved.cpuSource)) and \(Readable.mib(capacity.reserved.memoryGiB * 1024)) (\(capacity.reserved.memorySource)).",
            "  cpu: \(QuantityUnit.exact(plan.cpu.demandCores.rounded(toPlaces: 2))) cores demanded: \(Readable.percent(PlanReading.physicalCPU(plan, scenario).rounded(toPlaces: 3))) of the active hosts' physical cores after reservations, \(Readable.percent(plan.cpu.utilization.rounded(toPlaces: 3))) of the planned capacity.",
            "  memory: \(Readable.mib(plan.memory.workloadMiB)) for the workloads + \(Readable.mib(plan.memory.overheadMiB)) overhead (\(Readable.percent(plan.memory.overheadFraction.rounded(toPlaces: 3)))):",
        ]
        for source in OverheadSource.allCases {
            let value = plan.memory.overheadBySource[source] ?? 0
            if value > 0 { lines.append("    \(source.rawValue): \(Readable.mib(value))") }
        }
        lines += [
            "  rollout: \(Readable.mib(plan.transfer.rolloutMiB)) pulled in \(Readable.seconds(plan.transfer.rolloutSeconds)) (the busiest host's NIC or the registry's egress, whichever is slower); updates \(Readable.mib(plan.transfer.updateMiBPerDay)) a day.",
            "  ready: \(Readable.seconds(plan.boot.readySeconds)) until every instance is up (transfer plus start waves; one instance starts in \(Readable.seconds(plan.boot.instanceSeconds))).",
            "  cost: \(Money.cost(plan.cost, currency: currency)) (\(PlanReading.basisText(plan))); hosts \(Money.perMonth(plan.cost.hostsPerMonth, currency: currency)), functions \(plan.cost.functionsUnpriced ? "n/a: no traffic" : Money.perMonth(plan.cost.functionsPerMonth, currency: currency)).",
        ]
        if PlanReading.hostsAreProviders(plan) {
            lines.append(
                "  The faas plan's \(plan.hosts) hosts are the provider's: what its functions would occupy. Only \(plan.cost.billedHosts) (the hosts of workloads that cannot be functions) are billed."
            )
        }
        if !plan.cost.functionsWithoutTraffic.isEmpty {
            lines.append("  Without traffic, not priced: \(plan.cost.functionsWithoutTraffic.joined(separator: ", ")).")
        }
        if state.plansAreStale, let failure = state.results.failure {
            lines += [
                "",
                "STALE: these figures are from an earlier edit; the scenario shown cannot be planned: \(failure.error.description)",
            ]
        }
        return ("The four plans · \(plan.model.rawValue)", lines + [""] + glossary)
    }

    /// What the plan survives, then what the worst single host (and, with zones, zone) loss takes
    /// down before the displaced instances restart.
    static func availabilityLines(_ availability: Availability) -> [String] {
        let zones = availability.zones > 1 ? ", \(availability.zones) zones" : ""
        var lines = [
            "  availability: \(availability.survives) (policy \(availability.policy.summary), \(availability.holds ? "holds" : "does not hold")\(zones))."
        ]
        for (kind, loss) in [("host", availability.worstHostLoss), ("zone", availability.worstZoneLoss)] {
            guard let loss else { continue }
            let which = (loss.host ?? loss.zone).map { " (\(kind) \($0))" } ?? ""
            var line = "    worst \(kind) loss\(which): \(Readable.count(loss.instancesDisplaced)) instances displaced"
            if !loss.workloadsDown.isEmpty { line += "; down until they restart: " + names(loss.workloadsDown) }
            if !loss.workloadsWithoutQuorum.isEmpty { line += "; without quorum: " + names(loss.workloadsWithoutQuorum) }
            if loss.workloadsDown.isEmpty && loss.workloadsWithoutQuorum.isEmpty {
                line += "; every workload keeps at least half its replicas"
            }
            lines.append(line + ".")
        }
        return lines
    }

    /// Up to ten names, then how many more.
    static func names(_ list: [String]) -> String {
        list.count <= 10 ? list.joined(separator: ", ") : list.prefix(10).joined(separator: ", ") + " and \(list.count - 10) more"
    }

    static func warningExplanation(_ state: DashboardState) -> (String, [String]) {
        let lines = BottomPane.warningLines(state)
        guard lines.indices.contains(state.navigation.warnings.cursor) else { return ("Warnings", ["No warnings."]) }
        return (
            "Warning \(state.navigation.warnings.cursor + 1) of \(lines.count)",
            [
                lines[state.navigation.warnings.cursor].text, "",
                "Warnings name the plan they come from; ↑↓ in the warnings pane moves through all of them.",
            ]
        )
    }
}
