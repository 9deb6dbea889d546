import PlannerCore

extension Parameter {
    /// The value as the pane shows it, in readable units.
    public func display(in s: Scenario) -> String {
        switch kind {
        case .text: return s.name
        case .choice:
            let option = field?.option(in: s) ?? ""
            return field?.choiceLabels[option] ?? option
        case .toggle: return (number(in: s) ?? 0) != 0 ? "yes" : "no"
        case .count:
            // Failover hosts do not apply under a percent or zone policy (`host.failover`).
            if rawValue == "host.failoverHosts", let policy = s.host.failover, policy.name != "hosts" {
                return "n/a: \(policy.summary)"
            }
            return Readable.count(Int(number(in: s) ?? 0))
        case .real(let unit):
            if let automatic = field?.automaticNumber(in: s) {
                return "auto: " + Self.readable(automatic, unit)
            }
            return Self.readable(number(in: s) ?? 0, unit)
        }
    }

    /// A number in a unit, as the pane shows it.
    static func readable(_ value: Double, _ unit: QuantityUnit) -> String {
        switch unit {
        case .mib: return Readable.mib(value)
        case .gib: return Readable.mib(value * 1024)
        case .seconds: return Readable.seconds(value)
        case .gbps: return "\(QuantityUnit.exact(value)) Gbit/s"
        case .fraction: return Readable.percent(value)
        case .factor: return "\(QuantityUnit.exact(value))×"
        case .cores: return "\(QuantityUnit.exact(value)) cores"
        case .money, .plain: return QuantityUnit.exact(value)
        }
    }

    /// The exact value to start an edit from.
    public func editText(in s: Scenario) -> String {
        switch kind {
        case .text: return s.name
        case .choice: return field?.option(in: s) ?? ""
        case .toggle: return (number(in: s) ?? 0) != 0 ? "yes" : "no"
        case .count: return QuantityUnit.exact(number(in: s) ?? 0)
        case .real(let unit):
            if field?.automaticNumber(in: s) != nil { return "auto" }
            return unit.exactText(number(in: s) ?? 0)
        }
    }
}
