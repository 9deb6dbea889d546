/// The one description of the scenario format (`vplan.scenario/v1`): a table of field
/// descriptors per section (`ScenarioSchema.host`, `.registry`, `.vm`, `.container`, `.faas`,
/// `.workload`, each in its own file under `Sections/`). Decoding, encoding, validation, the
/// dashboard's parameter pane and editing, `docs/scenario.schema.json` and the defaults table of
/// `docs/model.md` all come from it. Adding a key is one line in a table (and its property).
public enum ScenarioSchema {
    /// Every parameter of the scenario's sections, in the order the sections and their tables
    /// give, erased to the scenario: what the dashboard's parameter pane lists.
    public static let parameters: [ScenarioField] =
        host.fields.filter(\.isScalar).map { ScenarioField($0, section: host, in: \.host) }
        + registry.fields.filter(\.isScalar).map { ScenarioField($0, section: registry, in: \.registry) }
        + vm.fields.filter(\.isScalar).map { ScenarioField($0, section: vm, in: \.vm) }
        + container.fields.filter(\.isScalar).map { ScenarioField($0, section: container, in: \.container) }
        + faas.fields.filter(\.isScalar).map { ScenarioField($0, section: faas, in: \.faas) }

    /// The parameter at a path such as `host.cpuCores`.
    public static func parameter(_ path: String) -> ScenarioField? { parameters.first { $0.path == path } }

    /// Range checks of every section, in order, with their cross-field rules.
    static func validateSections(_ scenario: Scenario, _ rules: inout Rules) {
        host.validate(scenario.host, at: FieldLocation(section: "host", ""), &rules)
        registry.validate(scenario.registry, at: FieldLocation(section: "registry", ""), &rules)
        vm.validate(scenario.vm, at: FieldLocation(section: "vm", ""), &rules)
        hostReservationsOfVMs(scenario, &rules)
        container.validate(scenario.container, at: FieldLocation(section: "container", ""), &rules)
        faas.validate(scenario.faas, at: FieldLocation(section: "faas", ""), &rules)
    }

    /// The sections as JSON members of a scenario document.
    static func sectionValues(_ s: Scenario) -> [(String, JSONValue)] {
        [
            (host.key, host.value(s.host)), (registry.key, registry.value(s.registry)), (vm.key, vm.value(s.vm)),
            (container.key, container.value(s.container)), (faas.key, faas.value(s.faas)),
        ]
    }
}

/// A section's field seen from the whole scenario (`host.cpuCores`): what the dashboard lists,
/// shows, steps and edits. Two are equal when their paths are.
public struct ScenarioField: @unchecked Sendable, Hashable {
    /// What the value is, as the dashboard edits it.
    public enum Kind: Sendable, Equatable {
        case number(FieldUnit)
        case count
        case flag
        case choice(options: [String])
    }

    /// `section.key`, the path validation messages name.
    public let path: String
    public let key: String
    /// The section's heading (`Host`).
    public let group: String
    public let label: String
    public let kind: Kind
    public let step: Double
    public let bounds: FieldBounds?
    /// What the value is (the schema's description).
    public let summary: String
    /// Where its default comes from.
    public let source: String
    /// An optional number left out of the file: true when `number(in:)` may be nil and clearing
    /// the value is an edit.
    public let isOptional: Bool
    private let read: (Scenario) -> Double?
    private let automatic: ((Scenario) -> Double)?
    private let clear: (inout Scenario) -> Void
    private let write: (inout Scenario, Double) -> Void
    private let readChoice: (Scenario) -> String?
    private let writeChoice: (inout Scenario, String) -> Void
    /// For a choice: how each option shows, and other accepted spellings.
    public let choiceLabels: [String: String]
    private let choice: ((String) -> String?)?

    init<Section>(_ field: FieldDescriptor<Section>, section: SectionSchema<Section>, in path: WritableKeyPath<Scenario, Section>)
    {
        self.path = "\(section.key).\(field.key)"
        key = field.key
        group = section.title
        label = field.label ?? field.key
        step = field.step
        bounds = field.bounds
        summary = field.summary
        source = field.defaultText.map { "\($0) \(field.source)" } ?? field.source
        read = { field.number(in: $0[keyPath: path]) }
        automatic = field.automatic
        if case .optionalNumber(let optional) = field.value {
            isOptional = true
            clear = { $0[keyPath: path][keyPath: optional] = nil }
        } else {
            isOptional = false
            clear = { _ in }
        }
        write = { scenario, number in field.setNumber(number, in: &scenario[keyPath: path]) }
        switch field.value {
        case .integer: kind = .count
        case .flag: kind = .flag
        case .choice(let options):
            kind = .choice(options: options.options)
            readChoice = { options.get($0[keyPath: path]) }
            writeChoice = { scenario, name in options.set(&scenario[keyPath: path], name) }
            choiceLabels = options.labels
            choice = options.option(named:)
            return
        default: kind = .number(field.unit)
        }
        readChoice = { _ in nil }
        writeChoice = { _, _ in }
        choiceLabels = [:]
        choice = nil
    }

    /// The value as a number (counts as themselves, flags as 0 or 1); nil for a choice.
    public func number(in scenario: Scenario) -> Double? { read(scenario) }

    /// Sets a number (a count must already be whole and within Int's range).
    public func setNumber(_ value: Double, in scenario: inout Scenario) { write(&scenario, value) }

    /// What an optional number left out of the file comes to (nil when it is set, or has no
    /// derived value).
    public func automaticNumber(in scenario: Scenario) -> Double? {
        guard isOptional, read(scenario) == nil else { return nil }
        return automatic?(scenario)
    }

    /// Leaves an optional number out of the file again (its derived value applies).
    public func clearNumber(in scenario: inout Scenario) { clear(&scenario) }

    /// The option chosen (for a choice).
    public func option(in scenario: Scenario) -> String? { readChoice(scenario) }

    /// Chooses an option by name.
    public func setOption(_ name: String, in scenario: inout Scenario) { writeChoice(&scenario, name) }

    /// The option a typed text names (an option, its label or an alias), if any.
    public func option(named text: String) -> String? { choice?(text) }

    public static func == (a: ScenarioField, b: ScenarioField) -> Bool { a.path == b.path }
    public func hash(into hasher: inout Hasher) { hasher.combine(path) }
}
