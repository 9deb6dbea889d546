import Foundation

/// One key of a scenario section, described once: where it is stored, its range, unit, label,
/// step and where its default comes from. Decoding, encoding, validation, the generated JSON
/// Schema and defaults table, and the dashboard's parameter pane all loop over these.
public struct FieldDescriptor<Root>: @unchecked Sendable {
    /// How the value is stored in the section's type.
    public enum Value {
        case number(WritableKeyPath<Root, Double>)
        case optionalNumber(WritableKeyPath<Root, Double?>)
        case integer(WritableKeyPath<Root, Int>)
        case flag(WritableKeyPath<Root, Bool>)
        case text(WritableKeyPath<Root, String>)
        case optionalText(WritableKeyPath<Root, String?>)
        case choice(FieldChoice<Root>)
        case layers(WritableKeyPath<Root, [ImageLayer]>)
        case runtimeClasses(WritableKeyPath<Root, [String: RuntimeClass]>)
        /// A small object or list with its own reading, writing and JSON Schema (`spread`,
        /// `antiAffinity`, `host.failover`).
        case custom(CustomField<Root>)
    }

    public let key: String
    public let value: Value
    /// The range a number must lie in (nil: any value of its type).
    public let bounds: FieldBounds?
    public let unit: FieldUnit
    /// Required keys have no default: a file must give them.
    public let required: Bool
    /// The name the dashboard shows (nil: not edited in the parameter pane).
    public let label: String?
    /// What `+` and `-` add or take away in the dashboard (0: toggles or cycles instead).
    public let step: Double
    /// What it is, for the JSON Schema's description.
    public let summary: String
    /// Where the default comes from (with its grade in `../shared/reference/figures.md`).
    public let source: String
    /// How a computed default is found, when it is not one fixed value.
    public let defaultText: String?
    /// An optional number's value when the file leaves it out, derived from the whole scenario
    /// (the host's reservation from its preset): what the dashboard shows as `auto`.
    let automatic: ((Scenario) -> Double)?
    /// A rule across fields, reported on this one right after its range (hand-written, beside
    /// the table).
    let check: ((Root, FieldLocation, inout Rules) -> Void)?

    init(
        _ key: String, _ value: Value, bounds: FieldBounds? = nil, unit: FieldUnit = .none, required: Bool = false,
        label: String? = nil, step: Double = 0, summary: String, source: String = "", defaultText: String? = nil,
        automatic: ((Scenario) -> Double)? = nil, check: ((Root, FieldLocation, inout Rules) -> Void)? = nil
    ) {
        self.key = key
        self.value = value
        self.bounds = bounds
        self.unit = unit
        self.required = required
        self.label = label
        self.step = step
        self.summary = summary
        self.source = source
        self.defaultText = defaultText
        self.automatic = automatic
        self.check = check
    }

    /// A single value the dashboard's parameter list can show and edit (not a map of entries).
    public var isScalar: Bool {
        switch value {
        case .runtimeClasses, .custom: false
        default: true
        }
    }

    /// The value as a number (counts as themselves, flags as 0 or 1); nil for text, choices and layers.
    public func number(in root: Root) -> Double? {
        switch value {
        case .number(let path): root[keyPath: path]
        case .optionalNumber(let path): root[keyPath: path]
        case .integer(let path): Double(root[keyPath: path])
        case .flag(let path): root[keyPath: path] ? 1 : 0
        case .text, .optionalText, .choice, .layers, .runtimeClasses, .custom: nil
        }
    }

    /// Sets a number (a count must already be whole and within Int's range; a flag is non-zero).
    public func setNumber(_ number: Double, in root: inout Root) {
        switch value {
        case .number(let path): root[keyPath: path] = number
        case .optionalNumber(let path): root[keyPath: path] = number
        case .integer(let path): root[keyPath: path] = Int(number)
        case .flag(let path): root[keyPath: path] = number != 0
        case .text, .optionalText, .choice, .layers, .runtimeClasses, .custom: return
        }
    }
}

