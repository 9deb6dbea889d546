import Foundation
import PlannerCore

/// The spread column's texts: a workload's spread as the table shows it, as an edit starts from
/// it, and as typed (`host`, `host 2`, `host≤2`, `zone~1` for soft, `none`; `auto` or nothing for
/// the default).
public enum SpreadText {
    /// What a typed spread may look like, for messages.
    static let forms = "host, host 2, zone~1 (~: soft), none, or auto for the default"

    /// The cell: the spread placement honours (`host≤1`, `host~3` by default for 2 or more
    /// replicas, `-` for none), then `≠N` when its `antiAffinity` names N workloads.
    public static func display(_ w: Workload) -> String {
        let spread = w.placementSpread?.summary ?? "-"
        return w.antiAffinity.isEmpty ? spread : "\(spread)≠\(w.antiAffinity.count)"
    }

    /// The text an edit starts from: `auto` for the default, else a form `parse` reads back
    /// (`host 1`, `zone~2`, `none`).
    public static func editText(_ spread: Spread?) -> String {
        guard let spread else { return "auto" }
        if spread.topology == .none { return "none" }
        return "\(spread.topology.rawValue)\(spread.required ? " " : "~")\(spread.maxSkew)"
    }

    /// A typed spread: a topology (`host`, `zone`, `none`), then an optional max skew (default 1)
    /// after a space or `≤` (required) or `~` (soft). Nil for `auto`, `-` or nothing: the default.
    public static func parse(_ text: String) -> Result<Spread?, EditProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["", "-", "auto", "default"].contains(trimmed) { return .success(nil) }
        let name = String(trimmed.prefix { $0.isLetter })
        guard let topology = Spread.Topology(rawValue: name) else {
            return .failure(EditProblem("spread must be \(forms) (got \"\(text)\")"))
        }
        var rest = Substring(trimmed.dropFirst(name.count)).drop { $0 == " " }
        if topology == .none {
            return rest.isEmpty ? .success(Spread(topology: .none)) : .failure(EditProblem("spread none takes no max skew"))
        }
        let soft = rest.hasPrefix("~")
        for marker in ["~", "<=", "≤", "<"] where rest.hasPrefix(marker) {
            rest = rest.dropFirst(marker.count)
            break
        }
        let skewText = rest.trimmingCharacters(in: .whitespaces)
        guard let skew = skewText.isEmpty ? 1 : Int(skewText), (1...Limits.maximumInstances).contains(skew) else {
            return .failure(EditProblem("spread's max skew must be a whole number from 1 to \(Limits.maximumInstances)"))
        }
        return .success(Spread(topology: topology, maxSkew: skew, required: !soft))
    }
}