/// A key whose value is a small structure: how a file gives it, how it is written back (nil: left
/// out), its JSON Schema and its default as the defaults table shows it.
public struct CustomField<Root>: @unchecked Sendable {
    let read: (StrictObject, String, inout Root) throws -> Void
    let write: (Root) -> JSONValue?
    let schema: [(String, JSONValue)]
    let defaultText: String

    /// An optional nested value decoded by its own `Decodable` conformance, written by `json`.
    static func optional<T: Decodable>(
        _ path: WritableKeyPath<Root, T?>, json: @escaping (T) -> JSONValue, schema: [(String, JSONValue)],
        defaultText: String
    ) -> CustomField {
        CustomField(
            read: { object, key, root in root[keyPath: path] = try object.nested(T.self, key) },
            write: { root in root[keyPath: path].map(json) }, schema: schema, defaultText: defaultText)
    }

    /// A list of names (`antiAffinity`), left out when empty.
    static func names(_ path: WritableKeyPath<Root, [String]>) -> CustomField {
        CustomField(
            read: { object, key, root in root[keyPath: path] = try object.nested([String].self, key) ?? [] },
            write: { root in root[keyPath: path].isEmpty ? nil : .array(root[keyPath: path].map(JSONValue.string)) },
            schema: [
                ("type", .string("array")), ("items", .object([("type", .string("string")), ("minLength", .integer(1))])),
            ], defaultText: "none")
    }
}

/// A key whose value is one of a few names (`vm.hypervisor`, a workload's `model`).
public struct FieldChoice<Root>: @unchecked Sendable {
    /// The names a file may give, in order.
    public let options: [String]
    /// How the dashboard shows each name.
    public let labels: [String: String]
    /// Other spellings the dashboard accepts when typed (`1` for `type1`).
    public let aliases: [String: String]
    public let get: (Root) -> String
    public let set: (inout Root, String) -> Void

    /// The choice of an enumeration's raw values.
    static func of<E: RawRepresentable & CaseIterable>(
        _ path: WritableKeyPath<Root, E>, labels: [String: String] = [:], aliases: [String: String] = [:]
    ) -> FieldChoice where E.RawValue == String {
        FieldChoice(
            options: E.allCases.map(\.rawValue), labels: labels, aliases: aliases,
            get: { $0[keyPath: path].rawValue },
            set: { root, name in if let value = E(rawValue: name) { root[keyPath: path] = value } })
    }

    /// The option a typed text names (an option, one of its labels or an alias), if any.
    public func option(named text: String) -> String? {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let exact = options.first(where: { $0.lowercased() == typed }) { return exact }
        if let alias = aliases[typed] { return alias }
        return labels.first { $0.value.lowercased() == typed }?.key
    }
}

/// Where a validated field is, its path built only when a rule fails: `host.cpuCores`,
/// `workloads[3].memoryMiB`, `workloads[3].layers[1].sizeMiB`, or `workloads[3]` itself.
struct FieldLocation {
    enum Base {
        case section(String)
        case workload(Int)
        case layer(workload: Int, layer: Int)
    }

    var base: Base
    var key: String?

    init(_ workload: Int, _ key: String?) {
        base = .workload(workload)
        self.key = key
    }

    init(_ workload: Int, layer: Int, _ key: String) {
        base = .layer(workload: workload, layer: layer)
        self.key = key
    }

    init(section: String, _ key: String) {
        base = .section(section)
        self.key = key
    }

    func with(key: String) -> FieldLocation {
        var copy = self
        copy.key = key
        return copy
    }

    var path: String {
        var text: String
        switch base {
        case .section(let name): text = name
        case .workload(let index): text = "workloads[\(index)]"
        case .layer(let workload, let layer): text = "workloads[\(workload)].layers[\(layer)]"
        }
        guard let key else { return text }
        return text.isEmpty ? key : "\(text).\(key)"
    }
}
